import { summary, type SummaryReport } from "../../core/actions/summary";
import { formatQuarter, localTime } from "../../core/calendar/fiscal-calendar";
import type { SummaryModel, WeatherGroup } from "../../core/summary/summary";
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
  await writeOutput(file, plan, output, input, { operation: "summary", now });
  return { code: EXIT.done, json: summaryJson(model), text: summaryText(model, input, output), note };
}

/** A list with no measure: the JSON says so with 0 measures and no sheet; nothing is written. */
function emptySummaryJson(report: SummaryReport): object {
  return { sheet: null, source: report.source, quarter: formatQuarter(report.quarter), measures: 0 };
}

function emptySummaryText(report: SummaryReport, input: string): string {
  return `${input}: シート「${report.source}」には施策の行がまだないため、サマリーは作りませんでした（出力ファイルも作っていません）\n`;
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
  const counts = (c: Readonly<Record<string, number>>) =>
    model.weatherKeys.map((k) => `${k} ${c[k] ?? 0}`).join(" / ");
  const lines = [
    `${input} → ${output}: シート「${model.sheet}」を「${model.source}」の後ろに追加しました（施策リストは変更していません）`,
    `  ${model.quarter}・施策 ${model.measures} 件: ${counts(model.weather)}`,
    ...model.byPillar.map((g) => `    ${g.key} ${g.label}: ${counts(g.counts)}`),
    `  今後の方向性: ${Object.entries(model.direction)
      .map(([k, n]) => `${k} ${n}`)
      .join(" / ")}`,
  ];
  if (model.hasTargets) {
    lines.push(
      `  達成度（${model.fiscalYear}年度）: ${Object.entries(model.grades)
        .map(([g, n]) => `${g} ${n}`)
        .join(" / ")}`,
    );
  }
  lines.push(`  要注意の施策 ${model.watchlist.length} 件${model.watchlist.length ? ":" : ""}`);
  for (const w of model.watchlist) {
    const hint = w.suggestedWeather ? `（ペースの目安 ${w.suggestedWeather}）` : "";
    lines.push(`    ${w.id ?? `${w.row}行目`} ${w.weather}${hint} ${w.item}（${w.department}）`);
  }
  const c = model.changes;
  if (!c) lines.push("  前四半期からの変化: 比較できる前の四半期のサマリーがありません");
  else {
    lines.push(
      `  前四半期（${c.previousQuarter}）からの変化: 天気 ${c.weather.length} 件・方向性 ${c.direction.length} 件・追加 ${c.added.length} 件・削除 ${c.removed.length} 件`,
    );
    for (const m of c.weather) lines.push(`    ${m.id} 天気 ${m.from} → ${m.to}`);
    for (const m of c.direction) lines.push(`    ${m.id} 方向性 ${m.from} → ${m.to}`);
    for (const a of c.added) lines.push(`    ${a.id} 追加`);
    for (const r of c.removed) lines.push(`    ${r.id} 削除`);
  }
  return lines.join("\n") + "\n";
}
