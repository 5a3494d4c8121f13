import type { TargetsReport } from "../core/actions/targets";
import { issueCountsText } from "../core/messages/counts";
import { cliWords } from "../core/messages/cli-words";
import { targetWords } from "../core/messages/target-words";
import type { TargetResult, TargetsModel, TargetValue } from "../core/targets/model";
import { amountText, rateText, targetValueText } from "../core/targets/value-text";
import { reiwaLabel } from "../core/targets/year-header";
import { issueJson, issueLine } from "./validate-output";

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja");
const TARGET_WORDS = targetWords("ja");

/** A target's measures shown on its line; the JSON has them all. */
const MAX_MEASURES = 10;

/** `targets --json`, and `summary --json`'s `targets` key: the model as plain data. */
export function targetsJson(model: TargetsModel): object {
  return {
    sheet: model.sheet,
    fiscalYear: model.fiscalYear,
    quarter: `${reiwaLabel(model.fiscalYear)}Q${model.quarter}`,
    years: model.years,
    baselineYear: model.baselineYear,
    targets: model.targets.map(resultJson),
    kgi: model.kgi,
    gaps: model.gaps,
    notes: model.notes,
    issues: model.issues.map(issueJson),
  };
}

function resultJson(r: TargetResult): object {
  const t = r.target;
  return {
    row: t.row,
    name: t.name,
    unit: t.unit ?? null,
    kgi: t.kgi,
    kind: t.kind,
    direction: t.direction,
    directionStated: t.directionStated,
    aggregate: t.aggregate,
    baseline: { year: t.baseline.year, value: valueJson(t.baseline.value), note: t.baseline.note ?? null },
    path: t.path.map((s) => ({
      year: s.year,
      target: valueJson(s.target),
      actual: s.actual ? valueJson(s.actual) : null,
      carried: s.carried,
    })),
    links: { written: t.links, measures: r.links.measures, unmatched: r.links.unmatched },
    note: t.note ?? null,
    standing: r.standing,
  };
}

function valueJson(v: TargetValue): object {
  return { text: targetValueText(v), ...v };
}

/** The text report: one line per target, then the KGI, the gaps, the notes and the issues. */
export function targetsText(report: TargetsReport, input: string, quarter: string): string {
  const model = report.model;
  if (!model) return `${WORDS.targets.noSheet(input)}\n`;
  const w = WORDS.targets;
  const lines = [w.heading(input, model.sheet, model.fiscalYear, quarter, model.targets.length)];
  for (const r of model.targets) lines.push(...targetLines(r));
  if (model.kgi) lines.push(`  ${kgiText(model)}`);
  const g = model.gaps;
  const gw = TARGET_WORDS.gaps;
  lines.push(`  ${gw.targetsWithoutMeasures}: ${g.targetsWithoutMeasures.join("、") || gw.none}`);
  lines.push(
    `  ${gw.measuresServingNoTarget}: ${g.measuresServingNoTarget.map((m) => `${m.id} ${m.kpiName}`).join("、") || gw.none}`,
  );
  if (model.notes.length > 0) {
    lines.push(`  ${w.notes}`);
    for (const n of model.notes) lines.push(`    ${w.note(n.row, n.text)}`);
  }
  lines.push(issueCountsText(report.counts, "ja"));
  for (const i of report.issues) lines.push(issueLine(i));
  return lines.join("\n") + "\n";
}

function targetLines(r: TargetResult): string[] {
  const w = WORDS.targets;
  const t = r.target;
  const s = r.standing;
  const none = w.noValue;
  const status = TARGET_WORDS.status[s.status];
  const line =
    s.kind === "numeric"
      ? w.numeric(
          t.name,
          targetValueText(t.baseline.value) ?? none,
          s.year,
          targetValueText(t.path.find((p) => p.year === s.year)?.target) ?? none,
          s.actual === null ? none : amountText(s.actual, t.unit),
          s.rate === null ? none : rateText(s.rate),
          status,
        )
      : w.staged(t.name, s.year, s.planned ?? none, s.reached ?? none, status);
  const lines = [`  ${line}`];
  if (s.kind === "numeric" && s.shares)
    lines.push(
      `    ${w.shares(s.shares.map((p) => `${p.measureId} ${amountText(p.value, t.unit)}（${rateText(p.share)}）`).join("、"))}`,
    );
  const ids = r.links.measures.map((m) => m.id);
  if (ids.length > 0) {
    const shown = ids.slice(0, MAX_MEASURES).join(", ");
    const more = ids.length > MAX_MEASURES ? ` ${w.moreMeasures(ids.length - MAX_MEASURES)}` : "";
    lines.push(`    ${w.measures(shown + more)}`);
  }
  return lines;
}

function kgiText(model: TargetsModel): string {
  const k = model.kgi;
  if (!k) return "";
  const words = TARGET_WORDS.kgi;
  const goal = k.targetShare === null ? WORDS.targets.noValue : rateText(k.targetShare);
  const hours = k.hoursSaved === null ? null : amountText(k.hoursSaved, "時間");
  if (k.base && hours !== null && k.achievedShare !== null)
    return words.withBase(
      goal,
      `${(k.achievedShare * 100).toFixed(1)}%`,
      hours,
      amountText(k.base.value, k.base.unit),
    );
  const said = hours === null ? words.nothingKnown(goal) : words.hoursOnly(goal, hours);
  return k.needs ? `${said}。${k.needs}` : said;
}
