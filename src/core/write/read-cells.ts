import type { CellValue } from "../port/grid";
import type { CellRef } from "../port/host";
import { ok, type Result } from "../result";
import { readInChunks } from "./read-chunks";
import type { HostError, Rect, WritePort } from "./write-port";

/**
 * The current values of some cells (an undo's preview): neighbouring cells of a column read as
 * one rectangle, the rectangles in as few requests as the payload cap allows.
 */
export async function readCellValues(
  port: WritePort,
  cells: readonly CellRef[],
): Promise<Result<CellValue[], HostError>> {
  const order = cells
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        (a.c.sheet < b.c.sheet ? -1 : a.c.sheet > b.c.sheet ? 1 : 0) ||
        a.c.col - b.c.col ||
        a.c.rowIndex - b.c.rowIndex,
    );
  const rects: Rect[] = [];
  const at: { rect: number; row: number }[] = new Array(cells.length);
  for (const { c, i } of order) {
    const last = rects[rects.length - 1];
    if (last && last.sheet.name === c.sheet && last.left === c.col && last.top + last.rows === c.rowIndex) {
      at[i] = { rect: rects.length - 1, row: last.rows };
      rects[rects.length - 1] = { ...last, rows: last.rows + 1 };
    } else if (
      last &&
      last.sheet.name === c.sheet &&
      last.left === c.col &&
      c.rowIndex < last.top + last.rows
    ) {
      // The same cell asked twice.
      at[i] = { rect: rects.length - 1, row: c.rowIndex - last.top };
    } else {
      at[i] = { rect: rects.length, row: 0 };
      rects.push({ sheet: { name: c.sheet, id: null }, top: c.rowIndex, left: c.col, rows: 1, cols: 1 });
    }
  }
  const read = await readInChunks(port, {
    ask: { sheets: false, cells: [], values: rects, validations: [] },
  });
  if (!read.ok) return read;
  return ok(at.map(({ rect, row }) => read.value.values[rect]?.[row]?.[0] ?? null));
}
