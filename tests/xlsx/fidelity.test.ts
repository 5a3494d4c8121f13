/**
 * Deliverable 2 of issue 8: fill, attainment and summary on workbooks full of things a person
 * owns. Every zip entry the plan did not mean to change is byte for byte the same, every cell it
 * did not mean to write holds the same XML, names still point at their sheets, and no two data
 * validations on a sheet overlap.
 */
import ExcelJS from "exceljs";
import type { CellRange } from "../../src/core/port/grid";
import type { WritePlan } from "../../src/core/port/plan";
import { readSheet, readWorkbookGrid, writeToPackage } from "../../src/xlsx";
import { overlaps, rangeRef } from "../../src/xlsx/write/ranges";
import { DATA_ROWS, FIRST_DATA, LIST, VARIANT_ROW, WEATHER, formulaBook } from "./fidelity-books";
import { MEANT, apply, books, listOf, open, plans, type Book, type Command } from "./fidelity-runs";
import { fillPlan } from "./hand-plans";
import { cellElements, partsOf, rawEntries, textOf } from "./package-edit";

function definedNames(bytes: Uint8Array): string[] {
  const xml = textOf(partsOf(bytes), "xl/workbook.xml");
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map((m) => m[1]);
  return [...xml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?>([^<]*)</gu)].map(
    (m) => `${m[1]}@${m[2] === undefined ? "workbook" : sheets[Number(m[2])]}=${m[3]}`,
  );
}

describe.each(Object.keys(books) as Book[])("the %s workbook", (book) => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await books[book]();
  });

  describe.each(Object.keys(plans) as Command[])("after %s", (command) => {
    let output: Uint8Array;
    let outcome: Awaited<ReturnType<typeof apply>>["outcome"];
    beforeAll(async () => {
      ({ bytes: output, outcome } = await apply(input, plans[command]));
    });

    test("every zip entry it did not mean to change is byte for byte the same", () => {
      const before = rawEntries(input);
      const after = rawEntries(output);
      for (const [name, raw] of before) {
        if (MEANT[command].includes(name)) continue;
        expect([name, after.get(name)?.equals(raw)]).toEqual([name, true]);
      }
    });

    test("every cell of the list it did not write holds the same XML", () => {
      const written = new Set(
        outcome.written
          .filter((w) => w.sheet === LIST)
          .map((w) => rangeRef({ top: w.rowIndex, bottom: w.rowIndex, left: w.colIndex, right: w.colIndex })),
      );
      const before = cellElements(textOf(partsOf(input), "xl/worksheets/sheet1.xml"));
      const after = cellElements(textOf(partsOf(output), "xl/worksheets/sheet1.xml"));
      for (const [ref, xml] of before)
        if (!written.has(ref)) expect([ref, after.get(ref)]).toEqual([ref, xml]);
      expect([...after.keys()].filter((ref) => !before.has(ref) && !written.has(ref))).toEqual([]);
    });

    test("workbook and sheet names still point where they did", () => {
      expect(definedNames(output)).toEqual(definedNames(input));
    });

    test("no two data validations on any sheet overlap", () => {
      const pkg = open(output);
      for (const sheet of pkg.sheets) {
        const ranges = readSheet(pkg, sheet).validations.flatMap((v, i) => v.ranges.map((r) => ({ r, i })));
        const clashes: string[] = [];
        for (let a = 0; a < ranges.length; a++)
          for (let b = a + 1; b < ranges.length; b++)
            if (overlaps(ranges[a].r, ranges[b].r))
              clashes.push(`${rangeRef(ranges[a].r)}×${rangeRef(ranges[b].r)}`);
        expect([sheet.name, clashes]).toEqual([sheet.name, []]);
      }
    });

    // ExcelJS reading a package takes seconds on a busy two-core machine, not Jest's default 5.
    test("ExcelJS opens the result and reads the same list values the fast reader does", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
      const pkg = open(output);
      expect(wb.worksheets.map((w) => w.name)).toEqual(pkg.sheets.map((s) => s.name));
      const list = readWorkbookGrid(pkg).sheets[0];
      const ws = wb.getWorksheet(LIST) as ExcelJS.Worksheet;
      expect(String(ws.getCell(FIRST_DATA + 1, 1).value)).toBe(String(list.rows[FIRST_DATA][0]));
    }, 30_000);
  });

  test("fill: the dropdowns cover every data row, and a variant under a formula is reported, not overwritten", async () => {
    const { bytes, outcome } = await apply(input, fillPlan);
    const pkg = open(bytes);
    const list = pkg.sheets.find((s) => s.name === LIST);
    if (!list) throw new Error("no list");
    const lists = readSheet(pkg, list).validations.filter((v) => v.formula.startsWith("'選択肢'"));
    expect(lists.map((v) => [v.formula, v.ranges.map(rangeRef).join(" ")])).toEqual([
      ["'選択肢'!$A$2:$A$4", `N${FIRST_DATA + 1}:N${FIRST_DATA + DATA_ROWS}`],
      ["'選択肢'!$E$2:$E$9", `O${FIRST_DATA + 1}:O${FIRST_DATA + DATA_ROWS}`],
    ]);
    if (book === "formulas") {
      // The person's whole-column list now starts below the data rows.
      const own = readSheet(pkg, list).validations.find((v) => v.formula === '"☀,☁,☂"');
      expect(own?.ranges.map(rangeRef)).toEqual([`N${FIRST_DATA + DATA_ROWS + 1}:N1048576`]);
      expect(outcome.changed).toEqual([]);
    } else {
      expect(outcome.written.map((w) => [w.rowIndex, w.colIndex, w.before])).toEqual([
        [VARIANT_ROW, WEATHER, "晴れ"],
      ]);
    }
  });
});

test("a planned value over a formula cell is left alone and reported with its reason", async () => {
  const input = await formulaBook();
  const pkg = open(input);
  const list = listOf(pkg);
  const plan: WritePlan = {
    newSheets: [],
    runs: [
      {
        sheet: LIST,
        top: FIRST_DATA,
        left: WEATHER,
        values: [[{ kind: "text", text: "☂", formulaLike: false }]],
        expected: [[list.rows[FIRST_DATA][WEATHER]]],
        field: "weather",
        purpose: "edit",
      },
    ],
    dropdowns: [],
  };
  const written = await writeToPackage(pkg, plan);
  if (!written.result.ok) throw new Error(written.result.error.code);
  expect(written.result.value.written).toEqual([]);
  expect(written.result.value.changed.map((c) => [c.reason, c.rowIndex, c.colIndex, c.found])).toEqual([
    ["formula", FIRST_DATA, WEATHER, "☀"],
  ]);
  // Nothing to write: the package is the one it began as.
  expect(written.bytes).toBeNull();
});

export type { CellRange };
