import type { IssueDraft } from "../../validation/issues";
import { targetIssue } from "../target-issue";
import type { TargetsLayout } from "../targets-layout";

/** Years in sheet order must rise one by one: a year before an earlier one, or a gap, is told. */
export function yearColumnIssues(layout: TargetsLayout): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const header = layout.headerRowIndexes[0] + 1;
  let latest: number | null = null;
  for (const y of layout.years) {
    const place = { row: header, col: y.target, field: "header", fieldName: null, value: y.year };
    if (latest !== null && y.year <= latest)
      issues.push(targetIssue("target-year-order", { year: y.year, previous: latest }, place, "error"));
    latest = Math.max(latest ?? y.year, y.year);
  }
  const years = new Set(layout.years.map((y) => y.year));
  const first = Math.min(...years);
  for (let year = first; year < (latest ?? first); year++)
    if (!years.has(year))
      issues.push(
        targetIssue(
          "target-year-missing",
          { year },
          { row: header, col: null, field: "header", fieldName: null, value: null },
          "warning",
        ),
      );
  return issues;
}
