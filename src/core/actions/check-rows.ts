import type { Quarter } from "../calendar/fiscal-calendar";
import { measureRowsAt, readMeasureRows } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import { wordIssue, type Language } from "../messages/messages";
import type { CellValue, SheetGrid } from "../port/grid";
import { withCells, type CellEdit } from "../port/grid-edit";
import type { Issue, IssueDraft } from "../validation/issues";
import { cellIssue } from "../validation/rules/rule";
import { ROW_RULES, ruleContext, sortIssues } from "../validation/validate";

/** A PL's edit of one row: new values by column key (`weather`, `progress`, `actual[R8]`). */
export interface RowEdit {
  /** 0-based grid row of the measure. */
  readonly rowIndex: number;
  readonly values: Readonly<Record<string, CellValue>>;
}

/**
 * Re-checks a few edited rows with the same rules as the whole check, without reading the sheet
 * again: the rows as they were read, with the edits laid over them. Row rules run on each; a
 * duplicate id is found against the other rows as read.
 */
export function checkRows(
  list: OpenedList,
  edits: readonly RowEdit[],
  options: { readonly quarter?: Quarter | null; readonly language?: Language } = {},
): Issue[] {
  const edited = editedSheet(list, edits);
  const wanted = new Set(edits.map((e) => e.rowIndex));
  const all = readMeasureRows(list.sheet, list.layout);
  const ctx = ruleContext({ layout: list.layout, choices: list.choices, quarter: options.quarter }, all);
  const rows = measureRowsAt(edited, list.layout, wanted);
  const drafts: IssueDraft[] = [];
  for (const row of rows) for (const rule of ROW_RULES) drafts.push(...rule.check(row, ctx));
  const firstRowOf = new Map<string, number>();
  for (const row of all) {
    if (row.id !== null && !wanted.has(row.rowIndex) && !firstRowOf.has(row.id))
      firstRowOf.set(row.id, row.row);
  }
  for (const row of rows) {
    const first = row.id === null ? undefined : firstRowOf.get(row.id);
    if (first !== undefined && row.id !== null)
      drafts.push(cellIssue(row, "branch2", "duplicate-id", { id: row.id, firstRow: first }));
  }
  return sortIssues(drafts).map((d) => wordIssue(d, options.language));
}

function editedSheet(list: OpenedList, edits: readonly RowEdit[]): SheetGrid {
  const byKey = new Map(
    list.layout.blocks.flatMap((b) => b.dataRowIndexes.map((r) => [r, b.columns] as const)),
  );
  const cells: CellEdit[] = [];
  for (const edit of edits) {
    const columns = byKey.get(edit.rowIndex);
    for (const [key, value] of Object.entries(edit.values)) {
      const binding = columns?.find((b) => b.key === key);
      if (binding) cells.push({ rowIndex: edit.rowIndex, col: binding.col, value });
    }
  }
  return withCells(list.sheet, cells);
}
