/**
 * Workbooks a city hall really has around its list: names, formulas filled down the weather
 * column, odd characters, conditional formats, a table, notes, links, an image, a chart, a print
 * area and frozen panes. Built with ExcelJS where it can write the feature, and by adding the XML
 * where it cannot.
 */
import ExcelJS from "exceljs";
import { listSheet, plainSheet, seedRows, workbookOf } from "../builders/list-sheet";
import { toExcelJs } from "../builders/xlsx";
import { withParts } from "./package-edit";

export const LIST = "施策リスト";
/** Title row, blank row, two header rows: data rows 5..36 (0-based 4..35); 天気 N, 方向性 O. */
export const FIRST_DATA = 4;
export const DATA_ROWS = 32;
export const WEATHER = 13;
export const DIRECTION = 14;
/** The row whose 天気 holds the variant 晴れ (0-based). */
export const VARIANT_ROW = 6;

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The seed list with a cover of user features on it and on two more sheets. */
export async function everythingBook(): Promise<Uint8Array> {
  const rows = seedRows();
  rows[VARIANT_ROW - FIRST_DATA].weather = "晴れ";
  rows[1].progress = "CTRL_PLACEHOLDER";
  rows[2].progress = "_x0041_ はそのまま";
  const wb = toExcelJs(
    workbookOf(
      listSheet({ titleRows: ["業務改革施策リスト（令和8年9月末時点）"], rows }),
      plainSheet("メモ", [["メモ"], ["PMO 連絡先", "内線 1234"]]),
    ),
  );
  const ws = wb.getWorksheet(LIST) as ExcelJS.Worksheet;
  ws.views = [{ state: "frozen", ySplit: 4 }];
  ws.pageSetup.printArea = "A1:P36";
  ws.addConditionalFormatting({
    ref: "N5:N36",
    rules: [
      {
        type: "containsText",
        operator: "containsText",
        text: "☂",
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.getCell("B5").note = "担当: 行革推進係";
  ws.getCell("B1").value = { text: "市HP", hyperlink: "https://example.jp/" };
  ws.getCell("A5").numFmt = "@";
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "T2:U4");
  const table = wb.addWorksheet("集計表");
  table.addTable({
    name: "部別集計",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "部" }, { name: "件数" }],
    rows: [
      ["総務部", 3],
      ["市民部", 2],
    ],
  });
  wb.definedNames.add(`'${LIST}'!$A$5:$A$36`, "施策番号");
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return withParts(bytes, {
    "xl/sharedStrings.xml": (xml) =>
      xml.replace("CTRL_PLACEHOLDER", "制御_x0007_文字 と_x000D_改行 _x005F_x0041_"),
    "xl/workbook.xml": (xml) =>
      xml.replace(
        "</definedNames>",
        `<definedName name="メモ欄" localSheetId="1">'メモ'!$A$1:$B$2</definedName>` +
          `<definedName name="集計" localSheetId="2">'集計表'!$A$1:$B$3</definedName></definedNames>`,
      ),
  });
}

/**
 * The weather column filled down with one formula (a shared formula, as Excel stores a fill), and
 * a person's own dropdown over the whole column from row 5 down (N5:N1048576).
 */
export async function formulaBook(): Promise<Uint8Array> {
  const wb = toExcelJs(workbookOf(listSheet({ titleRows: ["業務改革施策リスト"] })));
  const ws = wb.getWorksheet(LIST) as ExcelJS.Worksheet;
  const results = seedRows().map((r) => String(r.weather ?? ""));
  ws.fillFormula(
    `N5:N${FIRST_DATA + DATA_ROWS}`,
    'IF(M5="","☀",IF(ISNUMBER(FIND("遅",M5)),"☂","☀"))',
    (r) => results[r - (FIRST_DATA + 1)],
  );
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return withParts(bytes, {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(
        "<pageMargins",
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="N5:N1048576">' +
          '<formula1>"☀,☁,☂"</formula1></dataValidation></dataValidations><pageMargins',
      ),
  });
}
