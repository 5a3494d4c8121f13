import { attainment, type AttainmentActionReport } from "../../core/actions/attainment";
import { paceDisagreement, type RowAttainment } from "../../core/kpi/attainment";
import { columnLetter } from "../../core/port/grid";
import { formatNumberJa } from "../../core/kpi/numbers";
import { wordIssue } from "../../core/messages/messages";
import { unplacedColumnsMessage } from "../../core/messages/notes";
import type { CliArgs } from "../args";
import { EXIT, type CliIo, type CommandOutput } from "../io";
import { loadList } from "../load-list";
import { resolveQuarter } from "../quarter";
import { issueLine, otherListsNote } from "../validate-output";
import { writeOutput } from "../write-output";

/** `measure-list attainment`: 達成率 and 達成度 for the quarter's fiscal year (§6, §9). */
export async function runAttainment(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const input = args.input ?? "";
  const quarter = resolveQuarter(args.quarter, io);
  const { file, list } = await loadList(input, "attainment", args.sheet);
  const { report, plan } = attainment(list, quarter);
  const written = args.output ?? "";
  await writeOutput(file, plan, written, input, { operation: "attainment", now: io.now() });
  return {
    code: EXIT.done,
    json: attainmentJson(report),
    text: attainmentText(report, input, written),
    note: otherListsNote(list.otherLists, list.sheet.name),
  };
}

/** The attainment JSON of §9, exactly: rates and paces as fractions, null when not computable. */
export function attainmentJson(report: AttainmentActionReport): object {
  return {
    sheet: report.sheet,
    fiscalYear: report.fiscalYear,
    quarter: report.quarter,
    rows: report.rows.map((r) => ({
      row: r.row,
      id: r.id,
      baseline: r.baseline,
      target: r.target,
      actual: r.actual,
      polarity: r.polarity,
      rate: r.rate,
      grade: r.grade,
      pace: r.pace,
      suggestedWeather: r.suggestedWeather,
    })),
    grades: report.grades,
  };
}

export function attainmentText(report: AttainmentActionReport, input: string, written: string): string {
  const suggestions = report.suggestions;
  const lines = [`${input} → ${written}: ${report.fiscalYear}年度の達成率（${report.quarter}時点）`];
  if (report.noTargetColumn) {
    lines.push(
      `  目標値の列がないため計算できません。「${report.fiscalYear}年度目標値」「${report.fiscalYear}実績値」（基準値・目標の方向も可）の列を追加してください。出力は入力と同じ内容です`,
    );
  } else if (report.columns) {
    const { rate, grade, created, unplaced } = report.columns;
    const note =
      created.length > 0
        ? `（見出しを追加: ${created.map((f) => (f === "grade" ? "達成度" : "達成率")).join("・")}）`
        : "";
    const placed = [
      rate === null ? null : `達成率 ${columnLetter(rate)}列`,
      grade === null ? null : `達成度 ${columnLetter(grade)}列`,
    ].filter((p) => p !== null);
    if (placed.length > 0)
      lines.push(`  ${placed.join("・")}に書き込みました${note}。変更したセル ${report.cellsPlanned} 個`);
    if (unplaced.length > 0) lines.push(`  ${unplacedColumnsMessage(unplaced)}`);
    lines.push(`  目標のある施策 ${report.rows.length} 行:`);
    lines.push(
      "    行   施策     基準値      目標値      実績値      方向  達成率   達成度  ペース  天気の目安",
    );
    for (const r of report.rows) lines.push(`    ${rowLine(r)}`);
    const grades = Object.entries(report.grades)
      .map(([g, n]) => `${g} ${n}`)
      .join(" / ");
    lines.push(`  達成度: ${grades}`);
    if (report.issues.length > 0) {
      lines.push(`  達成率を計算できない施策 ${report.issues.length} 行（達成率は空欄、達成度は「-」）:`);
      for (const issue of report.issues) lines.push(`  ${issueLine(wordIssue(issue))}`);
    }
    if (report.paceMismatches > 0) {
      lines.push(
        `  天気がペースと合わない施策 ${report.paceMismatches} 件（PL の天気はそのまま。validate --quarter ${report.quarter} で警告）`,
      );
    }
  }
  if (suggestions.length > 0) {
    lines.push(`  本文に書かれた数値の候補 ${suggestions.length} 件（参考。書き込みはしていません）:`);
    for (const s of suggestions) {
      const unit = s.unit ?? "";
      lines.push(
        `    ${s.row}行${s.id ? ` [${s.id}]` : ""} ${s.field === "target" ? "目標値" : "実績値"} ${formatNumberJa(s.value)}${unit} ← ${s.from}「${s.source}」`,
      );
    }
  }
  return lines.join("\n") + "\n";
}

function rowLine(r: RowAttainment): string {
  const value = (v: number) => (r.percent ? `${formatNumberJa(v * 100)}%` : formatNumberJa(v));
  const cell = (v: number | null, width: number) => (v === null ? "-" : value(v)).padStart(width);
  const pct = (v: number | null) => (v === null ? "-" : `${(v * 100).toFixed(1)}%`).padStart(7);
  const weather =
    r.suggestedWeather === null
      ? "-"
      : `${r.suggestedWeather}${paceDisagreement(r) !== null ? `（PL: ${r.weather}）` : ""}`;
  return `${String(r.row).padStart(3)}  ${(r.id ?? "-").padEnd(7)} ${cell(r.baseline, 10)}  ${cell(r.target, 10)}  ${cell(r.actual, 10)}  ${r.polarity}  ${pct(r.rate)}  ${r.grade.padStart(4)}  ${pct(r.pace)}  ${weather}`;
}
