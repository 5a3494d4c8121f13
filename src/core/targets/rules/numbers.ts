import type { IssueDraft } from "../../validation/issues";
import { targetIssue } from "../target-issue";
import type { TargetsLayout } from "../targets-layout";
import type { Target } from "../model";
import { reiwaLabel } from "../year-header";

/** A numeric row: every written cell a number, all in the row's unit. */
export function numberIssues(target: Target, layout: TargetsLayout): IssueDraft[] {
  if (target.kind !== "numeric") return [];
  const issues: IssueDraft[] = [];
  const cells = [
    {
      value: target.baseline.value,
      col: layout.baseline?.col ?? null,
      field: "baseline" as const,
      key: "baseline",
    },
    ...target.path.flatMap((step, i) => [
      ...(step.carried
        ? []
        : [
            {
              value: step.target,
              col: layout.years[i].target,
              field: "target" as const,
              key: `target[${reiwaLabel(step.year)}]`,
            },
          ]),
      ...(step.actual
        ? [
            {
              value: step.actual,
              col: layout.years[i].actual,
              field: "actual" as const,
              key: `actual[${reiwaLabel(step.year)}]`,
            },
          ]
        : []),
    ]),
  ];
  for (const cell of cells) {
    const place = {
      row: target.row,
      col: cell.col,
      field: cell.key,
      fieldName: cell.field,
      value: cell.value.raw,
    };
    if (cell.value.kind === "stage")
      issues.push(
        targetIssue(
          "target-not-a-number",
          { target: target.name, text: String(cell.value.raw) },
          place,
          "error",
        ),
      );
    else if (
      cell.value.kind === "number" &&
      target.unit !== undefined &&
      cell.value.unit !== undefined &&
      cell.value.unit !== target.unit
    )
      issues.push(
        targetIssue(
          "target-unit-changes",
          { target: target.name, unit: cell.value.unit, expected: target.unit },
          place,
          "error",
          `${String(cell.value.value)}${target.unit}`,
        ),
      );
  }
  return issues;
}
