import type { OpenedList } from "../list/open-list";
import { cellAt, columnIndex } from "../port/grid";
import { text } from "../port/plan";
import { toRuns, type CellWrite } from "../port/runs";
import type { Issue, IssueCode } from "../validation/issues";
import type { ActionOutput } from "./action";

/**
 * Issues with a one-click fix: a variant written as its canonical value, a weather mark typed in
 * another cell of the row put into 天気, a pillar or domain name spelled as most rows spell it.
 * A pace suggestion is not one: the PL's weather stands (§6).
 */
const FIXABLE: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "non-canonical-choice",
  "missing-value",
  "label-inconsistent",
]);

export function isFixable(issue: Issue): boolean {
  return FIXABLE.has(issue.code) && issue.suggestion !== null && issue.row !== null && issue.column !== null;
}

export interface FixReport {
  readonly fixed: readonly Issue[];
}

/** Writes each fixable issue's suggestion into its cell, expecting the value the check read there. */
export function planFix(list: OpenedList, issues: readonly Issue[]): ActionOutput<FixReport> {
  const writes: CellWrite[] = [];
  const fixed: Issue[] = [];
  for (const issue of issues) {
    if (!isFixable(issue) || issue.row === null || issue.column === null || issue.suggestion === null)
      continue;
    const rowIndex = issue.row - 1;
    const col = columnIndex(issue.column);
    writes.push({
      sheet: list.sheet.name,
      rowIndex,
      col,
      value: text(issue.suggestion),
      expected: cellAt(list.sheet, rowIndex, col),
      field: issue.field,
      purpose: "canonical-choice",
    });
    fixed.push(issue);
  }
  return { report: { fixed }, plan: { newSheets: [], runs: toRuns(writes), dropdowns: [] } };
}
