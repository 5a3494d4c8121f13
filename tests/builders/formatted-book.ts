/**
 * A workbook whose numbers carry the formats a measure list and this tool use (percentages,
 * dates, 和暦, thousands, text), written by ExcelJS as Excel would store them: the number in the
 * cell, the format in its style.
 */
import ExcelJS from "exceljs";

/** Label, value, format and what Excel shows, one row each on the sheet 書式 (A: label, B: value). */
export const FORMATTED_CELLS: readonly (readonly [string, number | string | Date, string, string])[] = [
  ["割合", 0.96875, "0%", "97%"],
  ["達成率", 0.4666666666666667, "0.0%", "46.7%"],
  ["日付", new Date(Date.UTC(2025, 7, 25)), "yyyy/m/d", "2025/8/25"],
  ["和暦", new Date(Date.UTC(2025, 7, 25)), '[$-411]ggge"年"m"月"d"日"', "令和7年8月25日"],
  ["日時", new Date(Date.UTC(2025, 5, 20, 10, 30)), "yyyy/m/d h:mm", "2025/6/20 10:30"],
  ["金額", 1234567, "#,##0", "1,234,567"],
  ["件数", 60, '0"件"', "60件"],
  ["文字列", "0028", "@", "0028"],
  ["標準", 0.4666666666666667, "General", "0.466666667"],
];

export function formattedBook(options: { date1904?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = options.date1904 ?? false;
  const ws = wb.addWorksheet("書式");
  FORMATTED_CELLS.forEach(([label, value, format], r) => {
    ws.getCell(r + 1, 1).value = label;
    const cell = ws.getCell(r + 1, 2);
    cell.value = value;
    cell.numFmt = format;
  });
  return wb;
}

export async function formattedBookBytes(options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  return new Uint8Array(await formattedBook(options).xlsx.writeBuffer());
}
