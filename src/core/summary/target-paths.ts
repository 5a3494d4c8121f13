import type { SectionWords } from "../messages/summary-target-words";
import { num, type ChartSpec, type PlannedValue } from "../port/plan";
import type { TargetResult, TargetsModel } from "../targets/model";
import { LAST_COL, type ContentWriter } from "./content-writer";
import { numberOf, unitOf } from "./target-figures";

/** A path chart's height in rows: tall enough to read four years at a glance when printed. */
export const PATH_CHART_ROWS = 15;
/**
 * Path charts on one printed page. A4 landscape, fitted to the width of columns A..K and inside
 * the sheet's margins, holds about 42 rows of 15 pt: two charts and the section's title do.
 */
const PATHS_PER_PAGE = 2;
/**
 * A path's data takes the last three printed columns (I..K: 年度, 目標, 実績) and its chart the
 * columns left of them (A..H), so both stay inside the printed width.
 */
export const DATA_COL = LAST_COL - 2;
export const CHART_COLS = DATA_COL;

/**
 * One block per numeric target: its path as a small table in I..K (年度, 目標, 実績) and a line
 * chart of that table over A..H beside it, so the chart prints on the page its figures are on.
 */
export function pathCharts(
  out: ContentWriter,
  model: TargetsModel,
  words: SectionWords,
): { charts: ChartSpec[]; pageStarts: number[] } {
  const numeric = model.targets.filter((t) => t.target.kind === "numeric");
  const charts: ChartSpec[] = [];
  const pageStarts: number[] = [];
  let titled = false;
  for (const result of numeric) {
    const points = pathPoints(result, words);
    // A line needs two points: a target with one figure (the KGI's 30%減 alone) gets no chart.
    if (points.filter((p) => p.target !== null || p.actual !== null).length < 2) continue;
    if (!titled) {
      out.section(words.own.paths);
      pageStarts.push(out.rowIndex - 1);
      titled = true;
    }
    out.skip();
    const top = out.rowIndex;
    if (charts.length > 0 && charts.length % PATHS_PER_PAGE === 0) pageStarts.push(top);
    const heads = {
      year: words.own.year,
      target: words.targets.heads.target,
      actual: words.targets.heads.actual,
    };
    out.put(DATA_COL, heads.year, "header");
    out.put(DATA_COL + 1, heads.target, "header");
    out.put(DATA_COL + 2, heads.actual, "header");
    out.rowIndex++;
    for (const p of points) {
      out.put(DATA_COL, p.label, "text");
      out.put(DATA_COL + 1, pathValue(p.target), "count");
      out.put(DATA_COL + 2, pathValue(p.actual), "count");
      out.rowIndex++;
    }
    charts.push({
      type: "line",
      title: words.own.chartTitle(result.target.name, unitOf(result.target)),
      categories: points.map((p) => p.label),
      series: [
        { name: heads.target, values: points.map((p) => p.target) },
        { name: heads.actual, values: points.map((p) => p.actual) },
      ],
      categoryRange: { top: top + 1, left: DATA_COL, bottom: top + points.length, right: DATA_COL },
      seriesRange: { top, left: DATA_COL + 1, bottom: top + points.length, right: DATA_COL + 2 },
      at: { rowIndex: top, col: 0, rows: PATH_CHART_ROWS, cols: CHART_COLS },
    });
    out.rowIndex = top + Math.max(PATH_CHART_ROWS, points.length + 1);
  }
  return { charts, pageStarts };
}

interface PathPoint {
  readonly label: string;
  readonly target: number | null;
  readonly actual: number | null;
}

/**
 * The baseline (its figure is where the city stood, so both lines start there), then each year:
 * its target (a blank year that carries the previous one keeps it), and its actual so far. The
 * standing year's actual is the standing's own, which for 施策の合計 is the measures' sum.
 */
function pathPoints(result: TargetResult, words: SectionWords): PathPoint[] {
  const { target, standing } = result;
  const base = numberOf(target.baseline.value);
  const points: PathPoint[] = [
    { label: words.own.baselineYear(target.baseline.year), target: base, actual: base },
  ];
  let carried = base;
  for (const step of target.path) {
    const own = numberOf(step.target);
    const goal = own ?? (step.carried || step.target.carried ? carried : null);
    if (goal !== null) carried = goal;
    let actual = step.actual ? numberOf(step.actual) : null;
    if (standing.kind === "numeric" && step.year === standing.year && standing.actual !== null)
      actual = standing.actual;
    points.push({ label: words.own.yearLabel(step.year), target: goal, actual });
  }
  return points;
}

function pathValue(value: number | null): PlannedValue | null {
  if (value === null) return null;
  return num(value, Number.isInteger(value) ? "#,##0" : "#,##0.0#");
}
