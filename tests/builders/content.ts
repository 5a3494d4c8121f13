/** Turns sheet content the core writes into a grid, as a host would read the sheet back. */
import type { CellValue } from "../../src/core/port/grid";
import { valueAfter, type NewSheet } from "../../src/core/port/plan";
import type { BuiltSheet } from "./list-sheet";

export function sheetOf(sheet: NewSheet): BuiltSheet {
  const rows: CellValue[][] = [];
  for (const cell of sheet.content.cells) {
    while (rows.length <= cell.rowIndex) rows.push([]);
    const row = rows[cell.rowIndex];
    while (row.length <= cell.col) row.push(null);
    row[cell.col] = valueAfter(cell.value);
  }
  return { name: sheet.name, hidden: sheet.hidden, rows, merges: [...sheet.content.merges] };
}
