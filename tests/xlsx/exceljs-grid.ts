/**
 * The grid as the ExcelJS-based reader made it before the fast reader replaced it: kept here as
 * the yardstick the comparison test holds the fast reader to.
 */
import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/core/port/grid";

export async function excelJsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { sheets: workbook.worksheets.map(sheetGrid) };
}

function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value)
    return toCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const boxes = new Map<string, CellRange>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        const m = cell.master;
        const top = Number(m.row) - 1;
        const left = Number(m.col) - 1;
        const box = boxes.get(m.address) ?? { top, left, bottom: top, right: left };
        boxes.set(m.address, {
          top: Math.min(box.top, r),
          left: Math.min(box.left, c),
          bottom: Math.max(box.bottom, r),
          right: Math.max(box.right, c),
        });
        return;
      }
      cells[c] = toCellValue(cell.value);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[r] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return { name: sheet.name, hidden: sheet.state !== "visible", rows, merges: [...boxes.values()] };
}

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}
