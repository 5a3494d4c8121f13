import { parseQuarter, type Quarter } from "../calendar/fiscal-calendar";
import { cellText, isBlank, type SheetGrid, type WorkbookGrid } from "../port/grid";
import { SUMMARY_MARKER, sheetMarker } from "../list/markers";

/**
 * What a summary sheet remembers for the next quarter, inside the workbook: a marker cell naming
 * it as this tool's summary, and a snapshot of every measure's weather and direction in columns
 * hidden at its right. Nothing is kept anywhere else.
 */
export interface SummaryMarker {
  readonly v: 1;
  readonly quarter: string;
  readonly source: string;
  readonly made: string;
}

/** The header cell above the snapshot rows. */
export const SNAPSHOT_HEADER = "measure-list:snapshot";

/** The snapshot's columns, left to right. */
export const SNAPSHOT_COLUMNS = ["id", "weather", "direction", "item"] as const;

export interface SnapshotRow {
  readonly id: string;
  /** Canonical weather, or the text as written when it was not a choice; "" when empty. */
  readonly weather: string;
  readonly direction: string;
  readonly item: string;
}

export interface PreviousSummary {
  readonly sheet: string;
  readonly quarter: Quarter;
  readonly made: string;
  readonly rows: readonly SnapshotRow[];
}

export function summaryMarkerText(marker: SummaryMarker): string {
  return `${SUMMARY_MARKER} ${JSON.stringify(marker)}`;
}

/** The marker a sheet carries, when it is one of this tool's summaries and reads as one. */
export function readSummaryMarker(sheet: SheetGrid): SummaryMarker | null {
  const text = sheetMarker(sheet);
  if (text === null || !text.startsWith(`${SUMMARY_MARKER} `)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(SUMMARY_MARKER.length + 1));
  } catch {
    return null;
  }
  return isMarker(parsed) ? parsed : null;
}

/**
 * The marker's four fields, checked by hand: a schema library would be most of the core's
 * bundle for this one check (bench/core-bundle measures both).
 */
function isMarker(value: unknown): value is SummaryMarker {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.v === 1 && typeof m.quarter === "string" && typeof m.source === "string" && typeof m.made === "string"
  );
}

/**
 * The newest summary of a quarter before `quarter`, read back from its snapshot. A second summary
 * of the same quarter is not "the previous quarter"; a summary whose marker or snapshot cannot be
 * read is skipped as if it were a person's own sheet.
 */
export function findPreviousSummary(book: WorkbookGrid, quarter: Quarter): PreviousSummary | null {
  let best: PreviousSummary | null = null;
  for (const sheet of book.sheets) {
    const marker = readSummaryMarker(sheet);
    if (!marker) continue;
    const parsed = parseQuarter(marker.quarter);
    if (!parsed.ok || order(parsed.value) >= order(quarter)) continue;
    const rows = readSnapshot(sheet);
    if (rows === null) continue;
    const candidate = { sheet: sheet.name, quarter: parsed.value, made: marker.made, rows };
    if (
      !best ||
      order(candidate.quarter) > order(best.quarter) ||
      (order(candidate.quarter) === order(best.quarter) && candidate.made > best.made)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The snapshot rows under the SNAPSHOT_HEADER cell, up to the first row without an id. */
export function readSnapshot(sheet: SheetGrid): SnapshotRow[] | null {
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const c = cells.findIndex((v) => v === SNAPSHOT_HEADER);
    if (c < 0) continue;
    const rows: SnapshotRow[] = [];
    // The row right under the header names the columns; data starts below it.
    for (let k = r + 2; k < sheet.rows.length; k++) {
      const row = sheet.rows[k] ?? [];
      if (isBlank(row[c] ?? null)) break;
      const at = (i: number) => cellText(row[c + i] ?? null).trim();
      rows.push({ id: at(0), weather: at(1), direction: at(2), item: at(3) });
    }
    return rows;
  }
  return null;
}

function order(q: Quarter): number {
  return q.fiscalYear * 4 + q.quarter;
}
