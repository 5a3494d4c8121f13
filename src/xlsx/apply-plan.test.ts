import ExcelJS from "exceljs";
import { listSheet, plainSheet, seedRow, workbookOf } from "../../tests/builders/list-sheet";
import { tempDir, toExcelJs } from "../../tests/builders/xlsx";
import type { CellValue } from "../core/port/grid";
import {
  EMPTY_PLAN,
  num,
  text,
  type CellRun,
  type DropdownRule,
  type NewSheet,
  type WritePlan,
} from "../core/port/plan";
import type { ApplyOutcome } from "../core/port/outcome";
import { applyPlan } from "./apply-plan";
import { readWorkbookFile } from "./read-workbook";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const LIST = "施策リスト";

function write(
  row: number,
  col: number,
  value: CellRun["values"][0][0],
  expected: CellValue = null,
): CellRun {
  return {
    sheet: LIST,
    top: row,
    left: col,
    values: [[value]],
    expected: [[expected]],
    field: null,
    purpose: "attainment",
  };
}

function newSheet(name: string, after: string | null, hidden = false): NewSheet {
  return {
    name,
    hidden,
    after,
    content: { cells: [{ row: 0, col: 0, value: text(name) }], merges: [], columnWidths: [12] },
  };
}

/** The seed rows A1-1..A1-3 under a two-row header: data in sheet rows 3..5, 天気 in N. */
function listBook(...others: string[]): ExcelJS.Workbook {
  return toExcelJs(
    workbookOf(
      listSheet({ rows: [seedRow("A1-1"), seedRow("A1-2"), seedRow("A1-3")] }),
      ...others.map((name) => plainSheet(name, [[name]])),
    ),
  );
}

/** Applies the plan, saves it to a new file and opens that file again. */
async function applyAndReopen(
  workbook: ExcelJS.Workbook,
  plan: Partial<WritePlan>,
  name: string,
): Promise<{ outcome: ApplyOutcome; saved: ExcelJS.Workbook; list: ExcelJS.Worksheet }> {
  const outcome = applyPlan(workbook, { ...EMPTY_PLAN, ...plan });
  const path = tmp.path(name);
  await workbook.xlsx.writeFile(path);
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.error.code);
  const list = read.value.workbook.getWorksheet(LIST);
  if (!list) throw new Error("no list sheet");
  return { outcome, saved: read.value.workbook, list };
}

