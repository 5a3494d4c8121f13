/**
 * Deliverable 6 of issue 8: the values-only reader gives the grid the ExcelJS-based reader gave,
 * on every kind of cell a list holds. Rows compare without trailing empty cells or rows, which
 * no reader of the grid looks at.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/port/grid";
import { openPackage, readWorkbookGrid } from "../../src/xlsx";
import { nodeCodec } from "../../src/xlsx/node";
import { listSheet, plainSheet, seedRow, seedRows, workbookOf } from "../builders/list-sheet";
import { toExcelJs } from "../builders/xlsx";
import { excelJsGrid } from "./exceljs-grid";
import { everythingBook, formulaBook } from "./fidelity-books";
import { withParts } from "./package-edit";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function valuesBook(date1904: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("値");
  ws.getCell("A1").value = { formula: "1+1", result: 2 };
  ws.getCell("A2").value = {
    formula: "VLOOKUP(1,X,2)",
    result: { error: "#N/A" },
  } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("A4").value = { richText: [{ text: "書かない" }, { text: "窓口", font: { bold: true } }] };
  ws.getCell("A5").value = new Date(Date.UTC(2025, 7, 25));
  ws.getCell("A6").value = new Date(Date.UTC(2025, 5, 20, 10, 30));
  ws.getCell("A7").value = { text: "市HP", hyperlink: "https://example.jp/" };
  ws.getCell("A8").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
  ws.getCell("A9").value = true;
  ws.getCell("A10").value = { formula: 'IF(1,"☀","")', result: "☀" };
  ws.getCell("A11").value = 45_894.5;
  ws.getCell("A11").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("A12").value = 0.123;
  ws.getCell("A12").numFmt = "0.0%";
  ws.getCell("B1").value = "  前後に空白  ";
  ws.getCell("B2").value = "改行\nあり";
  ws.getRow(9).hidden = true;
  wb.addWorksheet("選択肢", { state: "hidden" }).getCell("A1").value = "天気";
  wb.addWorksheet("隠し", { state: "veryHidden" }).getCell("B2").value = 7;
  return wb;
}

const fixtures: [string, () => Promise<Uint8Array>][] = [
  [
    "the seed list, merged two-row headers repeated per block, hidden rows",
    async () => {
      const sheet = {
        ...listSheet({ titleRows: ["業務改革施策リスト"], blockSize: 10 }),
        hiddenRows: [5, 6],
      };
      return bytesOf(toExcelJs(workbookOf(sheet, plainSheet("メモ", [["メモ", 1]]))));
    },
  ],
  [
    "formulas with cached results, errors, rich text, dates, links, booleans, sheet states",
    () => bytesOf(valuesBook(false)),
  ],
  ["the same in the 1904 date system", () => bytesOf(valuesBook(true))],
  [
    "a 30,000-character cell",
    () =>
      bytesOf(
        toExcelJs(workbookOf(listSheet({ rows: [seedRow("A1-1", { progress: "あ".repeat(30_000) })] }))),
      ),
  ],
  [
    "phonetic runs (furigana) beside the text",
    async () => {
      const rows = seedRows();
      rows[0].department = "RUBY_PLACEHOLDER";
      const bytes = await bytesOf(toExcelJs(workbookOf(listSheet({ rows }))));
      return withParts(bytes, {
        "xl/sharedStrings.xml": (xml) =>
          xml.replace(
            "<t>RUBY_PLACEHOLDER</t>",
            '<r><t>総務</t></r><r><rPr><b/></rPr><t>部</t></r><rPh sb="0" eb="2"><t>ソウム</t></rPh><rPh sb="2" eb="3"><t>ブ</t></rPh><phoneticPr fontId="1"/>',
          ),
      });
    },
  ],
  ["names, notes, tables, images, a shared formula down the weather column", everythingBook],
  ["a whole-column dropdown and formulas filled down", formulaBook],
];

test.each(fixtures)(
  "%s: the fast reader's grid is ExcelJS's",
  async (_name, make) => {
    const bytes = await make();
    const pkg = openPackage(bytes, nodeCodec);
    if (!pkg.ok) throw new Error(pkg.error.code);
    expect(normal(readWorkbookGrid(pkg.value))).toEqual(normal(await excelJsGrid(bytes)));
    // ExcelJS's full load of the whole-column dropdown takes seconds on its own, more on a busy machine.
  },
  30_000,
);

test("phonetic runs are not part of the text; Excel's _xHHHH_ escapes are undone", async () => {
  const bytes = await fixtures[4][1]();
  const pkg = openPackage(bytes, nodeCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  expect(readWorkbookGrid(pkg.value).sheets[0].rows[2][2]).toBe("総務部");
  const every = openPackage(await everythingBook(), nodeCodec);
  if (!every.ok) throw new Error(every.error.code);
  const progress = readWorkbookGrid(every.value).sheets[0].rows[5][12];
  expect(progress).toBe("制御\u0007文字 と\r改行 _x0041_");
});

function normal(book: WorkbookGrid) {
  return book.sheets.map((s: SheetGrid) => {
    const rows = s.rows.map((r) => trim([...r]));
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    const merges = [...(s.merges ?? [])]
      .filter((m) => m.bottom > m.top || m.right > m.left)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: s.name, hidden: s.hidden, rows, merges };
  });
}

function trim(row: CellValue[]): CellValue[] {
  while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
  return row.map((v) => (v === undefined ? null : v));
}
