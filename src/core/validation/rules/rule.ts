import type { ChoiceIndex, Choices } from "../../choices/choices";
import type { Quarter } from "../../calendar/fiscal-calendar";
import { columnLetter, isCellError, type CellValue } from "../../port/grid";
import type { IssueCode, IssueDraft, IssueParams, Severity } from "../issues";
import type { ListLayout } from "../../list/layout";
import type { MeasureRow } from "../../list/measure-row";

/** What every check may consult besides the row: the lists in force and the sheet-wide facts. */
export interface RuleContext {
  readonly layout: ListLayout;
  readonly choices: Choices;
  readonly weather: ChoiceIndex;
  readonly direction: ChoiceIndex;
  /** The quarter under review, when the caller named one (`--quarter`); pace checks need it. */
  readonly quarter: Quarter | null;
  /** The spelling most rows use for each pillar letter and each domain code. */
  readonly majorityLabels: ReadonlyMap<string, string>;
  /** Symbol forms of the weather choices (☀️ → ☀), to find a mark typed into another cell. */
  readonly weatherMarks: readonly (readonly [string, string])[];
}

/** A check of one row. It declares the codes it may raise, as frictionless checks do. */
export interface RowRule {
  readonly name: string;
  readonly codes: readonly IssueCode[];
  check(row: MeasureRow, ctx: RuleContext): IssueDraft[];
}

/** A check that needs all rows at once (duplicates, spellings across rows, the header). */
export interface SheetRule {
  readonly name: string;
  readonly codes: readonly IssueCode[];
  check(rows: readonly MeasureRow[], ctx: RuleContext): IssueDraft[];
}

export interface CellIssueOptions {
  readonly severity?: Severity;
  readonly suggestion?: string | null;
}

/** An issue about one cell of a row; the column letter is null when the list lacks the column. */
export function cellIssue<C extends IssueCode>(
  row: MeasureRow,
  key: string,
  code: C,
  params: IssueParams[C],
  options: CellIssueOptions = {},
): IssueDraft {
  const binding = row.columns.get(key);
  return {
    code,
    params,
    severity: options.severity ?? "error",
    row: row.row,
    column: binding === undefined ? null : columnLetter(binding.col),
    field: key,
    fieldName: binding?.field ?? fieldNameOf(key),
    id: row.id,
    value: jsonValue(row.value(key)),
    suggestion: options.suggestion ?? null,
  } as IssueDraft;
}

/** A cell value as issues and JSON carry it: error cells as their code. */
export function jsonValue(value: CellValue): string | number | boolean | null {
  return isCellError(value) ? value.error : value;
}

function fieldNameOf(key: string): IssueDraft["fieldName"] {
  return key.replace(/\[.*$/u, "") as IssueDraft["fieldName"];
}
