import type { CellValue, SheetGrid } from "./grid";

/** A cell's value to lay over a grid, 0-based. */
export interface CellEdit {
  readonly rowIndex: number;
  readonly col: number;
  readonly value: CellValue;
}

/**
 * The sheet with some cells set: the one way changes are laid over a grid (the columns read after
 * the head, a new sheet's content, what a write did, a PL's unsaved edits). Rows grow as needed; a
 * later edit of the same cell wins. The sheet given is left as it is, and rows no edit touches are
 * shared with it.
 */
export function withCells<S extends SheetGrid>(sheet: S, cells: Iterable<CellEdit>): S {
  const rows: (readonly CellValue[])[] = [...sheet.rows];
  const copied = new Map<number, CellValue[]>();
  for (const { rowIndex, col, value } of cells) {
    let row = copied.get(rowIndex);
    if (!row) {
      while (rows.length <= rowIndex) rows.push([]);
      row = [...(rows[rowIndex] ?? [])];
      rows[rowIndex] = row;
      copied.set(rowIndex, row);
    }
    while (row.length <= col) row.push(null);
    row[col] = value;
  }
  return { ...sheet, rows };
}
