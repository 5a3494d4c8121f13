/** Runs checks on rows built from the seed, and projects issues to short tuples tests can compare. */
import { DEFAULT_CHOICES, type Choices } from "../../src/core/choices/choices";
import type { Quarter } from "../../src/core/calendar/fiscal-calendar";
import { readLayout } from "../../src/core/list/find-list";
import type { IssueDraft } from "../../src/core/validation/issues";
import { readMeasureRows, type MeasureRow } from "../../src/core/list/measure-row";
import { ruleContext } from "../../src/core/validation/validate";
import type { RowRule, RuleContext, SheetRule } from "../../src/core/validation/rules/rule";
import { listSheet, type ListSheetSpec, type RowValues } from "./list-sheet";

export interface Checked {
  readonly rows: MeasureRow[];
  readonly ctx: RuleContext;
}

/** The seed-layout list holding these rows, read as the validator reads it. */
export function checkedRows(
  rows: readonly RowValues[],
  options: { choices?: Choices; quarter?: Quarter; spec?: ListSheetSpec } = {},
): Checked {
  const sheet = listSheet({ ...options.spec, rows });
  const layout = readLayout(sheet);
  if (!layout) throw new Error("the test sheet has no list");
  const measureRows = readMeasureRows(sheet, layout);
  const choices = options.choices ?? DEFAULT_CHOICES;
  return { rows: measureRows, ctx: ruleContext({ layout, choices, quarter: options.quarter }, measureRows) };
}

/** Every issue one row rule raises over the rows. */
export function runRowRule(
  rule: RowRule,
  rows: readonly RowValues[],
  options: Parameters<typeof checkedRows>[1] = {},
): IssueDraft[] {
  const { rows: measureRows, ctx } = checkedRows(rows, options);
  return measureRows.flatMap((row) => rule.check(row, ctx));
}

export function runSheetRule(
  rule: SheetRule,
  rows: readonly RowValues[],
  options: Parameters<typeof checkedRows>[1] = {},
): IssueDraft[] {
  const { rows: measureRows, ctx } = checkedRows(rows, options);
  return rule.check(measureRows, ctx);
}

/** `[row, field, code]`: the projection frictionless tests assert. */
export function project(
  issues: readonly Pick<IssueDraft, "row" | "field" | "code">[],
): [number | null, string | null, string][] {
  return issues.map((i) => [i.row, i.field, i.code]);
}
