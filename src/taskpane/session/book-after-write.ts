import type { SheetGrid, WorkbookGrid } from "../../core/port/grid";
import { withCells, type CellEdit } from "../../core/port/grid-edit";
import type { ApplyOutcome } from "../../core/port/outcome";
import { newSheetGrid, valueAfter, type WritePlan } from "../../core/port/plan";

/**
 * The workbook as the pane last read it, brought up to date with what a write did, so every view
 * shows the result without reading the workbook again (each read is a round trip in Excel on the
 * web): written cells take their new value, cells a co-author changed take the value found there,
 * added sheets appear with their content, removed sheets go.
 */
export function bookAfterWrite(book: WorkbookGrid, plan: WritePlan, outcome: ApplyOutcome): WorkbookGrid {
  const removed = new Set(outcome.sheetsRemoved.map((m) => m.name));
  const cellsOn = (sheet: string): CellEdit[] => [
    ...outcome.written
      .filter((w) => w.sheet === sheet)
      .map((w) => ({ rowIndex: w.rowIndex, col: w.colIndex, value: valueAfter(w.after) })),
    ...outcome.changed
      .filter((c) => c.sheet === sheet)
      .map((c) => ({ rowIndex: c.rowIndex, col: c.colIndex, value: c.found })),
  ];
  const sheets: SheetGrid[] = book.sheets
    .filter((s) => !removed.has(s.name))
    .map((s) => withCells(s, cellsOn(s.name)));
  for (const { name } of outcome.sheetsAdded) {
    const added = plan.newSheets.find((s) => s.name === name);
    if (!added) continue;
    const at = added.after === null ? -1 : sheets.findIndex((s) => s.name === added.after);
    sheets.splice(at < 0 ? sheets.length : at + 1, 0, newSheetGrid(added));
  }
  return { sheets };
}
