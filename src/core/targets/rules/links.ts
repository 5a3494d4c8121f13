import type { IssueDraft } from "../../validation/issues";
import { targetIssue } from "../target-issue";
import type { TargetsLayout } from "../targets-layout";
import type { Target, TargetLinks } from "../model";

/** Each 関連施策 names a measure; a 施策の合計 target's measures count in its unit. */
export function linkIssues(target: Target, links: TargetLinks, layout: TargetsLayout): IssueDraft[] {
  const place = (value: string) => ({
    row: target.row,
    col: layout.links,
    field: "links",
    fieldName: null,
    value,
  });
  const issues = links.unmatched.map((link) =>
    targetIssue("target-link-unknown", { target: target.name, link }, place(link), "warning"),
  );
  if (target.aggregate === "sum-of-measures" && target.unit !== undefined)
    for (const m of links.measures)
      if (m.kpiUnit !== undefined && m.kpiUnit !== target.unit)
        issues.push(
          targetIssue(
            "target-kpi-unit-mismatch",
            { target: target.name, measureId: m.id, kpiUnit: m.kpiUnit, unit: target.unit },
            place(m.id),
            "warning",
          ),
        );
  return issues;
}
