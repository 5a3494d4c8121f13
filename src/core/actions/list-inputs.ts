import type { ColumnBinding } from "../list/layout";
import type { OpenedList } from "../list/open-list";
import { cellAt } from "../port/grid";
import type { InputCells } from "../port/plan";

/**
 * The cells of the list's data rows in some columns, as they were read: what values computed from
 * them (a row's 達成率, a summary) depend on. One rectangle of rows per header block, so the write
 * checks them in a few reads, not one per row.
 */
export function listInputs(list: OpenedList, keep: (binding: ColumnBinding) => boolean): InputCells[] {
  const out: InputCells[] = [];
  for (const block of list.layout.blocks) {
    if (block.dataRowIndexes.length === 0) continue;
    const columns = [...new Set(block.columns.filter(keep).map((b) => b.col))].sort((a, b) => a - b);
    if (columns.length === 0) continue;
    const top = block.dataRowIndexes[0];
    const bottom = block.dataRowIndexes[block.dataRowIndexes.length - 1];
    const rows = [];
    for (let r = top; r <= bottom; r++) rows.push(columns.map((c) => cellAt(list.sheet, r, c)));
    out.push({ sheet: list.sheet.name, top, columns, rows });
  }
  return out;
}
