import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/port/grid";
import type { ApplyOutcome } from "../../core/port/outcome";
import { newSheetGrid, valueAfter, type WritePlan } from "../../core/port/plan";

/**
 * The workbook as the pane last read it, brought up to date with what a write did, so every view
 * shows the result without reading the workbook again (each read is a round trip in Excel on the
 * web): written cells take their new value, cells a co-author changed take the value found there,
 * added sheets appear with their content, removed sheets go.
 */
export function bookAfterWrite(book: WorkbookGrid, plan: WritePlan, outcome: ApplyOutcome): WorkbookGrid {
  const removed = new Set(outcome.sheetsRemoved.map((m) => m.name));
  const sheets: SheetGrid[] = book.sheets
    .filter((s) => !removed.has(s.name))
    .map((s) => ({ ...s, rows: [...s.rows] }));
  const set = (sheet: string, rowIndex: number, col: number, value: CellValue) => {
    const grid = sheets.find((s) => s.name === sheet);
    if (!grid) return;
    const rows = grid.rows as CellValue[][];
    while (rows.length <= rowIndex) rows.push([]);
    const cells = [...(rows[rowIndex] ?? [])];
    while (cells.length <= col) cells.push(null);
    cells[col] = value;
    rows[rowIndex] = cells;
  };
  for (const w of outcome.written) set(w.sheet, w.rowIndex, w.colIndex, valueAfter(w.after));
  for (const c of outcome.changed) set(c.sheet, c.rowIndex, c.colIndex, c.found);
  for (const { name } of outcome.sheetsAdded) {
    const added = plan.newSheets.find((s) => s.name === name);
    if (!added) continue;
    const at = added.after === null ? -1 : sheets.findIndex((s) => s.name === added.after);
    sheets.splice(at < 0 ? sheets.length : at + 1, 0, newSheetGrid(added));
  }
  return { sheets };
}
