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

/** Room around the lines: the year labels below, value labels above, the end points' marks at the sides. */
export const PAD = { left: 14, right: 14, top: 16, bottom: 34 } as const;

/** A number written beside a point of the drawing. */
export interface PathLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly text: string;
  readonly kind: "target" | "actual";
}

/**
 * The numbers written on the drawing, so the chart reads without the text alternative: where the
 * path starts, where it must end, and the latest actual. The ends' numbers sit on the side away
 * from the line they start or end (below a start the line climbs from, above one it falls from);
 * the latest actual's sits just right of its point, where no line of actuals goes on.
 */
export function pathLabels(
  series: PathSeries,
  frame: PathFrame,
  number: (value: number) => string,
): PathLabel[] {
  const labels: PathLabel[] = [];
  const planned = [...(series.baseline ? [series.baseline] : []), ...series.targets];
  const end = (p: PathPoint, neighbour: PathPoint, anchor: "start" | "end") => {
    const y = frame.y(p.value);
    const below = frame.y(neighbour.value) < y ? y + LABEL_GAP + LABEL_SIZE - 2 : null;
    const above = y - LABEL_GAP;
    labels.push({
      x: frame.x(p.year),
      y: below !== null && below <= frame.height - YEAR_ROW ? below : Math.max(LABEL_SIZE, above),
      anchor,
      text: number(p.value),
      kind: "target",
    });
  };
  if (planned.length >= 2) {
    end(planned[0], planned[1], "start");
    end(planned[planned.length - 1], planned[planned.length - 2], "end");
  }
  const latest = series.actuals[series.actuals.length - 1];
  if (latest) {
    const last = latest.year === frame.years[frame.years.length - 1];
    labels.push({
      x: frame.x(latest.year) + (last ? -LABEL_GAP - 2 : LABEL_GAP + 2),
      y: frame.y(latest.value) + LABEL_SIZE / 2 - 1,
      anchor: last ? "end" : "start",
      text: number(latest.value),
      kind: "actual",
    });
  }
  return labels;
}

const LABEL_SIZE = 10;
/** The year names' row at the foot of the drawing, which a number must stay above. */
const YEAR_ROW = 16;
const LABEL_GAP = 5;

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
