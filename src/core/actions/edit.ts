import type { Quarter } from "../calendar/fiscal-calendar";
import { measureRowsAt } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";
import { plannedFrom, sameValue } from "../port/plan";
import { toRuns, type CellWrite } from "../port/runs";
import type { Issue } from "../validation/issues";
import type { ActionOutput } from "./action";
import { checkRows, type RowEdit } from "./check-rows";
import { saveVerdict, type SaveVerdict } from "./save-check";

export interface EditReport {
  /** Cells whose value the edits change; cells edited back to what they held are not written. */
  readonly changed: number;
  /** The same rules as the check, on the edited rows: shown before the PL saves. */
  readonly issues: readonly Issue[];
  /** Whether the save may be written: refused while it writes or causes an error. */
  readonly verdict: SaveVerdict;
}

/**
 * A PL's edits of their own rows (progress, weather, direction, reason, actual): a plan that writes
 * only the cells whose value changed, each expecting what was read, so a co-author's newer edit of
 * the same cell is reported instead of overwritten.
 */
export function planEdits(
  list: OpenedList,
  edits: readonly RowEdit[],
  options: { readonly quarter?: Quarter | null; readonly language?: Language } = {},
): ActionOutput<EditReport> {
  const byRow = new Map(edits.map((e) => [e.rowIndex, e]));
  const writes: CellWrite[] = [];
  for (const row of measureRowsAt(list.sheet, list.layout, new Set(byRow.keys()))) {
    const edit = byRow.get(row.rowIndex);
    if (!edit) continue;
    for (const [key, value] of Object.entries(edit.values)) {
      const binding = row.columns.get(key);
      if (!binding) continue;
      const current = row.value(key);
      const planned = plannedFrom(value);
      if (sameValue(current, planned) && (planned.kind !== "empty" || current === null)) continue;
      writes.push({
        sheet: list.sheet.name,
        rowIndex: row.rowIndex,
        col: binding.col,
        value: planned,
        expected: current,
        field: key,
        purpose: "edit",
      });
    }
  }
  const issues = checkRows(list, edits, options);
  const unedited = checkRows(
    list,
    edits.map((e) => ({ rowIndex: e.rowIndex, values: {} })),
    options,
  );
  const written = writes.map((w) => ({ row: w.rowIndex + 1, field: w.field ?? "" }));
  return {
    report: { changed: writes.length, issues, verdict: saveVerdict(unedited, issues, written) },
    plan: { newSheets: [], runs: toRuns(writes), dropdowns: [] },
  };
}
