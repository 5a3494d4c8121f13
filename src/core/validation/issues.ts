import type { FieldName } from "../list/fields";

export type Severity = "error" | "warning";

/**
 * What each code carries besides its place. Checks raise codes with these parameters; the
 * message modules (messages-ja.ts, messages-en.ts) turn them into words.
 */
export interface IssueParams {
  /** A column the list needs is not in the header (sheet level). */
  "missing-column": { readonly header: string };
  /** A required cell is empty; `mark` is a weather mark found in another cell of the row. */
  "missing-value": { readonly mark: string | null; readonly markField: string | null };
  /** Neither a choice nor a known variant of one. */
  "invalid-choice": { readonly choices: readonly string[] };
  /** A known variant: the fix is the canonical value. */
  "non-canonical-choice": { readonly canonical: string };
  "reason-required": { readonly direction: string };
  "id-format": { readonly expected: string };
  "duplicate-id": { readonly id: string; readonly firstRow: number };
  /** `other` is the field whose code disagrees; `expected` what this cell should say. */
  "code-mismatch": { readonly other: string; readonly otherCode: string; readonly code: string };
  "label-inconsistent": { readonly code: string; readonly majority: string };
  "cell-error": { readonly error: string };
  "not-a-number": { readonly text: string };
  /**
   * KPI numbers so extreme that the rate for a fiscal year (`R8`; null for the columns without a
   * year) is no finite number, or would give no finite pace: no rate is computed (§6).
   */
  "out-of-range": { readonly fiscalYear: string | null };
  "invalid-polarity": Record<string, never>;
  "weather-mismatch": { readonly suggested: string; readonly pace: number; readonly quarter: string };
  /** A target below its baseline for 増加, or above it for 減少. */
  "target-wrong-side": {
    readonly polarity: "増加" | "減少";
    readonly baseline: number;
    readonly target: number;
  };
  /** The 選択肢 sheet exists but one of its tables cannot be used; the defaults stand in. */
  "invalid-choices-sheet": {
    readonly table: string;
    readonly problem: ChoicesProblem;
    readonly cell: string;
  };
  /** 目標 sheet (issue 17): a row of numbers with a cell that is no number. */
  "target-not-a-number": { readonly target: string; readonly text: string };
  /** 目標 sheet: a unit that differs from the row's first (or its 単位). */
  "target-unit-changes": { readonly target: string; readonly unit: string; readonly expected: string };
  /** 目標 sheet: the stated direction (目標の方向, 「削減」) disagrees with the path's. */
  "target-direction-contradiction": {
    readonly target: string;
    readonly stated: "増加" | "減少";
    readonly path: "増加" | "減少";
  };
  /** 目標 sheet: a year column after a later year (2027年度 before 2026年度). */
  "target-year-order": { readonly year: number; readonly previous: number };
  /** 目標 sheet: a year between the first and the last has no column. */
  "target-year-missing": { readonly year: number };
  /** 目標 sheet: a 関連施策 that names no measure number nor any KPI's 指標名 in the list. */
  "target-link-unknown": { readonly target: string; readonly link: string };
  /** 目標 sheet: a 施策の合計 target whose linked measure's KPI has another unit. */
  "target-kpi-unit-mismatch": {
    readonly target: string;
    readonly measureId: string;
    readonly kpiUnit: string;
    readonly unit: string;
  };
  /** 目標 sheet: a staged target's 実績 that is none of its stages. */
  "target-stage-unknown": { readonly target: string; readonly text: string };
}

/** Why a table of the 選択肢 sheet cannot be used; messages word it. */
export type ChoicesProblem =
  | { readonly code: "no-values" }
  | { readonly code: "repeated"; readonly value: string }
  | { readonly code: "no-column"; readonly column: string }
  | { readonly code: "blank-bound"; readonly value: string }
  | { readonly code: "bound-not-a-number"; readonly value: string; readonly text: string }
  | { readonly code: "bounds-not-falling" }
  | { readonly code: "reason-not-yes-no"; readonly value: string; readonly text: string };

export type IssueCode = keyof IssueParams;

/** Every code, in the order the spec lists them; tests use it to check each has words. */
export const ISSUE_CODES: readonly IssueCode[] = [
  "missing-column",
  "missing-value",
  "invalid-choice",
  "non-canonical-choice",
  "reason-required",
  "id-format",
  "duplicate-id",
  "code-mismatch",
  "label-inconsistent",
  "cell-error",
  "not-a-number",
  "out-of-range",
  "invalid-polarity",
  "weather-mismatch",
  "target-wrong-side",
  "invalid-choices-sheet",
  "target-not-a-number",
  "target-unit-changes",
  "target-direction-contradiction",
  "target-year-order",
  "target-year-missing",
  "target-link-unknown",
  "target-kpi-unit-mismatch",
  "target-stage-unknown",
];

/** The place and identity every issue has, whatever its code. */
interface IssueBase {
  readonly severity: Severity;
  /** 1-based sheet row as Excel shows it; null for a sheet-level issue. */
  readonly row: number | null;
  /** Column letter; null when the column is missing or the issue is about the whole sheet. */
  readonly column: string | null;
  /** Column key: `weather`, `milestone[R7]`. */
  readonly field: string | null;
  /** The measure id (`A1-1`) when the row has one. */
  readonly id: string | null;
  /** The cell's value as JSON; error cells as their code (`#N/A`). */
  readonly value: string | number | boolean | null;
  readonly suggestion: string | null;
}

/** An issue before it has words: a code, its parameters and its place. */
export type IssueDraft = {
  [C in IssueCode]: IssueBase & {
    readonly code: C;
    readonly params: IssueParams[C];
    readonly fieldName: FieldName | null;
  };
}[IssueCode];

/** An issue with its Japanese message, ready for a report. */
export type Issue = IssueDraft & { readonly message: string };

export interface IssueCounts {
  readonly error: number;
  readonly warning: number;
}

export function countIssues(issues: readonly { readonly severity: Severity }[]): IssueCounts {
  let error = 0;
  let warning = 0;
  for (const i of issues) {
    if (i.severity === "error") error++;
    else warning++;
  }
  return { error, warning };
}
