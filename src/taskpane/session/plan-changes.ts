import { labelOfKey } from "../../core/list/fields";
import { measureAt, type MeasureName, type MeasureNames } from "../../core/list/measure-names";
import { cellAddress, cellText, type CellValue } from "../../core/port/grid";
import { rangesA1, type PlannedValue, type WritePlan } from "../../core/port/plan";
import { cellsOf, type CellWrite } from "../../core/port/runs";
import type { CellRef } from "../../core/port/host";

/** One cell a plan writes, as the confirmation lists it: whose, which field, and old → new as text. */
export interface CellChange {
  readonly cell: CellRef;
  /** `N60`. */
  readonly address: string;
  readonly field: string | null;
  /** The field as the list's header names it (`天気`, `R7実績値`); null for a cell with no field. */
  readonly fieldLabel: string | null;
  /** 施策番号 and 管理項目 of the row, null for a cell outside the list's measures. */
  readonly measure: MeasureName | null;
  readonly before: string;
  readonly after: string;
}

/**
 * Header cells the tool fills where they were empty (達成率's 「達成率」「達成度」 in every header
 * block), or empties again on undo: one line, since each says the same thing.
 */
export interface HeaderChanges {
  readonly count: number;
  readonly labels: readonly string[];
  /** True for an undo, which takes the labels away. */
  readonly clears: boolean;
}

/** Everything a plan will do, in the words of a person checking it before it is written. */
export interface PlanChanges {
  readonly cells: readonly CellChange[];
  readonly headers: HeaderChanges | null;
  readonly newSheets: readonly { readonly name: string; readonly hidden: boolean; readonly cells: number }[];
  readonly dropdowns: readonly { readonly sheet: string; readonly field: string; readonly ranges: string }[];
  readonly removeSheets: readonly string[];
  /** Ranges whose earlier data validation an undo puts back. */
  readonly restoredValidations: number;
}

/** What a confirmation knows besides the plan, to name cells as a person would. */
export interface ChangeContext {
  readonly measures?: MeasureNames;
  /** For an undo: the cells the undone write added as headers (`施策リスト!4:22`). */
  readonly headerCells?: ReadonlySet<string>;
}

/**
 * Reads a plan's runs cell by cell, row by row as a person reads the sheet, and its new sheets,
 * dropdowns and removals, for the confirmation.
 */
export function planChanges(plan: WritePlan, context: ChangeContext = {}): PlanChanges {
  const cells: CellChange[] = [];
  const headers: CellChange[] = [];
  const writes = [...cellsOf(plan.runs)].sort(
    (a, b) => sheetOrder(a, b) || a.rowIndex - b.rowIndex || a.col - b.col,
  );
  for (const w of writes) {
    const change = changeOf(w, context.measures);
    const header = w.purpose === "header" || context.headerCells?.has(cellKey(w.sheet, w.rowIndex, w.col));
    // A header cell that held other text is the person's own: listed on its own line.
    const collapsed = header && (w.purpose === "undo" ? change.after === "" : change.before === "");
    (collapsed ? headers : cells).push(change);
  }
  const clears = writes.some((w) => w.purpose === "undo");
  const labels = [...new Set(headers.map((h) => (clears ? h.before : h.after)))];
  return {
    cells,
    headers: headers.length === 0 ? null : { count: headers.length, labels, clears },
    newSheets: plan.newSheets.map((s) => ({ name: s.name, hidden: s.hidden, cells: s.content.cells.length })),
    dropdowns: plan.dropdowns.map((d) => ({ sheet: d.sheet, field: d.field, ranges: rangesA1(d.ranges) })),
    removeSheets: (plan.removeSheets ?? []).map((m) => m.name),
    restoredValidations: plan.restoreValidations?.length ?? 0,
  };
}

/** The key `headerCells` holds a cell under (0-based row and column). */
export function cellKey(sheet: string, rowIndex: number, col: number): string {
  return `${sheet}!${rowIndex}:${col}`;
}

/** True when a plan changes nothing at all: the confirmation then offers nothing to write. */
export function changesNothing(c: PlanChanges): boolean {
  return (
    c.cells.length === 0 &&
    c.headers === null &&
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

function changeOf(w: CellWrite, measures: MeasureNames | undefined): CellChange {
  return {
    cell: { sheet: w.sheet, rowIndex: w.rowIndex, col: w.col },
    address: cellAddress(w.rowIndex, w.col),
    field: w.field,
    fieldLabel: w.field === null ? null : labelOfKey(w.field),
    measure: measureAt(measures, w.sheet, w.rowIndex),
    before: shownValue(w.expected),
    after: shownPlanned(w.value),
  };
}

// Sheets by name, as the plan's runs are ordered; rows and columns as a person reads them.
function sheetOrder(a: CellWrite, b: CellWrite): number {
  return a.sheet === b.sheet ? 0 : a.sheet < b.sheet ? -1 : 1;
}
