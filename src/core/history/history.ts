import { cellAddress } from "../port/grid";
import type { WrittenCell } from "../port/outcome";
import { EMPTY, plannedFrom, text, type NewSheet, type PlannedValue, type WritePlan } from "../port/plan";

/**
 * The hidden 変更履歴 sheet: one row per cell the add-in wrote (time, operation, sheet, cell, old,
 * new), appended in the same write as the change itself. The PMO can unhide it to see, or put
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

/** Where the history sheet is now: absent, or its rows in use (from A1), read just before writing. */
export type HistoryState = { readonly exists: false } | { readonly exists: true; readonly rowCount: number };

/**
 * The history rows for the cells a write changed; each sheet it added or removed (an undo takes
 * the tool's own sheets away again) is one row more.
 */
export function historyRows(
  written: readonly Pick<WrittenCell, "sheet" | "rowIndex" | "colIndex" | "before" | "after">[],
  sheets: { readonly added: readonly string[]; readonly removed: readonly string[] },
  operation: string,
  time: string,
): PlannedValue[][] {
  const rows = written.map((w) => [
    text(time),
    text(operation),
    text(w.sheet),
    text(cellAddress(w.rowIndex, w.colIndex)),
    plannedFrom(w.before),
    w.after,
  ]);
  for (const sheet of sheets.added)
    rows.push([text(time), text(operation), text(sheet), text("（シート追加）"), EMPTY, EMPTY]);
  for (const sheet of sheets.removed)
    rows.push([text(time), text(operation), text(sheet), text("（シート削除）"), EMPTY, EMPTY]);
  return rows;
}

/** The plan that appends history rows: a new hidden sheet the first time, then rows at its end. */
export function historyPlan(rows: readonly PlannedValue[][], state: HistoryState): WritePlan {
  if (rows.length === 0) return { newSheets: [], runs: [], dropdowns: [] };
  if (!state.exists) return { newSheets: [historySheet(rows)], runs: [], dropdowns: [] };
  // One rectangle below the last row: a single write, expecting empty cells there.
  const run = {
    sheet: HISTORY_SHEET,
    top: state.rowCount,
    left: 0,
    values: rows,
    expected: rows.map((row) => row.map(() => null)),
    field: null,
    purpose: "history" as const,
  };
  return { newSheets: [], runs: [run], dropdowns: [] };
}

function historySheet(rows: readonly PlannedValue[][]): NewSheet {
  const header = HISTORY_HEADER.map((h, col) => ({
    rowIndex: 0,
    col,
    value: text(h),
    style: "header" as const,
  }));
  const cells = rows.flatMap((row, i) => row.map((value, col) => ({ rowIndex: i + 1, col, value })));
  return {
    name: HISTORY_SHEET,
    hidden: true,
    after: null,
    content: {
      cells: [...header, ...cells],
      merges: [],
      columnWidths: [18, 14, 16, 8, 40, 40],
      freezeRows: 1,
    },
  };
}
