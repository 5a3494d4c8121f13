import { cellAddress, cellText, type CellValue } from "../../core/port/grid";
import { rangesA1, type PlannedValue, type WritePlan } from "../../core/port/plan";
import { cellsOf } from "../../core/port/runs";
import type { CellRef } from "../../core/port/host";

/** One cell a plan writes, as the confirmation lists it: where, and old → new as text. */
export interface CellChange {
  readonly cell: CellRef;
  /** `N60`. */
  readonly address: string;
  readonly field: string | null;
  readonly before: string;
  readonly after: string;
}

/** Everything a plan will do, in the words of a person checking it before it is written. */
export interface PlanChanges {
  readonly cells: readonly CellChange[];
  readonly newSheets: readonly { readonly name: string; readonly hidden: boolean; readonly cells: number }[];
  readonly dropdowns: readonly { readonly sheet: string; readonly field: string; readonly ranges: string }[];
  readonly removeSheets: readonly string[];
  /** Ranges whose earlier data validation an undo puts back. */
  readonly restoredValidations: number;
}

/** Reads a plan's runs cell by cell, and its new sheets, dropdowns and removals, for the confirmation. */
export function planChanges(plan: WritePlan): PlanChanges {
  return {
    cells: cellsOf(plan.runs).map((w) => ({
      cell: { sheet: w.sheet, rowIndex: w.rowIndex, col: w.col },
      address: cellAddress(w.rowIndex, w.col),
      field: w.field,
      before: shownValue(w.expected),
      after: shownPlanned(w.value),
    })),
    newSheets: plan.newSheets.map((s) => ({ name: s.name, hidden: s.hidden, cells: s.content.cells.length })),
    dropdowns: plan.dropdowns.map((d) => ({ sheet: d.sheet, field: d.field, ranges: rangesA1(d.ranges) })),
    removeSheets: (plan.removeSheets ?? []).map((m) => m.name),
    restoredValidations: plan.restoreValidations?.length ?? 0,
  };
}

/** True when a plan changes nothing at all: the confirmation then offers nothing to write. */
export function changesNothing(c: PlanChanges): boolean {
  return (
    c.cells.length === 0 &&
    c.newSheets.length === 0 &&
    c.dropdowns.length === 0 &&
    c.removeSheets.length === 0 &&
    c.restoredValidations === 0
  );
}

/** A cell's value as the pane shows it: always text, never markup. */
export function shownValue(value: CellValue): string {
  return cellText(value);
}

/** A planned value as it will read once written; a percentage as Excel shows it. */
export function shownPlanned(value: PlannedValue): string {
  if (value.kind === "empty") return "";
  if (value.kind === "text") return value.text;
  const percent = value.format?.match(/^0(?:\.(0+))?%$/u);
  if (percent) return `${(value.value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  return cellText(value.value);
}
