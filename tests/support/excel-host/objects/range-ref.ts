/**
 * A range as the emulator holds it (a sheet and a rectangle) and the rules every write to it obeys:
 * a protected sheet refuses edits, and the hidden cells of a merged area are not written to.
 */
import { MAX_COLUMNS, intersects, rectColumns, rectRows, type Rect } from "../model/address";
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

/**
 * Whether a cell of `rect` is one of a merged area's hidden cells (any but its top-left), from the
 * merges that meet the rectangle only: a printed 20,000-row list has thousands of merged areas,
 * and asking each of them about every cell of a whole-column read made reading it quadratic.
 */
export function hiddenByMergeIn(sheet: Sheet, rect: Rect): (row: number, column: number) => boolean {
  const hidden = new Set<number>();
  for (const m of mergesMeeting(sheet, rect)) {
    for (let r = Math.max(m.top, rect.top); r <= Math.min(m.bottom, rect.bottom); r++) {
      for (let c = Math.max(m.left, rect.left); c <= Math.min(m.right, rect.right); c++) {
        if (r !== m.top || c !== m.left) hidden.add(r * MAX_COLUMNS + c);
      }
    }
  }
  return hidden.size === 0 ? () => false : (row, column) => hidden.has(row * MAX_COLUMNS + column);
}

/** Rows per band of the merge index. */
const BAND = 64;
/** Each sheet's merged areas (their places in `merges`) by the bands of rows they span. */
const mergeIndexes = new WeakMap<
  readonly Rect[],
  { readonly count: number; readonly bands: Map<number, number[]> }
>();

/**
 * The sheet's merged areas that meet `rect`, in the sheet's order. Found through an index by row
 * band, rebuilt when the sheet's list of merges is replaced or grows (the emulator only ever
 * filters it into a new array or appends to it), so that a write of a few rows does not ask every
 * merged area of a 20,000-row list.
 */
export function mergesMeeting(sheet: Sheet, rect: Rect): Rect[] {
  const merges = sheet.merges;
  let index = mergeIndexes.get(merges);
  if (index === undefined || index.count !== merges.length) {
    const bands = new Map<number, number[]>();
    merges.forEach((m, i) => {
      for (let band = Math.floor(m.top / BAND); band <= Math.floor(m.bottom / BAND); band++) {
        const list = bands.get(band);
        if (list) list.push(i);
        else bands.set(band, [i]);
      }
    });
    index = { count: merges.length, bands };
    mergeIndexes.set(merges, index);
  }
  const found = new Set<number>();
  const last = Math.floor(rect.bottom / BAND);
  for (let band = Math.floor(rect.top / BAND); band <= last; band++) {
    for (const i of index.bands.get(band) ?? []) if (intersects(merges[i], rect)) found.add(i);
  }
  return [...found].sort((a, b) => a - b).map((i) => merges[i]);
}

/** Writing a value into the hidden cells of a merged area is not modelled: refuse loudly. */
export function assertNotIntoMergedCells(range: RangeRef, cells: [number, number][], location: string): void {
  if (mergesMeeting(range.sheet, range.rect).length === 0) return;
  const hidden = hiddenByMergeIn(range.sheet, range.rect);
  const hit = cells.find(([r, c]) => hidden(r, c));
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
