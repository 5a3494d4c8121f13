import { HISTORY_HEADER, HISTORY_SHEET, historySheet } from "../history/history";
import { EMPTY, plannedFormat, sameValue, text, type PlannedValue } from "../port/plan";
import type { CellValue } from "../port/grid";
import type { Op, RawContent, SheetRef } from "./write-port";

/** One 変更履歴 row of this write and what it describes: a cell or a sheet (`cellKey`, `sheetKey`). */
export interface HistoryEntry {
  readonly key: string;
  readonly row: readonly PlannedValue[];
}

export function cellKey(sheet: string, rowIndex: number, colIndex: number): string {
  return `cell\u0000${sheet}\u0000${rowIndex}\u0000${colIndex}`;
}

export function sheetKey(sheet: string, change: "added" | "removed"): string {
  return `sheet\u0000${sheet}\u0000${change}`;
}

/** A key of a cell or sheet whose sheet was renamed, under the new name. */
export function renamedKey(key: string, from: string, to: string): string {
  const parts = key.split("\u0000");
  if (parts[1] !== from) return key;
  parts[1] = to;
  return parts.join("\u0000");
}

/**
 * The rows a write keeps in 変更履歴: they start below the rows already there and travel in the
 * same request as the cells they describe. That request loads the rows it appends to first: a row
 * another person's add-in appended there in the meantime is written back and this write's row goes
 * again below (`taken`), so two people saving at once both keep their rows. A row whose cell was put back (a co-author's edit seen
 * in the moment before the write, or a write undone after a failure) is blanked in the request
 * that puts the cell back, so the log holds exactly the cells that changed.
 */
export class HistoryLog {
  /** Every row this write has sent, by offset from `top`, and whether the sheet holds it now. */
  private readonly sent: HistoryEntry[] = [];
  private readonly live: boolean[] = [];
  /** Sheets renamed while the write ran, old name to new. */
  private readonly renames = new Map<string, string>();
  private sheet: SheetRef;
  /** This write adds the sheet (there was none); `toAdd` until a request has asked for it. */
  readonly creates: boolean;
  private toAdd: boolean;
  readonly top: number;

  constructor(existing: { readonly rows: number | null; readonly id: string | null }) {
    this.creates = existing.id === null;
    this.toAdd = this.creates;
    this.sheet = { name: HISTORY_SHEET, id: existing.id };
    // A new sheet has its header in row 1; an existing one takes rows below its last used row.
    this.top = existing.id === null ? 1 : Math.max(1, existing.rows ?? 0);
  }

  get ref(): SheetRef {
    return this.sheet;
  }

  /** The identity the host gave the sheet when this write added it. */
  identify(id: string): void {
    this.sheet = { name: HISTORY_SHEET, id };
    this.toAdd = false;
  }

  /** A request that was to add the sheet failed without adding it: the next append adds it. */
  notAdded(): void {
    if (!this.creates || this.sheet.id !== null) return;
    this.toAdd = true;
    this.sent.length = 0;
    this.live.length = 0;
  }

  /** Rows the sheet holds now. */
  entries(): HistoryEntry[] {
    return this.sent.filter((_, i) => this.live[i]);
  }

  /** The keys of the rows the sheet holds now. */
  liveKeys(): Set<string> {
    return new Set(this.entries().map((e) => e.key));
  }

  /** The rows this write has sent, from `top`: where a read after a failure looks. */
  get span(): number {
    return this.sent.length;
  }

  /**
   * The operations that append rows (adding the sheet the first time): they go in the same
   * request as the cells the rows describe.
   */
  append(sending: readonly HistoryEntry[]): Op[] {
    if (sending.length === 0) return [];
    const entries = sending.map((e) => {
      const from = sheetOf(e.row) ?? "";
      const renamed = this.renames.get(from);
      return renamed === undefined
        ? e
        : { key: renamedKey(e.key, from, renamed), row: withSheet(e.row, renamed) };
    });
    const ops: Op[] = [];
    if (this.toAdd) {
      // The sheet as any sheet the tool adds: its layout, then its header cells.
      const spec = historySheet();
      ops.push(
        { kind: "add-sheet", spec: { ...spec, content: { ...spec.content, cells: [] } }, position: null },
        { kind: "sheet-cells", sheet: this.sheet, cells: spec.content.cells, rowHeights: {} },
      );
    }
    this.toAdd = false;
    ops.push({
      kind: "cells",
      sheet: this.sheet,
      top: this.top + this.sent.length,
      left: 0,
      contents: entries.map((e) => e.row),
      formats: rowFormats(entries),
      look: null,
    });
    this.sent.push(...entries);
    this.live.push(...entries.map(() => true));
    return ops;
  }

