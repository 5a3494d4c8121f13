/**
 * A range as the emulator holds it (a sheet and a rectangle) and the rules every write to it obeys:
 * a protected sheet refuses edits, and the hidden cells of a merged area are not written to.
 */
import { intersects, rectColumns, rectRows, type Rect } from "../model/address";
import { fail, notImplemented } from "../protocol/errors";
import type { Sheet } from "../model/workbook";

export interface RangeRef {
  readonly sheet: Sheet;
  readonly rect: Rect;
}

/** Excel refuses reads of more cells than this ("A range is limited to 5,000,000 cells for read operations"). */
export const MAX_READ_CELLS = 5_000_000;

export function cellCount(rect: Rect): number {
  return rectRows(rect) * rectColumns(rect);
}

export function assertReadable(range: RangeRef, location: string): void {
  if (cellCount(range.rect) > MAX_READ_CELLS) {
    fail(
      "RangeExceedsLimit",
      location,
      `reading ${cellCount(range.rect)} cells is over Excel's limit of 5,000,000`,
    );
  }
}

/** What a protected sheet may still allow, per `WorksheetProtectionOptions`. */
export type ProtectedEdit =
  "contents" | "formatCells" | "formatColumns" | "formatRows" | "objects" | "validation";

const ALLOWED_BY: Partial<Record<ProtectedEdit, string>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  objects: "allowEditObjects",
};

/**
 * A protected sheet refuses edits to its (locked) cells with AccessDenied. The emulator treats every
 * cell as locked, which is Excel's default.
 */
export function assertEditable(sheet: Sheet, edit: ProtectedEdit, location: string): void {
  if (!sheet.protection.protected) return;
  const option = ALLOWED_BY[edit];
  if (option && sheet.protection.options[option] === true) return;
  fail("AccessDenied", location, `the sheet ${sheet.name} is protected`);
}

/** True for a cell inside a merged area other than its top-left cell. */
export function isHiddenByMerge(sheet: Sheet, row: number, column: number): boolean {
  return sheet.merges.some(
    (m) =>
      row >= m.top &&
      row <= m.bottom &&
      column >= m.left &&
      column <= m.right &&
      (row !== m.top || column !== m.left),
  );
}

/** Writing a value into the hidden cells of a merged area is not modelled: refuse loudly. */
export function assertNotIntoMergedCells(range: RangeRef, cells: [number, number][], location: string): void {
  if (!range.sheet.merges.some((m) => intersects(m, range.rect))) return;
  const hit = cells.find(([r, c]) => isHiddenByMerge(range.sheet, r, c));
  if (hit) throw notImplemented(location, "writing a value into a merged area's hidden cells");
}

/** Calls `visit` for each cell position of the rectangle, row by row. */
export function forEachPosition(
  rect: Rect,
  visit: (row: number, column: number, i: number, j: number) => void,
): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) visit(r, c, r - rect.top, c - rect.left);
  }
}

/** Stored cells inside the rectangle, without walking its empty part (ranges may be whole columns). */
export function* storedCellsIn(sheet: Sheet, rect: Rect) {
  const last = Math.min(rect.bottom, sheet.rows.length - 1);
  for (let r = rect.top; r <= last; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const end = Math.min(rect.right, cells.length - 1);
    for (let c = rect.left; c <= end; c++) {
      const cell = cells[c];
      if (cell) yield { row: r, column: c, cell };
    }
  }
}
