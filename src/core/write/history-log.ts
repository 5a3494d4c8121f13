import { HISTORY_SHEET, historySheet } from "../history/history";
import { EMPTY, plannedFormat, sameValue, type PlannedValue } from "../port/plan";
import type { CellValue } from "../port/grid";
import type { Op, SheetRef } from "./write-port";

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

/**
 * The rows a write keeps in 変更履歴: they start below the rows already there and travel in the
 * same request as the cells they describe. A row whose cell was put back (a co-author's edit seen
 * in the moment before the write, or a write undone after a failure) is blanked in the request
 * that puts the cell back, so the log holds exactly the cells that changed.
 */
export class HistoryLog {
  /** Every row this write has sent, by offset from `top`, and whether the sheet holds it now. */
  private readonly sent: HistoryEntry[] = [];
  private readonly live: boolean[] = [];
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
  append(entries: readonly HistoryEntry[]): Op[] {
    if (entries.length === 0) return [];
    const ops: Op[] = [];
    if (this.toAdd) ops.push({ kind: "add-sheet", spec: historySheet(), position: null });
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

  /** The operations that blank the rows of these keys, one per run of neighbouring rows. */
  blank(keys: ReadonlySet<string>): Op[] {
    const offsets: number[] = [];
    this.sent.forEach((e, i) => {
      if (this.live[i] && keys.has(e.key)) offsets.push(i);
    });
    const ops: Op[] = [];
    let start = 0;
    for (let k = 1; k <= offsets.length; k++) {
      if (k < offsets.length && offsets[k] === offsets[k - 1] + 1) continue;
      const count = offsets[k - 1] - offsets[start] + 1;
      ops.push({
        kind: "cells",
        sheet: this.sheet,
        top: this.top + offsets[start],
        left: 0,
        contents: Array.from({ length: count }, () => BLANK_ROW),
        formats: null,
        look: null,
      });
      start = k;
    }
    for (const i of offsets) this.live[i] = false;
    return ops;
  }

  /** After a failed request: the rows as read back from the sheet (from `top`) are what it holds. */
  settle(rows: readonly (readonly CellValue[])[]): void {
    this.sent.forEach((entry, i) => {
      const found = rows[i] ?? [];
      this.live[i] = entry.row.every((planned, j) => sameValue(found[j] ?? null, planned));
    });
  }
}

/** Formats for appended rows: Text where a value would be retyped, General elsewhere. */
function rowFormats(entries: readonly HistoryEntry[]): string[][] | null {
  const formats = entries.map((e) => e.row.map((v) => plannedFormat(v) ?? "General"));
  return formats.some((row) => row.some((f) => f !== "General")) ? formats : null;
}

const BLANK_ROW: readonly PlannedValue[] = [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY];

export const HISTORY_COLUMNS = BLANK_ROW.length;
