import { formatNumberJa } from "../kpi/numbers";
import type { SectionWords } from "../messages/summary-target-words";
import { num, type ChartSpec } from "../port/plan";
import type { TargetResult, TargetsModel } from "../targets/model";
import { clip, type ContentWriter } from "./content-writer";
import { figure, unitOf } from "./target-figures";
import { CHART_COLS, pathCharts } from "./target-paths";

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
  out.put(2, figure(target.baseline.value, null, target, words), "wrap");
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
    const year = standing.reached === null ? null : standing.reachedYear;
    out.put(5, year === null ? null : own.stageOf(year), "wrap");
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
