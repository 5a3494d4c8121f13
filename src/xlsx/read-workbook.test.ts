import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { listSheet, seedRow, workbookOf } from "../../tests/builders/list-sheet";
import { tempDir, writeXlsx } from "../../tests/builders/xlsx";
import { readWorkbookFile, toCellValue } from "./read-workbook";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("reading an .xlsx into the grid", () => {
  test("a built list comes back cell for cell, with its merges", async () => {
    const sheet = listSheet({ titleRows: ["業務改革施策リスト"], rows: [seedRow("A1-1"), seedRow("B1-5a")] });
    const path = await writeXlsx(workbookOf(sheet), tmp.path("list.xlsx"));
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(read.error.code);
    const [grid] = read.value.grid.sheets;
    expect(grid.name).toBe("施策リスト");
    expect(grid.rows).toEqual(sheet.rows.map((r) => trimTrailingNulls(r)));
    const sortKey = (m: { top: number; left: number }) => m.top * 1000 + m.left;
    expect([...(grid.merges ?? [])].sort((a, b) => sortKey(a) - sortKey(b))).toEqual(
      [...sheet.merges].sort((a, b) => sortKey(a) - sortKey(b)),
    );
  });

  test("formulas give their cached result, error cells their code; rich text, dates and links their text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("値");
    ws.getCell("A1").value = { formula: "1+1", result: 2 };
    ws.getCell("A2").value = {
      formula: "VLOOKUP(1,X,2)",
      result: { error: "#N/A" },
    } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("A4").value = { richText: [{ text: "書かない" }, { text: "窓口", font: { bold: true } }] };
    ws.getCell("A5").value = new Date(Date.UTC(2025, 7, 25));
    ws.getCell("A6").value = { text: "市HP", hyperlink: "https://example.jp/" };
    ws.getCell("A7").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
    ws.getCell("A8").value = true;
    // A hidden row is still part of the list: the grid reads it like any other.
    ws.getRow(8).hidden = true;
    const hidden = wb.addWorksheet("選択肢", { state: "hidden" });
    hidden.getCell("A1").value = "天気";
    await wb.xlsx.writeFile(tmp.path("values.xlsx"));

    const read = await readWorkbookFile(tmp.path("values.xlsx"));
    if (!read.ok) throw new Error(read.error.code);
    const [values, choices] = read.value.grid.sheets;
    expect(values.rows.map((r) => r[0])).toEqual([
      2,
      { error: "#N/A" },
      { error: "#REF!" },
      "書かない窓口",
      "2025-08-25",
      "市HP",
      null,
      true,
    ]);
    expect(values.hidden).toBe(false);
    expect(choices.hidden).toBe(true);
  });

  test("a 30,000-character cell is read whole", async () => {
    const huge = "あ".repeat(30_000);
    const path = await writeXlsx(
      workbookOf(listSheet({ rows: [seedRow("A1-1", { progress: huge })] })),
      tmp.path("huge.xlsx"),
    );
    const read = await readWorkbookFile(path);
    expect(read.ok && read.value.grid.sheets[0].rows[2][12]).toBe(huge);
  });

  test("toCellValue maps each ExcelJS shape", () => {
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue({ sharedFormula: "A1", result: "x" } as unknown as ExcelJS.CellValue)).toBe("x");
    expect(toCellValue(new Date(Date.UTC(2025, 5, 20, 9, 30)))).toBe("2025-06-20 09:30");
  });
});

describe("files that are not workbooks", () => {
  const cases: [string, string, string | Buffer][] = [
    ["missing.xlsx", "file-not-found", ""],
    ["empty.xlsx", "empty-file", Buffer.alloc(0)],
    ["list.csv", "csv", "進捗管理枝番1,天気\nA1,☀\n"],
    ["exported.xlsx", "csv", "枝番1,天気\nA1,☀\n"],
    [
      "old.xls",
      "legacy-or-encrypted",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    ],
    ["random.xlsx", "not-xlsx", Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))],
    ["broken.xlsx", "unreadable", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 1)])],
  ];

  test.each(cases)("%s is refused as %s", async (name, code, content) => {
    const path = tmp.path(name);
    if (name !== "missing.xlsx") writeFileSync(path, content);
    const read = await readWorkbookFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe(code);
  });

  test("a folder is refused", async () => {
    const read = await readWorkbookFile(tmp.dir);
    expect(!read.ok && read.error.code).toBe("is-directory");
  });
});

function trimTrailingNulls<T>(row: readonly (T | null)[]): (T | null)[] {
  const copy = [...row];
  while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
  return copy;
}
