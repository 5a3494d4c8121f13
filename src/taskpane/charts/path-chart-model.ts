import type { NumericStanding, Target, TargetValue } from "../../core/targets/model";

/** One point of a target's path: a fiscal year (western) and a number in the target's unit. */
export interface PathPoint {
  readonly year: number;
  readonly value: number;
}

/** What a target's path chart draws: where it started, the yearly targets, the actuals so far. */
export interface PathSeries {
  readonly baseline: PathPoint | null;
  readonly targets: readonly PathPoint[];
  readonly actuals: readonly PathPoint[];
}

/**
 * The path of a numeric target: 現在地, each year's target (a blank year that carries the previous
 * target keeps its value, so the line stays level), and the actuals the sheet has or the measures
 * add up to. Null for a staged target, or one with fewer than two numbers to draw a line between.
 */
export function pathSeries(target: Target, standing?: NumericStanding): PathSeries | null {
  if (target.kind !== "numeric") return null;
  const baseline = numberOf(target.baseline.value);
  const targets: PathPoint[] = [];
  let carried: number | null = null;
  for (const step of target.path) {
    const value = numberOf(step.target);
    if (value !== null) carried = value;
    const shown = value ?? (step.carried || step.target.carried ? carried : null);
    if (shown !== null) targets.push({ year: step.year, value: shown });
  }
  const actuals: PathPoint[] = [];
  for (const step of target.path) {
    const value = step.actual ? numberOf(step.actual) : null;
    if (value !== null) actuals.push({ year: step.year, value });
    else if (standing && standing.year === step.year && standing.actual !== null)
      actuals.push({ year: step.year, value: standing.actual });
  }
  const start = baseline === null ? null : { year: target.baseline.year, value: baseline };
  if ((start ? 1 : 0) + targets.length < 2) return null;
  return { baseline: start, targets, actuals };
}

/** The drawing's frame: the years across, the values up, with room kept for the labels. */
export interface PathFrame {
  readonly width: number;
  readonly height: number;
  readonly years: readonly number[];
  readonly min: number;
  readonly max: number;
  x(year: number): number;
  y(value: number): number;
}

/**
 * Places a path in a `width` × `height` drawing: the years evenly across, the values between the
 * lowest and highest drawn (not from zero: 4,600,000 → 4,115,000 枚 would be a flat line).
 */
export function pathFrame(series: PathSeries, width: number, height: number): PathFrame {
  const points = [...(series.baseline ? [series.baseline] : []), ...series.targets, ...series.actuals];
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const values = points.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // A level path (a target kept from the baseline) is drawn across the middle.
  const [min, max] = low === high ? [low - 1, high + 1] : [low, high];
  const left = PAD.left;
  const span = width - PAD.left - PAD.right;
  const top = PAD.top;
  const rise = height - PAD.top - PAD.bottom;
  return {
    width,
    height,
    years,
    min,
    max,
    x: (year) => left + (years.length < 2 ? span / 2 : (years.indexOf(year) / (years.length - 1)) * span),
    y: (value) => top + (1 - (value - min) / (max - min)) * rise,
  };
}

/** Room around the lines: the year labels below, the first and last points' marks at the sides. */
export const PAD = { left: 14, right: 14, top: 8, bottom: 18 } as const;

/** The words a path chart's text alternative is made of, in the pane's language. */
export interface PathWords {
  readonly year: (year: number) => string;
  readonly number: (value: number) => string;
  readonly baseline: (year: string, value: string) => string;
  readonly target: (year: string, value: string) => string;
  readonly actual: (value: string) => string;
  readonly step: (target: string, actual: string) => string;
  readonly text: (name: string, steps: string) => string;
  readonly separator: string;
}

/**
 * The chart as a screen reader says it, year by year in order: 「テレワーク実施率の推移: 令和7年度
 * 現在地 11％、令和8年度 目標 20％・実績 24％、…。」
 */
export function pathText(name: string, series: PathSeries, words: PathWords): string {
  const steps: string[] = [];
  if (series.baseline)
    steps.push(words.baseline(words.year(series.baseline.year), words.number(series.baseline.value)));
  const years = [...new Set([...series.targets, ...series.actuals].map((p) => p.year))].sort((a, b) => a - b);
  for (const year of years) {
    const target = series.targets.find((p) => p.year === year);
    const actual = series.actuals.find((p) => p.year === year);
    const said = target ? words.target(words.year(year), words.number(target.value)) : words.year(year);
    steps.push(actual ? words.step(said, words.actual(words.number(actual.value))) : said);
  }
  return words.text(name, steps.join(words.separator));
}

function numberOf(value: TargetValue): number | null {
  return value.kind === "number" && value.value !== undefined ? value.value : null;
}
