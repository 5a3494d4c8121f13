import { readPolarity } from "../kpi/kpi";
import { normalizeChoice } from "../list/normalize";
import { cellAt, cellText, isBlank, type SheetGrid } from "../port/grid";
import type { IssueDraft } from "../validation/issues";
import { pathDirection } from "./direction";
import type { Target, TargetLinks } from "./model";
import type { TargetsReading } from "./read-targets";
import { targetIssue } from "./target-issue";
import type { TargetsLayout } from "./targets-layout";
import { reiwaLabel } from "./year-header";

/**
 * The 目標 sheet's check: the year columns, then each row (numbers, units, direction, links,
 * stages), in sheet order. `links` holds what each target's 関連施策 found in the list.
 */
export function checkTargets(
  sheet: SheetGrid,
  reading: TargetsReading,
  links: ReadonlyMap<Target, TargetLinks>,
): IssueDraft[] {
  const { layout } = reading;
  const issues = yearColumnIssues(layout);
  for (const target of reading.targets) {
    issues.push(...numberIssues(target, layout), ...directionIssues(sheet, target, layout));
    const found = links.get(target);
    if (found) issues.push(...linkIssues(target, found, layout));
    issues.push(...stageIssues(target, layout));
  }
  return issues;
}

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

/** A staged row's 実績 is one of its stages (現在地 included), or the standing cannot place it. */
export function stageIssues(target: Target, layout: TargetsLayout): IssueDraft[] {
  if (target.kind !== "staged") return [];
  const stages = new Set(
    [target.baseline.value, ...target.path.map((s) => s.target)].map((v) => stageKey(v.raw)),
  );
  return target.path.flatMap((step, i) =>
    step.actual && step.actual.kind !== "blank" && !stages.has(stageKey(step.actual.raw))
      ? [
          targetIssue(
            "target-stage-unknown",
            { target: target.name, text: String(step.actual.raw) },
            {
              row: target.row,
              col: layout.years[i].actual,
              field: `actual[${reiwaLabel(step.year)}]`,
              fieldName: "actual",
              value: step.actual.raw,
            },
            "warning",
          ),
        ]
      : [],
  );
}

/** Stages compare through NFKC: the seed's 拡⼤ (a radical) is 拡大. */
export function stageKey(raw: string | number | null): string {
  return raw === null ? "" : normalizeChoice(String(raw)).replace(/\s+/gu, "");
}
