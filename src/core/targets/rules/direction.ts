import { readPolarity } from "../../kpi/kpi";
import { cellAt, cellText, isBlank, type SheetGrid } from "../../port/grid";
import type { IssueDraft } from "../../validation/issues";
import { targetIssue } from "../target-issue";
import type { TargetsLayout } from "../targets-layout";
import { pathDirection } from "../direction";
import type { Target } from "../model";

/** 目標の方向 as written must be a direction, and must agree with the path (a warning). */
export function directionIssues(sheet: SheetGrid, target: Target, layout: TargetsLayout): IssueDraft[] {
  if (layout.direction === null) return [];
  const cell = cellAt(sheet, target.row - 1, layout.direction);
  if (isBlank(cell)) return [];
  const place = {
    row: target.row,
    col: layout.direction,
    field: "polarity",
    fieldName: "polarity" as const,
    value: cellText(cell),
  };
  const stated = readPolarity(cell);
  if (stated === null) return [targetIssue("invalid-polarity", {}, place, "error", null)];
  if (target.kind !== "numeric") return [];
  const byPath = pathDirection(target.baseline.value, target.path);
  const path = byPath === "increase" ? "増加" : byPath === "decrease" ? "減少" : null;
  if (path === null || path === stated) return [];
  return [
    targetIssue(
      "target-direction-contradiction",
      { target: target.name, stated, path },
      place,
      "warning",
      path,
    ),
  ];
}
