import type { SheetGrid } from "../port/grid";

/**
 * Sheets this tool writes carry a marker cell near their top, so they are recognised by content
 * and never by name alone: a person may rename a summary, or name their own sheet サマリー.
 */
export const MARKER_PREFIX = "measure-list:";

/** The marker of a summary sheet, e.g. `measure-list:summary v1 R8Q2`. */
export const SUMMARY_MARKER = `${MARKER_PREFIX}summary`;

/** How many rows from the top are searched for a marker. */
const MARKER_ROWS = 5;

/** The marker text a sheet carries, if any. */
export function sheetMarker(sheet: SheetGrid): string | null {
  for (let r = 0; r < Math.min(MARKER_ROWS, sheet.rows.length); r++) {
    for (const value of sheet.rows[r] ?? []) {
      if (typeof value === "string" && value.startsWith(MARKER_PREFIX)) return value;
    }
  }
  return null;
}

/** True for sheets this tool made (summaries): they are never taken for the list. */
export function isToolSheet(sheet: SheetGrid): boolean {
  return sheetMarker(sheet) !== null;
}
