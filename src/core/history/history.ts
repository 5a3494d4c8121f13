import { cellAddress } from "../port/grid";
import type { WrittenCell } from "../port/outcome";
import { EMPTY, plannedFrom, text, type NewSheet, type PlannedValue } from "../port/plan";

/**
 * The hidden 変更履歴 sheet: one row per cell the add-in wrote (time, operation, sheet, cell, old,
 * new), written in the same request as the cells they describe (core/write), so the log never
 * holds a cell that was not written. The PMO can unhide it to see, or put
 * back, anything a person had before the tool touched it.
 */
export const HISTORY_SHEET = "変更履歴";

export const HISTORY_HEADER = ["日時", "操作", "シート", "セル", "変更前", "変更後"] as const;

/** What each action is called in the history, as a person would name it. */
export const OPERATION_LABELS = {
  fill: "選択肢の設定",
  attainment: "達成率の計算",
  summary: "サマリー作成",
  edit: "PL の編集",
  fix: "修正",
  "accept-kpi": "KPI 候補の採用",
  undo: "元に戻す",
} as const;

export type Operation = keyof typeof OPERATION_LABELS;

/**
 * The history rows for the cells a write changed; each sheet it added or removed (an undo takes
 * the tool's own sheets away again) is one row more.
 */
export function historyRows(
  written: readonly HistoryCell[],
  sheets: { readonly added: readonly string[]; readonly removed: readonly string[] },
  operation: string,
  time: string,
): PlannedValue[][] {
  return [
    ...written.map((w) => historyRow(w, operation, time)),
    ...sheets.added.map((sheet) => sheetHistoryRow(sheet, "added", operation, time)),
    ...sheets.removed.map((sheet) => sheetHistoryRow(sheet, "removed", operation, time)),
  ];
}

export type HistoryCell = Pick<WrittenCell, "sheet" | "rowIndex" | "colIndex" | "before" | "after">;

/** One cell's row: time, operation, sheet, cell, old value, new value. */
export function historyRow(w: HistoryCell, operation: string, time: string): PlannedValue[] {
  return [
    text(time),
    text(operation),
    text(w.sheet),
    text(cellAddress(w.rowIndex, w.colIndex)),
    plannedFrom(w.before),
    w.after,
  ];
}

/** A sheet the write added or took away, as one row. */
export function sheetHistoryRow(
  sheet: string,
  change: "added" | "removed",
  operation: string,
  time: string,
): PlannedValue[] {
  const what = change === "added" ? "（シート追加）" : "（シート削除）";
  return [text(time), text(operation), text(sheet), text(what), EMPTY, EMPTY];
}

/** The 変更履歴 sheet as the tool makes it the first time: hidden, last, its header frozen. */
export function historySheet(): NewSheet {
  return {
    name: HISTORY_SHEET,
    hidden: true,
    after: null,
    content: {
      cells: HISTORY_HEADER.map((h, col) => ({ rowIndex: 0, col, value: text(h), style: "header" as const })),
      merges: [],
      columnWidths: [18, 14, 16, 8, 40, 40],
      freezeRows: 1,
    },
  };
}
