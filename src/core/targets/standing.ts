import { attainmentRate } from "../kpi/attainment";
import type { Polarity } from "../kpi/kpi";
import type { GradeThreshold, PaceThreshold } from "../choices/choices";
import { gradeFor } from "../choices/choices";
import type { NumericStanding, StagedStanding, Target } from "./model";
import { stageKey } from "./stage-key";

/** The actual a numeric standing is computed from: typed, or summed from the measures. */
export interface StandingActual {
  readonly value: number | null;
  readonly shares?: NumericStanding["shares"];
}

/**
 * Where a numeric target stands in a fiscal year and quarter: 達成率 from the baseline to the
 * year's target by the measures' KPI rules (kpi/attainment.ts), and the pace against the share of
 * the way expected by the quarter: the expected value runs from last year's target (the baseline in
 * the first year) by q/4 of the way to this year's.
 */
export function numericStanding(
  target: Target,
  year: number,
  quarter: 1 | 2 | 3 | 4,
  actual: StandingActual,
  thresholds: { readonly grades: readonly GradeThreshold[]; readonly pace: readonly PaceThreshold[] },
): NumericStanding {
  const at = target.path.findIndex((s) => s.year === year);
  const step = at >= 0 ? target.path[at] : undefined;
  const goal = step?.target.kind === "number" ? (step.target.value ?? null) : null;
  const base = {
    kind: "numeric" as const,
    year,
    actual: actual.value,
    ...(actual.shares ? { shares: actual.shares } : {}),
  };
  if (goal === null)
    return { ...base, target: null, rate: null, pace: null, grade: null, status: "no-target" };
  const baseline = target.baseline.value.kind === "number" ? (target.baseline.value.value ?? null) : null;
  const polarity: Polarity = target.direction === "decrease" ? "減少" : "増加";
  const rate = attainmentRate({ baseline, target: goal, actual: actual.value, polarity });
  const expected = expectedShare(target, at, baseline, goal, polarity, quarter);
  const pace = rate === null || expected === null ? null : Number((rate / expected).toPrecision(12));
  const grade = rate === null ? null : gradeFor(rate, thresholds.grades);
  const onTrack = thresholds.pace[0]?.min ?? 1;
  const status =
    actual.value === null
      ? "no-actual"
      : rate !== null && rate >= 1
        ? "achieved"
        : pace !== null && pace >= onTrack
          ? "on-track"
          : "behind";
  return { ...base, target: goal, rate, pace, grade: isGrade(grade) ? grade : null, status };
}

/**
 * Where a staged target stands: the stage reached (the latest 実績 up to the year) against the
 * stage planned for the year. A stage planned for a later year is ahead, for an earlier one behind;
 * a merged stage counts for every year it spans.
 */
export function stagedStanding(target: Target, year: number): StagedStanding {
  const planned = target.path.find((s) => s.year === year)?.target;
  const base = {
    kind: "staged" as const,
    year,
    planned: planned && planned.kind !== "blank" ? String(planned.raw) : null,
  };
  const typed = target.path
    .filter((s) => s.year <= year && s.actual && s.actual.kind !== "blank")
    .at(-1)?.actual;
  if (!typed) return { ...base, reached: null, reachedYear: null, status: "no-actual" };
  const reached = String(typed.raw);
  const key = stageKey(typed.raw);
  const years = [
    ...(stageKey(target.baseline.value.raw) === key ? [target.baseline.year] : []),
    ...target.path
      .filter((s) => s.target.kind !== "blank" && stageKey(s.target.raw) === key)
      .map((s) => s.year),
  ];
  if (years.length === 0) return { ...base, reached, reachedYear: null, status: "no-actual" };
  if (years.includes(year)) return { ...base, reached, reachedYear: year, status: "on-schedule" };
  const first = Math.min(...years);
  if (first > year) return { ...base, reached, reachedYear: first, status: "ahead" };
  return { ...base, reached, reachedYear: Math.max(...years), status: "behind" };
}

/** The 達成率 the quarter should show: of the value expected by then. */
function expectedShare(
  target: Target,
  at: number,
  baseline: number | null,
  goal: number,
  polarity: Polarity,
  quarter: 1 | 2 | 3 | 4,
): number | null {
  const part = quarter / 4;
  const previousStep = at > 0 ? target.path[at - 1].target : null;
  const previous = previousStep?.kind === "number" ? (previousStep.value ?? null) : baseline;
  if (previous === null || baseline === null) return part;
  const share = attainmentRate({
    baseline,
    target: goal,
    actual: previous + part * (goal - previous),
    polarity,
  });
  return share === null || share <= 0 ? null : share;
}

function isGrade(grade: string | null): grade is "A" | "B" | "C" | "D" {
  return grade === "A" || grade === "B" || grade === "C" || grade === "D";
}