  /**
   * A sheet renamed while this write ran: the rows already sent that name it are rewritten (their
   * sheet column, one operation per run of neighbouring rows), and rows sent later take the new name.
   */
  rename(from: string, to: string): Op[] {
    this.renames.set(from, to);
    const offsets: number[] = [];
    this.sent.forEach((e, i) => {
      if (sheetOf(e.row) !== from) return;
      this.sent[i] = { key: renamedKey(e.key, from, to), row: withSheet(e.row, to) };
      if (this.live[i]) offsets.push(i);
    });
    return runsOf(offsets).map(([start, count]) => ({
      kind: "cells",
      sheet: this.sheet,
      top: this.top + start,
      left: SHEET_COLUMN,
      contents: Array.from({ length: count }, () => [text(to)]),
      formats: null,
      look: null,
    }));
  }

  /** The operations that blank the rows of these keys, one per run of neighbouring rows. */
  blank(keys: ReadonlySet<string>): Op[] {
    const offsets: number[] = [];
    this.sent.forEach((e, i) => {
      if (this.live[i] && keys.has(e.key)) offsets.push(i);
    });
    for (const i of offsets) this.live[i] = false;
    return runsOf(offsets).map(([start, count]) => ({
      kind: "cells",
      sheet: this.sheet,
      top: this.top + start,
      left: 0,
      contents: Array.from({ length: count }, () => BLANK_ROW),
      formats: null,
      look: null,
    }));
  }

  /**
   * A request refused whole is sent again in smaller pieces: its rows, the last `count` sent and
   * found not written, are taken back so the new pieces append them at the same places.
   */
  withdraw(count: number): void {
    let n = Math.min(count, this.sent.length);
    while (n > 0 && !this.live[this.sent.length - 1]) {
      this.sent.pop();
      this.live.pop();
      n--;
    }
  }

  /** After a failed request: the rows as read back from the sheet (from `top`) are what it holds. */
  settle(rows: readonly (readonly CellValue[])[]): void {
    this.sent.forEach((entry, i) => {
      const found = rows[i] ?? [];
      this.live[i] = entry !== TAKEN && entry.row.every((planned, j) => sameValue(found[j] ?? null, planned));
    });
  }

  /**
   * Rows this write appended at `offset` (from `top`) that held someone else's row just before it
   * wrote (another person's add-in appending to 変更履歴 at the same moment), given as typed. Their
   * rows are written back where they were, and this write's rows there are to be appended again
   * below: the places become someone else's, and this log never writes or blanks them again.
   */
  taken(offset: number, before: readonly (readonly RawContent[])[]): { ops: Op[]; again: HistoryEntry[] } {
    const places: number[] = [];
    const again: HistoryEntry[] = [];
    before.forEach((row, i) => {
      const at = offset + i;
      if (at >= this.sent.length || row.every((raw) => raw === "")) return;
      if (this.live[at]) again.push(this.sent[at]);
      this.sent[at] = TAKEN;
      this.live[at] = false;
      places.push(i);
    });
    const ops: Op[] = places.map((i) => ({
      kind: "cells",
      sheet: this.sheet,
      top: this.top + offset + i,
      left: 0,
      contents: [before[i].map((raw) => ({ kind: "raw", raw }))],
      formats: null,
      look: null,
    }));
    return { ops, again };
  }
}

/** Formats for appended rows: Text where a value would be retyped, General elsewhere. */
export function rowFormats(entries: readonly HistoryEntry[]): string[][] | null {
  const formats = entries.map((e) => e.row.map((v) => plannedFormat(v) ?? "General"));
  return formats.some((row) => row.some((f) => f !== "General")) ? formats : null;
}

/** The column of a row that names the sheet (C: シート). */
const SHEET_COLUMN = HISTORY_HEADER.indexOf("シート");

function sheetOf(row: readonly PlannedValue[]): string | null {
  const cell = row[SHEET_COLUMN];
  return cell?.kind === "text" ? cell.text : null;
}

function withSheet(row: readonly PlannedValue[], name: string): PlannedValue[] {
  return row.map((v, i) => (i === SHEET_COLUMN ? text(name) : v));
}

/** Neighbouring offsets as runs: `[start, count]`. */
function runsOf(offsets: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of offsets) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/** A place in 変更履歴 another writer's row holds: never this log's row again. */
const TAKEN: HistoryEntry = { key: "taken", row: [] };

/** A row of the log's width, HISTORY_HEADER's (a sheet made before 変更者 is blanked as wide). */
const BLANK_ROW: readonly PlannedValue[] = HISTORY_HEADER.map(() => EMPTY);

export const HISTORY_COLUMNS = HISTORY_HEADER.length;
