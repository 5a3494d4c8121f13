import type { ColumnBinding } from "../list/layout";
import type { OpenedList } from "../list/open-list";
import { cellAt, type SheetGrid } from "../port/grid";
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

/**
 * Every cell of a sheet as it was read, as one rectangle from A1: for a small sheet read whole
 * (the 目標 sheet) that a summary is made from. Null for an empty sheet.
 */
export function sheetInputs(sheet: SheetGrid): InputCells | null {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  if (width === 0 || sheet.rows.length === 0) return null;
  const columns = Array.from({ length: width }, (_, c) => c);
  const rows = sheet.rows.map((_, r) => columns.map((c) => cellAt(sheet, r, c)));
  return { sheet: sheet.name, top: 0, columns, rows };
}