describe("applying a plan to an ExcelJS workbook and saving it", () => {
  test("text starting with =, +, - or @ is stored as a string, never as a formula", async () => {
    const texts = ["=SUM(A1:A3)", "+81-3-1234", "-5", "@担当課", '=HYPERLINK("https://example.jp/")'];
    const { list } = await applyAndReopen(
      listBook(),
      { runs: texts.map((t, i) => write(2 + i, 16, text(t))) },
      "texts.xlsx",
    );
    const cells = texts.map((_, i) => list.getCell(3 + i, 17));
    expect(cells.map((c) => [c.type, c.value, c.formula])).toEqual(
      texts.map((t) => [ExcelJS.ValueType.String, t, undefined]),
    );
  });

  test("numbers stay numbers with the format the plan gives, or the one the cell had", async () => {
    const workbook = listBook();
    const before = workbook.getWorksheet(LIST)?.getCell("R4");
    if (!before) throw new Error("no R4");
    before.value = 4_600_000;
    before.numFmt = "#,##0";
    const { list } = await applyAndReopen(
      workbook,
      {
        runs: [
          write(2, 17, num(28 / 60, "0.0%")),
          write(3, 17, num(4_480_000), 4_600_000),
          write(4, 17, num(11)),
        ],
      },
      "numbers.xlsx",
    );
    expect(
      ["R3", "R4", "R5"].map((a) => [list.getCell(a).type, list.getCell(a).value, list.getCell(a).numFmt]),
    ).toEqual([
      [ExcelJS.ValueType.Number, 28 / 60, "0.0%"],
      [ExcelJS.ValueType.Number, 4_480_000, "#,##0"],
      [ExcelJS.ValueType.Number, 11, undefined],
    ]);
  });

  test("a cell that no longer holds what the plan read is skipped and returned", async () => {
    const stale = write(2, 13, text("☁"), "晴れ");
    const staleNumber = write(2, 17, num(0.5, "0.0%"), 0.25);
    const fresh = write(3, 13, text("☂"), "☀");
    const { outcome, list } = await applyAndReopen(
      listBook(),
      { runs: [stale, staleNumber, fresh] },
      "stale.xlsx",
    );
    expect(outcome.changed.map((c) => [c.reason, c.rowIndex, c.colIndex, c.expected, c.found])).toEqual([
      ["changed", 2, 13, "晴れ", "☀"],
      ["changed", 2, 17, 0.25, null],
    ]);
    expect(outcome.written.map((w) => [w.rowIndex, w.colIndex, w.before, w.after])).toEqual([
      [3, 13, "☀", text("☂")],
    ]);
    expect(["N3", "R3", "N4"].map((a) => list.getCell(a).value)).toEqual(["☀", null, "☂"]);
  });

  test("an expected empty cell also matches a cell of spaces; an error matches the same error", async () => {
    const workbook = listBook();
    const ws = workbook.getWorksheet(LIST);
    if (!ws) throw new Error("no list");
    ws.getCell("R3").value = "　";
    ws.getCell("R4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("R5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    const { outcome, list } = await applyAndReopen(
      workbook,
      {
        runs: [
          write(2, 17, num(1)),
          write(3, 17, num(2), { error: "#N/A" }),
          write(4, 17, num(3), { error: "#N/A" }),
        ],
      },
      "empty-and-errors.xlsx",
    );
    expect(outcome.changed.map((c) => [c.rowIndex, c.found])).toEqual([[4, { error: "#REF!" }]]);
    expect(["R3", "R4"].map((a) => list.getCell(a).value)).toEqual([1, 2]);
  });

  test("a new sheet goes right after the sheet it names, or last, in the saved file's order", async () => {
    const { saved } = await applyAndReopen(
      listBook("メモ", "参考資料"),
      { newSheets: [newSheet("サマリー_R8Q2", LIST), newSheet("付録", null), newSheet("別紙", "メモ")] },
      "order.xlsx",
    );
    expect(saved.worksheets.map((s) => s.name)).toEqual([
      LIST,
      "サマリー_R8Q2",
      "メモ",
      "別紙",
      "参考資料",
      "付録",
    ]);
    const read = await readWorkbookFile(tmp.path("order.xlsx"));
    expect(read.ok && read.value.grid.sheets.map((s) => s.name)).toEqual(saved.worksheets.map((s) => s.name));
    expect(saved.getWorksheet("サマリー_R8Q2")?.getCell("A1").value).toBe("サマリー_R8Q2");
  });

  test("a hidden new sheet is hidden in the saved file; a visible one is visible", async () => {
    const { saved } = await applyAndReopen(
      listBook(),
      { newSheets: [newSheet("選択肢", null, true), newSheet("サマリー_R8Q2", LIST)] },
      "hidden.xlsx",
    );
    expect(saved.worksheets.map((s) => [s.name, s.state])).toEqual([
      [LIST, "visible"],
      ["サマリー_R8Q2", "visible"],
      ["選択肢", "hidden"],
    ]);
  });

  test("dropdown cells get a list validation with the source, and no other cell does", async () => {
    const rule: DropdownRule = {
      sheet: LIST,
      field: "weather",
      ranges: [
        { top: 2, left: 13, bottom: 3, right: 13 },
        { top: 4, left: 13, bottom: 4, right: 13 },
      ],
      source: { kind: "range", sheet: "選択肢", range: { top: 1, left: 0, bottom: 3, right: 0 } },
      errorTitle: "天気",
      errorMessage: "天気は ☀（順調）・☁（やや遅れ）・☂（遅れ） から選んでください",
    };
    const { list } = await applyAndReopen(
      listBook(),
      { newSheets: [newSheet("選択肢", null, true)], dropdowns: [rule] },
      "dropdowns.xlsx",
    );
    for (const address of ["N3", "N4", "N5"]) {
      expect(list.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: ["'選択肢'!$A$2:$A$4"],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: "天気",
        error: rule.errorMessage,
      });
    }
    expect(["N1", "N2", "N6", "O3", "M3"].map((a) => list.getCell(a).dataValidation)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test("an inline source is kept as written", async () => {
    const rule: DropdownRule = {
      sheet: LIST,
      field: "weather",
      ranges: [{ top: 2, left: 13, bottom: 4, right: 13 }],
      source: { kind: "values", values: ["☀", "☁", "☂"] },
      errorTitle: "天気",
      errorMessage: "天気は ☀・☁・☂ から選んでください",
    };
    const { list } = await applyAndReopen(listBook(), { dropdowns: [rule] }, "inline.xlsx");
    expect(list.getCell("N4").dataValidation?.formulae).toEqual(['"☀,☁,☂"']);
  });
});
