import { cellAddress } from "../port/grid";
import type { WrittenCell } from "../port/outcome";
import { EMPTY, plannedFrom, text, type NewSheet, type PlannedValue } from "../port/plan";

/**
 * The hidden 変更履歴 sheet: one row per cell the add-in wrote (time, operation, sheet, cell, old,
 * new, who), written in the same request as the cells they describe (core/write), so the log never
 * holds a cell that was not written. The PMO can unhide it to see, or put
 * back, anything a person had before the tool touched it.
 */
export const HISTORY_SHEET = "変更履歴";

/**
 * The columns of a row. 変更者 came later: a sheet made with the first six keeps its header, and
 * the rows written since simply have the seventh column.
 */
export const HISTORY_HEADER = ["日時", "操作", "シート", "セル", "変更前", "変更後", "変更者"] as const;

/** What every 変更履歴 row of one write says besides the cell: when, what, and who. */
export interface HistoryLabel {
  readonly operation: string;
  /** The person's local time, `2026-11-20 09:30`. */
  readonly time: string;
  /**
   * 変更者: the name the person gave once (Excel tells an add-in nobody's identity), or the OS user
   * for the command line; "" when none was given, which leaves the cell empty.
   */
  readonly by: string;
}

/** What each action is called in the history, as a person would name it. */
export const OPERATION_LABELS = {
  fill: "選択肢の設定",
  attainment: "達成率の計算",
  summary: "サマリー作成",
  edit: "PL の編集",
  fix: "修正",
  "accept-kpi": "KPI 候補の採用",
  undo: "元に戻す",
  "targets-sheet": "目標シートの追加",
} as const;

export type Operation = keyof typeof OPERATION_LABELS;

/**
 * The history rows for the cells a write changed; each sheet it added or removed (an undo takes
 * the tool's own sheets away again) is one row more.
 */
export function historyRows(
  written: readonly HistoryCell[],
  sheets: { readonly added: readonly string[]; readonly removed: readonly string[] },
  label: HistoryLabel,
): PlannedValue[][] {
  return [
    ...written.map((w) => historyRow(w, label)),
    ...sheets.added.map((sheet) => sheetHistoryRow(sheet, "added", label)),
    ...sheets.removed.map((sheet) => sheetHistoryRow(sheet, "removed", label)),
  ];
}

export type HistoryCell = Pick<WrittenCell, "sheet" | "rowIndex" | "colIndex" | "before" | "after">;

/** One cell's row: time, operation, sheet, cell, old value, new value, who. */
export function historyRow(w: HistoryCell, label: HistoryLabel): PlannedValue[] {
  return [
    text(label.time),
    text(label.operation),
    text(w.sheet),
    text(cellAddress(w.rowIndex, w.colIndex)),
    plannedFrom(w.before),
    w.after,
    byValue(label.by),
  ];
}

/** A sheet the write added or took away, as one row. */
export function sheetHistoryRow(
  sheet: string,
  change: "added" | "removed",
  label: HistoryLabel,
): PlannedValue[] {
  const what = change === "added" ? "（シート追加）" : "（シート削除）";
  return [text(label.time), text(label.operation), text(sheet), text(what), EMPTY, EMPTY, byValue(label.by)];
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
      columnWidths: [18, 14, 16, 8, 40, 40, 16],
      freezeRows: 1,
    },
  };
}

/** The name as typed, kept as text even when it starts like a formula; nothing when none was given. */
function byValue(by: string): PlannedValue {
  const name = by.trim();
  return name === "" ? EMPTY : text(name);
}
