/** Turns sheet content the core writes into a grid, as a host would read the sheet back. */
import type { CellValue, SheetGrid } from "../../src/core/port/grid";
import type { NewSheet } from "../../src/core/port/plan";

export function sheetOf(sheet: NewSheet): SheetGrid {
  const rows: CellValue[][] = [];
  for (const cell of sheet.content.cells) {
    while (rows.length <= cell.row) rows.push([]);
    const row = rows[cell.row];
    while (row.length <= cell.col) row.push(null);
    const v = cell.value;
    row[cell.col] = v.kind === "empty" ? null : v.kind === "text" ? v.text : v.value;
  }
  return { name: sheet.name, hidden: sheet.hidden, rows, merges: [...sheet.content.merges], hiddenRows: [] };
}
