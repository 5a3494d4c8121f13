import { formatNumberJa } from "../kpi/numbers";
import type { SectionWords } from "../messages/summary-target-words";
import { num, text, type ChartSpec, type PlannedValue } from "../port/plan";
import type { Target, TargetResult, TargetsModel, TargetValue } from "../targets/model";
import { clip, LAST_COL, type ContentWriter } from "./content-writer";

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
const DATA_COL = LAST_COL - 2;
const CHART_COLS = DATA_COL;

/**
 * The summary's 目標 section (issue 17), above the numbered sections: each target's 現在地, this
 * year's target, 実績, 達成率 or stage and status with the measures behind it; the KGI; the gaps
 * between targets and measures; then one line chart per numeric target over its path (the
 * baseline, each year's target, the actuals so far), each beside the cells it draws. Returns the
 * charts and the rows that start a printed page (the charts' part, then every two charts); the
 * cells go to `out`.
 */
export function targetsSection(
  out: ContentWriter,
  model: TargetsModel,
  quarter: string,
  words: SectionWords,
): { charts: ChartSpec[]; pageStarts: number[] } {
  const { own, targets: t } = words;
  out.section(own.section(model.fiscalYear, quarter));
  out.note(own.source(model.sheet));
  if (model.kgi) out.note(kgiLine(model.kgi, words));
  if (model.issues.length > 0) out.note(own.issues(model.issues.length));
  out.headers(
    [
      own.heads.kind,
      t.heads.item,
      t.heads.baseline,
      own.heads.target,
      t.heads.actual,
      own.heads.rateOrStage(t.heads.rate, t.heads.stage),
      own.heads.grade,
      t.heads.status,
      t.heads.links,
      own.heads.pace,
      own.heads.note,
    ],
    true,
  );
  for (const result of model.targets) targetRow(out, result, words);
  // A footnote naming a row is in that row's 備考; one naming none is printed under the table.
  const rows = new Set(model.targets.map((r) => r.target.row));
  for (const note of model.notes) if (!rows.has(note.row)) out.note(clip(note.text));
  gaps(out, model, words);
  return pathCharts(out, model, words);
}

function targetRow(out: ContentWriter, result: TargetResult, words: SectionWords): void {
  const { target, standing } = result;
  const { own, targets: t } = words;
  const unit = unitOf(target);
  out.put(0, target.kgi ? own.kind.kgi : own.kind[target.kind], "text");
  out.put(1, clip(unit ? `${target.name}（${unit}）` : target.name), "wrap");
  out.put(2, valueText(target.baseline.value, target, words) || null, "wrap");
  if (standing.kind === "numeric") {
    const step = target.path.find((p) => p.year === standing.year);
    out.put(3, figure(step?.target, standing.target, target, words), "wrap");
    out.put(4, figure(step?.actual, standing.actual, target, words), "wrap");
    out.put(5, standing.rate === null ? null : num(standing.rate, "0.0%"), "percent");
    out.put(6, standing.grade, "mark");
    out.put(7, t.status[standing.status], "wrap");
    out.put(9, standing.pace === null ? null : num(standing.pace, "0%"), "percent");
  } else {
    out.put(3, standing.planned, "wrap");
    out.put(4, standing.reached, "wrap");
    const reached = standing.reached !== null && standing.reachedYear !== null;
    out.put(5, reached ? own.stageOf(standing.reachedYear as number) : null, "wrap");
    out.put(6, null, "mark");
    out.put(7, t.status[standing.status], "wrap");
    out.put(9, null, "percent");
  }
  out.put(8, clip(measuresText(result, words)), "wrap");
  out.put(10, clip([target.baseline.note, target.note].filter(Boolean).join(" ")) || null, "wrap");
  out.rowIndex++;
}

/** The measures behind a target, with each one's share when the actual is their sum. */
function measuresText(result: TargetResult, words: SectionWords): string {
  const shares = result.standing.kind === "numeric" ? result.standing.shares : undefined;
  const named = result.links.measures.map((m) => {
    const label = `${m.id} ${m.name}`;
    const share = shares?.find((s) => s.measureId === m.id);
    return share ? words.own.share(label, words.own.percent(String(Math.round(share.share * 100)))) : label;
  });
  const parts = named.length > 0 ? [named.join("\n")] : [words.targets.gaps.none];
  if (result.links.unmatched.length > 0) parts.push(words.own.unmatched(result.links.unmatched));
  return parts.join("\n");
}

/** The KGI as the targets' words say it: its figure with a base, else what is known and what it needs. */
function kgiLine(kgi: NonNullable<TargetsModel["kgi"]>, words: SectionWords): string {
  const { own, targets: t } = words;
  const goal = kgi.targetShare === null ? "" : own.percent(formatNumberJa(kgi.targetShare * 100));
  const hours = kgi.hoursSaved === null ? null : own.hours(formatNumberJa(kgi.hoursSaved));
  const first =
    kgi.base && kgi.achievedShare !== null && hours !== null
      ? t.kgi.withBase(
          goal,
          own.percent(formatNumberJa(Math.round(kgi.achievedShare * 1000) / 10)),
          hours,
          `${formatNumberJa(kgi.base.value)}${kgi.base.unit}`,
        )
      : hours !== null
        ? t.kgi.hoursOnly(goal, hours)
        : t.kgi.nothingKnown(goal);
  return own.sentences(kgi.needs ? [first, kgi.needs] : [first]);
}

function gaps(out: ContentWriter, model: TargetsModel, words: SectionWords): void {
  const { own, targets: t } = words;
  const { targetsWithoutMeasures: lonely, measuresServingNoTarget: idle } = model.gaps;
  out.skip();
  if (lonely.length === 0 && idle.length === 0) {
    out.note(own.noGaps);
    return;
  }
  out.put(0, own.counted(t.gaps.targetsWithoutMeasures, lonely.length), "subtitle");
  out.rowIndex++;
  for (const name of lonely) {
    out.label(clip(name));
    out.rowIndex++;
  }
  out.put(0, own.counted(t.gaps.measuresServingNoTarget, idle.length), "subtitle");
  out.rowIndex++;
  if (idle.length === 0) return;
  out.headers([own.measureHeads.id, own.measureHeads.item, own.measureHeads.kpi]);
  // The KPI name is long text: it takes C..H merged, so it stays inside the printed width.
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
function pathCharts(
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
export function pathPoints(result: TargetResult, words: SectionWords): PathPoint[] {
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
function valueText(value: TargetValue, target: Target, words: SectionWords): string {
  if (typeof value.raw === "string" && value.raw.trim() !== "") return value.raw.trim();
  const n = numberOf(value);
  return n === null ? "" : numberText(n, target, words);
}

/** The year's figure as written, or the one the model worked out (a carried target, a sum). */
function figure(
  value: TargetValue | undefined,
  worked: number | null,
  target: Target,
  words: SectionWords,
): PlannedValue | null {
  const written = value ? valueText(value, target, words) : "";
  if (written !== "") return text(written);
  return worked === null ? null : text(numberText(worked, target, words));
}

function numberText(n: number, target: Target, words: SectionWords): string {
  const reduction =
    target.baseline.value.reduction === true || target.path.some((p) => p.target.reduction === true);
  return `${formatNumberJa(n)}${unitOf(target) ?? ""}${reduction ? words.own.reduction : ""}`;
}

/** The row's 単位, else the unit its figures are written with. */
function unitOf(target: Target): string | null {
  if (target.unit) return target.unit;
  const values = [target.baseline.value, ...target.path.map((p) => p.target)];
  return values.find((v) => v.unit)?.unit ?? null;
}
