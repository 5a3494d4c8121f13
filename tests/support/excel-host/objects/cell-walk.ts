/**
 * Reading one property over a range (Excel answers null when the cells differ) and writing one to
 * every cell, without materialising the empty part of whole-column ranges on reads.
 */
import type { Cell } from "../model/workbook";
import { notImplemented } from "../protocol/errors";
import { cellCount, forEachPosition, storedCellsIn, type RangeRef } from "./range-ref";

/** Beyond this many cells a single format write is refused loudly: the emulator stores formats per cell. */
export const MAX_FORMAT_WRITE_CELLS = 1_000_000;

/**
 * The property's value if every cell in the range agrees, else null ("If multiple font colors are
 * present within the range, range.format.font.color is null").
 */
export function uniform<T>(range: RangeRef, pick: (cell: Cell | undefined) => T): T | null {
  let seen = 0;
  let first: { value: T } | null = null;
  const same = (value: T): boolean => {
    if (!first) {
      first = { value };
      return true;
    }
    return JSON.stringify(first.value) === JSON.stringify(value);
  };
  for (const { cell } of storedCellsIn(range.sheet, range.rect)) {
    seen++;
    if (!same(pick(cell))) return null;
  }
  if (seen < cellCount(range.rect) && !same(pick(undefined))) return null;
  return first ? (first as { value: T }).value : null;
}

export function writeEach(
  range: RangeRef,
  location: string,
  write: (cell: Cell, row: number, col: number) => void,
): void {
  if (cellCount(range.rect) > MAX_FORMAT_WRITE_CELLS) {
    throw notImplemented(location, "formatting more than 1,000,000 cells at once (whole rows or columns)");
  }
  forEachPosition(range.rect, (r, c) => write(range.sheet.ensureCell(r, c), r, c));
}
