import type { CellValue } from "../port/grid";
import type { ApplyOutcome, ChangedCell } from "../port/outcome";
import { plannedFrom, stillHolds, valueAfter, type ValidationRestore, type WritePlan } from "../port/plan";
import { toRuns, type CellWrite } from "../port/runs";

/**
 * The plan that undoes an applied one: every written cell back to its old value and number
 * format, the dropdowns' ranges back to the validation they had, the tool's added sheets removed.
 * Each cell expects what the tool wrote, so a host restores only cells nobody changed since and
 * reports the others, the same co-author guard as any write.
 */
export function planUndo(outcome: ApplyOutcome): WritePlan {
  const cells: CellWrite[] = outcome.written.map((w) => ({
    sheet: w.sheet,
    rowIndex: w.rowIndex,
    col: w.colIndex,
    value: plannedFrom(w.before),
    expected: valueAfter(w.after),
    field: w.field,
    purpose: "undo",
    format: w.beforeFormat,
  }));
  const restoreValidations: ValidationRestore[] = outcome.dropdowns
    .filter((d) => d.status === "written")
    .map((d) => ({ sheet: d.rule.sheet, range: d.range, before: d.before }));
  return {
    newSheets: [],
    runs: toRuns(cells),
    dropdowns: [],
    removeSheets: outcome.sheetsAdded,
    restoreValidations,
  };
}

/**
 * The written cells someone changed since: what an undo will leave alone, listed before the person
 * confirms it. `now` gives a cell's current value (0-based row and column).
 */
export function changedSinceApplied(
  outcome: ApplyOutcome,
  now: (sheet: string, rowIndex: number, colIndex: number) => CellValue,
): ChangedCell[] {
  const changed: ChangedCell[] = [];
  for (const w of outcome.written) {
    const found = now(w.sheet, w.rowIndex, w.colIndex);
    const expected = valueAfter(w.after);
    if (!stillHolds(found, expected))
      changed.push({
        reason: "changed",
        sheet: w.sheet,
        rowIndex: w.rowIndex,
        colIndex: w.colIndex,
        expected,
        found,
        planned: plannedFrom(w.before),
        field: w.field,
        purpose: "undo",
      });
  }
  return changed;
}
