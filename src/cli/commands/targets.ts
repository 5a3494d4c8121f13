import { addTargetsSheet, targets } from "../../core/actions/targets";
import { formatQuarter, parseFiscalYearLabel, type Quarter } from "../../core/calendar/fiscal-calendar";
import { cliWords } from "../../core/messages/cli-words";
import { REIWA_OFFSET } from "../../core/targets/year-header";
import type { CliArgs } from "../args";
import { CliFailure, EXIT, type CliIo, type CommandOutput } from "../io";
import { loadList } from "../load-list";
import { resolveQuarter } from "../quarter";
import { targetsJson, targetsText } from "../targets-output";
import { otherListsNote } from "../validate-output";
import { writeOutput } from "../write-output";

const WORDS = cliWords("ja");

/**
 * `measure-list targets`: where the 目標 sheet's targets stand for a fiscal year and quarter (exit 1
 * when its check finds errors); with --add, an empty 目標 sheet added to a copy (-o).
 */
export async function runTargets(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const input = args.input ?? "";
  const quarter = targetQuarter(args, io);
  const { file, list } = await loadList(input, "targets", args.sheet);
  const note = otherListsNote(list.otherLists, list.sheet.name);
  if (args.add) {
    const output = args.output ?? "";
    const { report, plan } = addTargetsSheet(list, { fiscalYear: quarter.fiscalYear + REIWA_OFFSET });
    if (report.added !== null)
      await writeOutput(file, plan, output, input, {
        operation: "targets-sheet",
        now: io.now(),
        by: args.by ?? io.user(),
      });
    const text =
      report.added === null
        ? WORDS.targets.exists(input, report.existing ?? "")
        : WORDS.targets.added(input, output, report.added, list.sheet.name);
    return { code: EXIT.done, json: report, text: `${text}\n`, note };
  }
  const report = targets(list, { quarter });
  return {
    code: report.counts.error > 0 ? EXIT.listHasErrors : EXIT.done,
    json: report.model === null ? { sheet: null, source: report.source } : targetsJson(report.model),
    text: targetsText(report, input, formatQuarter(quarter)),
    note,
  };
}

/**
 * The quarter the targets are placed in: --quarter; else, with --year, that year's quarter last
 * ended (Q4 for a past year, Q1 for a year not begun); else the last quarter that has ended.
 */
function targetQuarter(args: CliArgs, io: CliIo): Quarter {
  const year = args.year === undefined ? null : yearArg(args.year);
  if (args.quarter !== undefined) {
    const quarter = resolveQuarter(args.quarter, io);
    if (year !== null && year !== quarter.fiscalYear)
      throw new CliFailure(WORDS.args.yearQuarterDiffer(args.year ?? "", args.quarter));
    return quarter;
  }
  const today = resolveQuarter(undefined, io);
  if (year === null || year === today.fiscalYear) return today;
  return { fiscalYear: year, quarter: year < today.fiscalYear ? 4 : 1 };
}

/** The Reiwa year of --year (R8, 令和8年度, 2026年度, FY2026), or a one-line failure. */
function yearArg(text: string): number {
  const year = parseFiscalYearLabel(text);
  if (year === null) throw new CliFailure(WORDS.args.yearUnreadable(text));
  return year;
}
