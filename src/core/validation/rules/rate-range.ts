import { fiscalYearLabel } from "../../calendar/fiscal-calendar";
import { kpiValuesFor, rateOutOfRange } from "../../kpi/attainment";
import type { MeasureRow } from "../../list/measure-row";
import type { IssueDraft } from "../issues";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/**
 * Numbers that each read well but together give no finite rate (1e308 against -1e308, or a
 * target a hair from its baseline) leave the row without a rate (§6): an error at the target cell,
 * for every fiscal year the row's KPI columns name and for the columns without a year.
 */
export const rateRange: RowRule = {
  name: "rate-range",
  codes: ["out-of-range"],
  check(row) {
    const years = new Set<number | null>([null]);
    for (const binding of row.columns.values()) {
      if ((binding.field === "target" || binding.field === "actual") && binding.fiscalYear !== null)
        years.add(binding.fiscalYear);
    }
    const issues: IssueDraft[] = [];
    for (const year of [...years].sort((a, b) => (a ?? 0) - (b ?? 0))) {
      const issue = rateRangeIssue(row, year);
      if (issue) issues.push(issue);
    }
    return issues;
  },
};

/**
 * The row's `out-of-range` issue for one fiscal year (null: the columns without a year), or null
 * when its rate is computable or missing. `attainment` reports its rows with the same words.
 */
export function rateRangeIssue(row: MeasureRow, fiscalYear: number | null): IssueDraft | null {
  const found = kpiValuesFor(row, fiscalYear);
  if (found === null || !rateOutOfRange(found.values)) return null;
  return cellIssue(row, found.targetKey, "out-of-range", {
    fiscalYear: fiscalYear === null ? null : fiscalYearLabel(fiscalYear),
  });
}
