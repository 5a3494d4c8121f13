import { formatNumberJa } from "../kpi/numbers";
import type { SummaryTargetWords } from "../messages/summary-target-words";
import { num, text, type ChartSpec, type PlannedValue } from "../port/plan";
import type { Target, TargetResult, TargetsModel, TargetValue } from "../targets/model";
import { clip, LAST_COL, type ContentWriter } from "./content-writer";

/** A path chart's height in rows: tall enough to read four years at a glance when printed. */
export const PATH_CHART_ROWS = 15;
/**
 * A path's data takes the last three printed columns (I..K: 年度, 目標, 実績) and its chart the
 * columns left of them (A..H), so both stay inside the printed width.
 */
const DATA_COL = LAST_COL - 2;
const CHART_COLS = DATA_COL;

/**
 * The summary's 目標 section (issue 17), above the numbered sections: each target's 現在地, this
 * year's target, 実績, 達成率 or stage and status with the measures behind it; the KGI; the gaps
 * between targets and measures; then one line chart per numeric target over its path (the
 * baseline, each year's target, the actuals so far), each beside the cells it draws. Returns the
 * charts; the cells go to `out`.
 */
export function targetsSection(
  out: ContentWriter,
  model: TargetsModel,
  quarter: string,
  words: SummaryTargetWords,
): ChartSpec[] {
  out.section(words.section(model.fiscalYear, quarter));
  out.note(words.source(model.sheet));
  if (model.kgi) out.note(kgiLine(model.kgi, words));
  if (model.issues.length > 0) out.note(words.issues(model.issues.length));
  const h = words.heads;
  out.headers([
    h.kind,
    h.name,
    h.baseline,
    h.target,
    h.actual,
    h.rateOrStage,
    h.grade,
    h.status,
    h.measures,
    h.pace,
    h.note,
  ]);
  for (const result of model.targets) targetRow(out, result, words);
  for (const note of model.notes) out.note(clip(note.text));
  gaps(out, model, words);
  return pathCharts(out, model, words);
}

function targetRow(out: ContentWriter, result: TargetResult, words: SummaryTargetWords): void {
  const { target, standing } = result;
  const unit = unitOf(target);
  out.put(0, target.kgi ? words.kind.kgi : words.kind[target.kind], "text");
  out.put(1, clip(unit ? `${target.name}（${unit}）` : target.name), "wrap");
  out.put(2, valueText(target.baseline.value, target, words), "wrap");
  if (standing.kind === "numeric") {
    const step = target.path.find((p) => p.year === standing.year);
    out.put(3, figure(step?.target, standing.target, target, words), "wrap");
    out.put(4, figure(step?.actual, standing.actual, target, words), "wrap");
    out.put(5, standing.rate === null ? "" : num(standing.rate, "0.0%"), "percent");
    out.put(6, standing.grade ?? "", "mark");
    out.put(7, words.numericStatus[standing.status], "wrap");
    out.put(9, standing.pace === null ? "" : num(standing.pace, "0%"), "percent");
  } else {
    out.put(3, standing.planned ?? "", "wrap");
    out.put(4, standing.reached ?? "", "wrap");
    out.put(5, standing.reachedYear === null ? "" : words.stageOf(standing.reachedYear), "wrap");
    out.put(6, "", "mark");
    out.put(7, words.stagedStatus[standing.status], "wrap");
    out.put(9, "", "percent");
  }
  out.put(8, clip(measuresText(result, words)), "wrap");
  out.put(10, clip([target.baseline.note, target.note].filter(Boolean).join(" ")), "wrap");
  out.rowIndex++;
}

/** The measures behind a target, with each one's share when the actual is their sum. */
function measuresText(result: TargetResult, words: SummaryTargetWords): string {
  const shares = result.standing.kind === "numeric" ? result.standing.shares : undefined;
  const named = result.links.measures.map((m) => {
    const label = `${m.id} ${m.name}`;
    const share = shares?.find((s) => s.measureId === m.id);
    return share ? words.share(label, `${Math.round(share.share * 100)}%`) : label;
  });
  const parts = named.length > 0 ? [named.join("、")] : [words.noMeasures];
  if (result.links.unmatched.length > 0) parts.push(words.unmatched(result.links.unmatched));
  return parts.join("\n");
}

function kgiLine(kgi: NonNullable<TargetsModel["kgi"]>, words: SummaryTargetWords): string {
  const target = kgi.targetShare === null ? "" : words.kgi.cut(formatNumberJa(kgi.targetShare * 100));
  if (kgi.base && kgi.achievedShare !== null)
    return words.kgi.reached(
      kgi.name,
      target,
      `${formatNumberJa(Math.round(kgi.achievedShare * 1000) / 10)}%`,
      `${kgi.base.name} ${formatNumberJa(kgi.base.value)}${kgi.base.unit}`,
    );
  const saved = kgi.hoursSaved === null ? null : words.kgi.hours(formatNumberJa(kgi.hoursSaved));
  return words.kgi.known(kgi.name, target, saved, kgi.needs ?? "");
}

