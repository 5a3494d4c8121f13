import { parseQuarter, type Quarter } from "../../core/fiscal-calendar";
import { validateList, type ValidationReport } from "../../core/validate";
import type { CliArgs } from "../args";
import { CliFailure, EXIT, type CliIo } from "../io";
import { loadList } from "../load-list";
import { validationJson, validationText } from "../validate-output";

/** `measure-list validate`: exit 0 when the list has no errors, 1 when it has some (§9). */
export async function runValidate(args: CliArgs, io: CliIo): Promise<number> {
  const input = args.input ?? "";
  const quarter = args.quarter === undefined ? null : quarterArg(args.quarter);
  const report = await validateFile(input, args.sheet, quarter);
  io.stdout(
    args.json ? JSON.stringify(validationJson(report), null, 2) + "\n" : validationText(report, input),
  );
  return report.counts.error > 0 ? EXIT.listHasErrors : EXIT.done;
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

/** A --quarter value, or a one-line failure that shows the accepted forms. */
export function quarterArg(text: string): Quarter {
  const parsed = parseQuarter(text);
  if (!parsed.ok) throw new CliFailure(`--quarter: ${parsed.error}`);
  return parsed.value;
}
