import { HISTORY_SHEET } from "../history/history";
import type { CellValue } from "../port/grid";
import { sameSource } from "../port/plan";
import { HISTORY_COLUMNS, type HistoryLog } from "./history-log";
import { readInChunks } from "./read-chunks";
import type { Unit } from "./units";
import type { ReadAnswer, Rect, SheetRef, WritePort } from "./write-port";

/** What a failed piece's cells, sheets, dropdowns and 変更履歴 rows hold now. */
export interface ReadBack {
  readonly now: ReadAnswer;
  /** The 変更履歴 rows this write's log spans, or null when it has none there. */
  readonly rows: readonly (readonly CellValue[])[] | null;
}

/**
 * Reads back what a failed request may have left: its units' target cells and dropdown ranges
 * and the sheets, then the 変更履歴 rows once that sheet is known to be there (the piece may
 * have made it). Null when the read itself fails: then nothing is known of the piece.
 */
export async function readBack(
  port: WritePort,
  units: readonly Unit[],
  ref: (sheet: SheetRef) => SheetRef,
  log: HistoryLog | null,
  known: ReadonlySet<string>,
): Promise<ReadBack | null> {
  const targets = units.filter((u) => u.guard !== null);
  const dropdowns = units.filter((u) => u.dropdown !== undefined);
  const read = await readInChunks(port, {
    ask: {
      sheets: true,
      cells: targets.map((u) => ({ ...(u.guard as Rect), sheet: ref((u.guard as Rect).sheet) })),
      values: [],
      validations: dropdowns.map((u) => rangeRect(ref({ name: u.dropdown?.rule.sheet ?? "", id: null }), u)),
    },
  });
  if (!read.ok) return null;
  if (log && log.ref.id === null) {
    const made = read.value.sheets.find((s) => s.name === HISTORY_SHEET && !known.has(s.id));
    if (made) log.identify(made.id);
    else log.notAdded();
  }
  if (!log || log.ref.id === null || log.span === 0) return { now: read.value, rows: null };
  const rows = await readInChunks(port, {
    ask: {
      sheets: false,
      cells: [],
      values: [{ sheet: log.ref, top: log.top, left: 0, rows: log.span, cols: HISTORY_COLUMNS }],
      validations: [],
    },
  });
  return rows.ok ? { now: read.value, rows: rows.value.values[0] ?? [] } : null;
}

/** Whether a dropdown read back lists what the unit set. */
export function sameSourceText(list: string, unit: Unit): boolean {
  return unit.dropdown !== undefined && sameSource(list, unit.dropdown.rule.source);
}

function rangeRect(sheet: SheetRef, unit: Unit): Rect {
  const r = unit.dropdown?.range ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return { sheet, top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}
