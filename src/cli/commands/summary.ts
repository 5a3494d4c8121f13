import { summary, type SummaryReport } from "../../core/actions/summary";
import { targets } from "../../core/actions/targets";
import { targetsJson } from "../targets-output";
import { formatQuarter, localTime } from "../../core/calendar/fiscal-calendar";
import type { SummaryModel, WeatherGroup } from "../../core/summary/summary";
import { cliWords } from "../../core/messages/cli-words";
import { tallyText } from "../../core/messages/counts";
import type { CliArgs } from "../args";
import { EXIT, type CliIo, type CommandOutput } from "../io";
import { loadList } from "../load-list";
import { resolveQuarter } from "../quarter";
import { otherListsNote } from "../validate-output";
import { writeOutput } from "../write-output";

/** `measure-list summary`: the quarterly summary sheet after the list (§8, §9). */
export async function runSummary(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const input = args.input ?? "";
  const quarter = resolveQuarter(args.quarter, io);
  const { file, list } = await loadList(input, "summary", args.sheet);
  const now = io.now();
  const { report, plan } = summary(list, {
    quarter,
    now: localTime(now),
  });
  const note = otherListsNote(list.otherLists, list.sheet.name);
  const model = report.model;
  if (model === null)
    return { code: EXIT.done, json: emptySummaryJson(report), text: emptySummaryText(report, input), note };
  const output = args.output ?? "";
  await writeOutput(file, plan, output, input, { operation: "summary", now, by: args.by ?? io.user() });
  // Issue 17: a workbook with a 目標 sheet gets its targets in the JSON too.
  const goals = targets(list, { quarter }).model;
  const json = goals === null ? summaryJson(model) : { ...summaryJson(model), targets: targetsJson(goals) };
  return { code: EXIT.done, json, text: summaryText(model, input, output), note };
}

/** A list with no measure: the JSON says so with 0 measures and no sheet; nothing is written. */
function emptySummaryJson(report: SummaryReport): object {
  return { sheet: null, source: report.source, quarter: formatQuarter(report.quarter), measures: 0 };
}

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja");

function emptySummaryText(report: SummaryReport, input: string): string {
  return `${WORDS.summary.nothingToSummarise(input, report.source)}\n`;
}

/** The summary JSON of §9: weather and direction keyed by the workbook's own canonical values. */
export function summaryJson(model: SummaryModel): object {
  const groups = (list: readonly WeatherGroup[]) =>
    Object.fromEntries(list.map((g) => [g.key, { label: g.label, total: g.total, ...g.counts }]));
  return {
    sheet: model.sheet,
    source: model.source,
    quarter: model.quarter,
    measures: model.measures,
    weather: model.weather,
    byPillar: groups(model.byPillar),
    byDomain: groups(model.byDomain),
    byDepartment: groups(model.byDepartment),
    direction: model.direction,
    grades: model.grades,
    watchlist: model.watchlist.map((w) => ({
      row: w.row,
      id: w.id,
      weather: w.weather,
      item: w.item,
      department: w.department,
      progress: w.progress,
      direction: w.direction,
      reason: w.reason,
      suggestedWeather: w.suggestedWeather,
    })),
  };
}

export function summaryText(model: SummaryModel, input: string, output: string): string {
  const w = WORDS.summary;
  const weather = (c: Readonly<Record<string, number>>) =>
    tallyText(model.weatherKeys.map((k) => [k, c[k] ?? 0]));
  const lines = [
    w.added(input, output, model.sheet, model.source),
    `  ${w.measures(model.quarter, model.measures, weather(model.weather))}`,
    ...model.byPillar.map((g) => `    ${g.key} ${g.label}: ${weather(g.counts)}`),
    `  ${w.direction(tallyText(Object.entries(model.direction)))}`,
  ];
  if (model.hasTargets)
    lines.push(`  ${w.grades(model.fiscalYear, tallyText(Object.entries(model.grades)))}`);
  lines.push(`  ${w.watchlist(model.watchlist.length)}`);
  for (const m of model.watchlist) {
    const hint = m.suggestedWeather ? w.paceHint(m.suggestedWeather) : "";
    lines.push(`    ${w.watched(m.id ?? WORDS.rowName(m.row), m.weather, hint, m.item, m.department)}`);
  }
  const c = model.changes;
  if (!c) lines.push(`  ${w.noPrevious}`);
  else {
    const counts = {
      weather: c.weather.length,
      direction: c.direction.length,
      added: c.added.length,
      removed: c.removed.length,
    };
    lines.push(`  ${w.changes(c.previousQuarter, counts)}`);
    for (const m of c.weather) lines.push(`    ${w.weatherMoved(m.id, m.from, m.to)}`);
    for (const m of c.direction) lines.push(`    ${w.directionMoved(m.id, m.from, m.to)}`);
    for (const a of c.added) lines.push(`    ${w.measureAdded(a.id)}`);
    for (const r of c.removed) lines.push(`    ${w.measureRemoved(r.id)}`);
  }
  return lines.join("\n") + "\n";
}
