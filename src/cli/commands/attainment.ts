import { attainment, type AttainmentActionReport } from "../../core/actions/attainment";
import { paceDisagreement, type RowAttainment } from "../../core/kpi/attainment";
import { columnLetter } from "../../core/port/grid";
import { formatNumberJa } from "../../core/kpi/numbers";
import type { RelativeTarget } from "../../core/kpi/kpi-suggestions";
import { relativeTargetText } from "../../core/messages/kpi-message";
import { fieldLabel } from "../../core/list/fields";
import { cliWords } from "../../core/messages/cli-words";
import { tallyText } from "../../core/messages/counts";
import { wordIssue } from "../../core/messages/messages";
import { unplacedColumnsMessage } from "../../core/messages/notes";
import type { CliArgs } from "../args";
import { EXIT, type CliIo, type CommandOutput } from "../io";
import { loadList } from "../load-list";
import { resolveQuarter } from "../quarter";
import { idTag, issueLine, otherListsNote } from "../validate-output";
import { writeOutput } from "../write-output";

/** `measure-list attainment`: 達成率 and 達成度 for the quarter's fiscal year (§6, §9). */
export async function runAttainment(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const input = args.input ?? "";
  const quarter = resolveQuarter(args.quarter, io);
  const { file, list } = await loadList(input, "attainment", args.sheet);
  const { report, plan } = attainment(list, quarter);
  const written = args.output ?? "";
  await writeOutput(file, plan, written, input, {
    operation: "attainment",
    now: io.now(),
    by: args.by ?? io.user(),
  });
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

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja");

export function attainmentText(report: AttainmentActionReport, input: string, written: string): string {
  const w = WORDS.attainment;
  const suggestions = report.suggestions;
  const lines = [w.heading(input, written, report.fiscalYear, report.quarter)];
  if (report.noTargetColumn) {
    lines.push(`  ${w.noTargetColumn(report.fiscalYear)}`);
  } else if (report.columns) {
    const { rate, grade, created, unplaced } = report.columns;
    const note = created.length > 0 ? w.headersAdded(created.map((f) => fieldLabel(f))) : "";
    const placed = [
      rate === null ? null : w.placed(fieldLabel("attainmentRate"), columnLetter(rate)),
      grade === null ? null : w.placed(fieldLabel("grade"), columnLetter(grade)),
    ].filter((p) => p !== null);
    if (placed.length > 0) lines.push(`  ${w.written(placed, note, report.cellsPlanned)}`);
    if (unplaced.length > 0) lines.push(`  ${unplacedColumnsMessage(unplaced)}`);
    lines.push(`  ${w.rows(report.rows.length)}`);
    lines.push(`    ${w.tableHeader}`);
    for (const r of report.rows) lines.push(`    ${rowLine(r)}`);
    lines.push(`  ${w.grades(tallyText(Object.entries(report.grades)))}`);
    if (report.issues.length > 0) {
      lines.push(`  ${w.uncomputable(report.issues.length)}`);
      for (const issue of report.issues) lines.push(`  ${issueLine(wordIssue(issue))}`);
    }
    if (report.paceMismatches > 0) lines.push(`  ${w.paceMismatches(report.paceMismatches, report.quarter)}`);
  }
  if (suggestions.length > 0) {
    lines.push(`  ${w.suggestions(suggestions.length)}`);
    for (const s of suggestions) {
      const place = `${WORDS.place(s.row, null)}${idTag(s.id)}`;
      const value = s.relative
        ? relativeLine(s.relative, s.value)
        : `${formatNumberJa(s.value)}${s.unit ?? ""}`;
      lines.push(`    ${w.suggestion(place, w.suggestionFields[s.field], value, s.from, s.source)}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** 「前年度（R6）比 10%増（目標値 42,822件（R6実績値 38,929件から計算））」: never a bare 10%. */
function relativeLine(relative: RelativeTarget, percent: number): string {
  const text = relativeTargetText(relative, percent);
  return `${text.relative}（${text.detail.replace(/。$/u, "")}）`;
}

function rowLine(r: RowAttainment): string {
  const value = (v: number) => (r.percent ? `${formatNumberJa(v * 100)}%` : formatNumberJa(v));
  const cell = (v: number | null, width: number) => (v === null ? "-" : value(v)).padStart(width);
  const pct = (v: number | null) => (v === null ? "-" : `${(v * 100).toFixed(1)}%`).padStart(7);
  const weather =
    r.suggestedWeather === null
      ? "-"
      : `${r.suggestedWeather}${paceDisagreement(r) !== null ? WORDS.attainment.plWeather(r.weather ?? "") : ""}`;
  return `${String(r.row).padStart(3)}  ${(r.id ?? "-").padEnd(7)} ${cell(r.baseline, 10)}  ${cell(r.target, 10)}  ${cell(r.actual, 10)}  ${r.polarity}  ${pct(r.rate)}  ${r.grade.padStart(4)}  ${pct(r.pace)}  ${weather}`;
}
