import type { CellRange } from "../../core/port/grid";
import { rangeA1 } from "../../core/port/plan";
import { parseRef } from "../read/sheet-cells";

/**
 * Cell ranges as .xlsx writes them in `sqref` (`N5:N8 N12:N14`) and the rectangle arithmetic
 * that keeps data validations from overlapping. Whole-column ranges stay four numbers: nothing
 * here walks cells, so `N5:N1048576` costs what `N5:N8` does.
 */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** `N5:N8 N12` → ranges, 0-based; `N:N` and `5:5` become whole columns and rows. */
export function parseSqref(sqref: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of sqref.trim().split(/\s+/u)) {
    if (part === "") continue;
    const [a, b = a] = part.split(":");
    const from = parseRef(a);
    const to = parseRef(b);
    const wholeRow = from.col < 0;
    const fromRow = from.row < 0 ? 0 : from.row;
    const toRow = to.row < 0 ? MAX_ROW : to.row;
    out.push({
      top: Math.min(fromRow, toRow),
      bottom: Math.max(fromRow, toRow),
      left: wholeRow ? 0 : Math.min(from.col, to.col),
      right: wholeRow ? MAX_COL : Math.max(from.col, to.col),
    });
  }
  return out;
}

export function formatSqref(ranges: readonly CellRange[]): string {
  return ranges.map(rangeRef).join(" ");
}

/** `N5:N8`, or `N5` for one cell: the core's A1 form, as sqref and chart references write it. */
export const rangeRef = rangeA1;

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: CellRange, b: CellRange): CellRange | null {
  if (!overlaps(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
  };
}

/** `ranges` less every cell of `cut`: at most four pieces per range and cut, never cell by cell. */
export function subtract(ranges: readonly CellRange[], cut: readonly CellRange[]): CellRange[] {
  let pieces = [...ranges];
  for (const c of cut) {
    const next: CellRange[] = [];
    for (const r of pieces) {
      if (!overlaps(r, c)) {
        next.push(r);
        continue;
      }
      if (r.top < c.top) next.push({ ...r, bottom: c.top - 1 });
      if (r.bottom > c.bottom) next.push({ ...r, top: c.bottom + 1 });
      const top = Math.max(r.top, c.top);
      const bottom = Math.min(r.bottom, c.bottom);
      if (r.left < c.left) next.push({ top, bottom, left: r.left, right: c.left - 1 });
      if (r.right > c.right) next.push({ top, bottom, left: c.right + 1, right: r.right });
    }
    pieces = next;
  }
  return pieces;
}

/** True when every cell of `range` lies in one of `cover`. */
export function covers(cover: readonly CellRange[], range: CellRange): boolean {
  return subtract([range], cover).length === 0;
}
