import type { OpenedWorkbook } from "../xlsx/read-workbook";
import { applyPlan } from "../xlsx/apply-plan";
import { writeWorkbookFile, type WriteFailure } from "../xlsx/write-workbook";
import type { WritePlan } from "../core/port/plan";
import { CliFailure } from "./io";

/**
 * Applies a plan to the loaded copy of the input and writes it to -o. The input file itself is
 * never opened for writing; a plan that changes nothing still writes the copy, so -o always exists.
 */
export async function writeOutput(
  file: OpenedWorkbook,
  plan: WritePlan,
  output: string,
  input: string,
): Promise<string> {
  const skipped = applyPlan(file.workbook, plan);
  if (skipped.length > 0) {
    // The loaded copy is what the plan was made from, so this would be a bug, not a user's edit.
    throw new Error(`${skipped.length} planned cells no longer held what was read`);
  }
  const written = await writeWorkbookFile(file.workbook, output, input);
  if (!written.ok) throw new CliFailure(writeFailureText(written.error));
  return written.value;
}

export function writeFailureText(f: WriteFailure): string {
  switch (f.code) {
    case "same-as-input":
      return `出力先「${f.path}」が入力ファイルと同じです。入力は変更しないので、別のファイル名を -o に指定してください`;
    case "no-folder":
      return `出力先のフォルダーがありません: ${f.path}`;
    case "is-directory":
      return `出力先「${f.path}」はフォルダーです。ファイル名を指定してください`;
    case "write-failed":
      return `「${f.path}」に書き込めません: ${f.detail}`;
  }
}