function gaps(out: ContentWriter, model: TargetsModel, words: SummaryTargetWords): void {
  const { targetsWithoutMeasures: lonely, measuresServingNoTarget: idle } = model.gaps;
  out.skip();
  if (lonely.length === 0 && idle.length === 0) {
    out.note(words.noGaps);
    return;
  }
  out.put(0, words.targetsWithoutMeasures(lonely.length), "subtitle");
  out.rowIndex++;
  for (const name of lonely) {
    out.label(clip(name), "wrap");
    out.rowIndex++;
  }
  out.put(0, words.measuresServingNoTarget(idle.length), "subtitle");
  out.rowIndex++;
  if (idle.length === 0) return;
  out.headers([words.measureHeads.id, words.measureHeads.item, words.measureHeads.kpi]);
  // The KPI name is long text: it takes C..H merged, so it wraps inside the printed width.
  for (const m of idle) {
    out.put(0, m.id, "text");
    out.put(1, clip(m.name), "wrap");
    out.put(2, clip(m.kpiName), "text");
    for (let c = 3; c < CHART_COLS; c++) out.put(c, null, "text");
    out.merges.push({ top: out.rowIndex, left: 2, bottom: out.rowIndex, right: CHART_COLS - 1 });
    out.rowIndex++;
  }
}

/**
 * One block per numeric target: its path as a small table in I..K (年度, 目標, 実績) and a line
 * chart of that table over A..H beside it, so the chart prints on the page its figures are on.
 */
function pathCharts(out: ContentWriter, model: TargetsModel, words: SummaryTargetWords): ChartSpec[] {
  const numeric = model.targets.filter((t) => t.target.kind === "numeric");
  const charts: ChartSpec[] = [];
  let titled = false;
  for (const result of numeric) {
    const points = pathPoints(result, words);
    if (!points.some((p) => p.target !== null || p.actual !== null)) continue;
    if (!titled) {
      out.section(words.paths);
      titled = true;
    }
    out.skip();
    const top = out.rowIndex;
    const heads = words.pathHeads;
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
      title: words.chartTitle(result.target.name, unitOf(result.target)),
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
  return charts;
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
export function pathPoints(result: TargetResult, words: SummaryTargetWords): PathPoint[] {
  const { target, standing } = result;
  const base = numberOf(target.baseline.value);
  const points: PathPoint[] = [
    { label: words.baselineYear(target.baseline.year), target: base, actual: base },
  ];
  let carried = base;
  for (const step of target.path) {
    const own = numberOf(step.target);
    const goal = own ?? (step.carried || step.target.carried ? carried : null);
    if (goal !== null) carried = goal;
    let actual = step.actual ? numberOf(step.actual) : null;
    if (standing.kind === "numeric" && step.year === standing.year && standing.actual !== null)
      actual = standing.actual;
    points.push({ label: words.yearLabel(step.year), target: goal, actual });
  }
  return points;
}

function numberOf(value: TargetValue | undefined): number | null {
  return value?.kind === "number" && value.value !== undefined && Number.isFinite(value.value)
    ? value.value
    : null;
}

function pathValue(value: number | null): PlannedValue | null {
  if (value === null) return null;
  return num(value, Number.isInteger(value) ? "#,##0" : "#,##0.0#");
}

/** A cell of the row as the city wrote it; a number without its own text gets the row's unit. */
function valueText(value: TargetValue, target: Target, words: SummaryTargetWords): string {
  if (typeof value.raw === "string" && value.raw.trim() !== "") return value.raw.trim();
  const n = numberOf(value);
  return n === null ? "" : numberText(n, target, words);
}

/** The year's figure as written, or the one the model worked out (a carried target, a sum). */
function figure(
  value: TargetValue | undefined,
  worked: number | null,
  target: Target,
  words: SummaryTargetWords,
): PlannedValue | string {
  const written = value ? valueText(value, target, words) : "";
  if (written !== "") return text(written);
  return worked === null ? "" : numberText(worked, target, words);
}

function numberText(n: number, target: Target, words: SummaryTargetWords): string {
  const reduction =
    target.baseline.value.reduction === true || target.path.some((p) => p.target.reduction === true);
  return `${formatNumberJa(n)}${unitOf(target) ?? ""}${reduction ? words.reduction : ""}`;
}

/** The row's 単位, else the unit its figures are written with. */
function unitOf(target: Target): string | null {
  if (target.unit) return target.unit;
  const values = [target.baseline.value, ...target.path.map((p) => p.target)];
  return values.find((v) => v.unit)?.unit ?? null;
}
