import { ChoiceIndex, type Choices } from "../choices/choices";
import type { Quarter } from "../calendar/fiscal-calendar";
import { columnIndex, columnLetter, type SheetGrid } from "../port/grid";
import { countIssues, type Issue, type IssueCounts, type IssueDraft } from "./issues";
import { headerRowIndexesOf, primaryColumns, type ListLayout } from "../list/layout";
import { readMeasureRows, type MeasureRow } from "../list/measure-row";
import { wordIssue, type Language } from "../messages/messages";
import { cellErrors } from "./rules/cell-errors";
import { choiceValues } from "./rules/choice-values";
import { codeAgreement } from "./rules/codes";
import { requiredColumns } from "./rules/columns";
import { requiredValues, weatherMarkSymbols } from "./rules/required-values";
import { directionReason } from "./rules/direction-reason";
import { duplicateIds } from "./rules/duplicate-ids";
import { idFormat } from "./rules/ids";
import { kpiValues } from "./rules/kpi-values";
import { labelConsistency, majorityLabels } from "./rules/labels";
import { rateRange } from "./rules/rate-range";
import type { RowRule, RuleContext, SheetRule } from "./rules/rule";
import { targetSide } from "./rules/target-side";
import { weatherPace } from "./rules/weather-pace";

/** Checks of one row each, in the order their issues read best for one cell. */
export const ROW_RULES: readonly RowRule[] = [
  cellErrors,
  requiredValues,
  idFormat,
  codeAgreement,
  choiceValues,
  directionReason,
  kpiValues,
  rateRange,
  weatherPace,
  targetSide,
];

export const SHEET_RULES: readonly SheetRule[] = [requiredColumns, duplicateIds, labelConsistency];

export interface ValidateInput {
  readonly sheet: SheetGrid;
  readonly layout: ListLayout;
  readonly choices: Choices;
  /** Adds the pace check (`weather-mismatch`) for this quarter. */
  readonly quarter?: Quarter | null;
  /** Issues found before validation, such as a 選択肢 sheet that cannot be used. */
  readonly extraIssues?: readonly IssueDraft[];
  /** The language of the messages; Japanese unless the reader's Excel speaks another. */
  readonly language?: Language;
}

/** The validation report §9 prints: where the list is, and every issue in sheet order. */
export interface ValidationReport {
  readonly sheet: string;
  /** 1-based header rows, repeated ones included. */
  readonly headerRows: readonly number[];
  readonly dataRows: number;
  /** Column key → letter, from the first header. */
  readonly columns: Readonly<Record<string, string>>;
  readonly issues: readonly Issue[];
  readonly counts: IssueCounts;
  readonly rows: readonly MeasureRow[];
}

/** Runs every check over the list and returns its issues worded in Japanese, sheet-level first. */
export function validateList(input: ValidateInput): ValidationReport {
  const rows = readMeasureRows(input.sheet, input.layout);
  const ctx = ruleContext(input, rows);
  const drafts: IssueDraft[] = [...(input.extraIssues ?? [])];
  for (const rule of SHEET_RULES) drafts.push(...rule.check(rows, ctx));
  for (const row of rows) for (const rule of ROW_RULES) for (const d of rule.check(row, ctx)) drafts.push(d);
  const issues = sortIssues(drafts).map((d) => wordIssue(d, input.language));
  const columns: Record<string, string> = {};
  for (const binding of primaryColumns(input.layout)) columns[binding.key] = columnLetter(binding.col);
  return {
    sheet: input.layout.sheet,
    headerRows: headerRowIndexesOf(input.layout).map((r) => r + 1),
    dataRows: rows.length,
    columns,
    issues,
    counts: countIssues(issues),
    rows,
  };
}

/** What every rule may consult, from the whole list's rows (majority spellings need them all). */
export function ruleContext(
  input: Pick<ValidateInput, "layout" | "choices" | "quarter">,
  rows: readonly MeasureRow[],
): RuleContext {
  const weather = new ChoiceIndex(input.choices.weather);
  return {
    layout: input.layout,
    choices: input.choices,
    weather,
    direction: new ChoiceIndex(input.choices.direction),
    quarter: input.quarter ?? null,
    majorityLabels: majorityLabels(rows),
    weatherMarks: weatherMarkSymbols(weather),
  };
}

/** Sheet-level issues first, then by row and column, so a report reads down the sheet. */
export function sortIssues(drafts: IssueDraft[]): IssueDraft[] {
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rowOrder(a.d) - rowOrder(b.d) || colOrder(a.d) - colOrder(b.d) || a.i - b.i)
    .map((x) => x.d);
}

function rowOrder(d: IssueDraft): number {
  return d.row === null ? -1 : d.row;
}

function colOrder(d: IssueDraft): number {
  return d.column === null ? -1 : columnIndex(d.column);
}
