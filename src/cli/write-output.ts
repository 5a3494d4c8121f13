import { failureMessage } from "../core/messages/failures";
import type { ApplyOutcome } from "../core/port/outcome";
import type { WritePlan } from "../core/port/plan";
import type { OpenedWorkbook } from "../xlsx/read-workbook";
import { applyPlan } from "../xlsx/apply-plan";
import { writeWorkbookFile } from "../xlsx/write-workbook";
import { CliFailure } from "./io";

/**
 * Applies a plan to the loaded copy of the input and, unless `output` is null (a dry run), writes
 * it to -o. The input file itself is never opened for writing; a plan that changes nothing still
 * writes the copy, so -o always exists.
 */
export async function writeOutput(
  file: OpenedWorkbook,
  plan: WritePlan,
  output: string | null,
  input: string,
): Promise<ApplyOutcome> {
  const outcome = applyPlan(file.workbook, plan);
  const stale = outcome.changed.filter((c) => c.reason === "changed");
  if (stale.length > 0) {
    // The loaded copy is what the plan was made from, so this would be a bug, not a user's edit.
    throw new Error(`${stale.length} planned cells no longer held what was read`);
  }
  if (output === null) return outcome;
  const written = await writeWorkbookFile(file.workbook, output, input);
  if (!written.ok) throw new CliFailure(failureMessage(written.error, "ja", { source: input }));
  return outcome;
}
