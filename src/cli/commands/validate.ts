import { check, type CheckReport } from "../../core/actions/check";
import type { Quarter } from "../../core/calendar/fiscal-calendar";
import type { CliArgs } from "../args";
import { EXIT, type CommandOutput } from "../io";
import { quarterArg } from "../quarter";
import { loadList } from "../load-list";
import { otherListsNote, validationJson, validationText } from "../validate-output";

/** `measure-list validate`: exit 0 when the list has no errors, 1 when it has some (§9). */
export async function runValidate(args: CliArgs): Promise<CommandOutput> {
  const input = args.input ?? "";
  const quarter = args.quarter === undefined ? null : quarterArg(args.quarter);
  const report = await validateFile(input, args.sheet, quarter);
  return {
    code: report.counts.error > 0 ? EXIT.listHasErrors : EXIT.done,
    json: validationJson(report),
    text: validationText(report, input),
    note: otherListsNote(report.otherLists, report.sheet),
  };
}

export async function validateFile(
  path: string,
  sheet: string | undefined,
  quarter: Quarter | null,
): Promise<CheckReport> {
  const { list } = await loadList(path, "check", sheet);
  return check(list, { quarter }).report;
}
