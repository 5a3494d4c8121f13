import type { Quarter } from "../../core/calendar/fiscal-calendar";
import { validateList, type ValidationReport } from "../../core/validation/validate";
import type { CliArgs } from "../args";
import { EXIT, type CommandOutput } from "../io";
import { quarterArg } from "../quarter";
import { loadList } from "../load-list";
import { validationJson, validationText } from "../validate-output";

/** `measure-list validate`: exit 0 when the list has no errors, 1 when it has some (§9). */
export async function runValidate(args: CliArgs): Promise<CommandOutput> {
  const input = args.input ?? "";
  const quarter = args.quarter === undefined ? null : quarterArg(args.quarter);
  const report = await validateFile(input, args.sheet, quarter);
  return {
    code: report.counts.error > 0 ? EXIT.listHasErrors : EXIT.done,
    json: validationJson(report),
    text: validationText(report, input),
  };
}

export async function validateFile(
  path: string,
  sheet: string | undefined,
  quarter: Quarter | null,
): Promise<ValidationReport> {
  const { list } = await loadList(path, sheet);
  return validateList({
    sheet: list.sheet,
    layout: list.layout,
    choices: list.choices,
    quarter,
    extraIssues: list.choiceIssues,
  });
}
