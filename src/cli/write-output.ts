import { failureMessage } from "../core/messages/failures";
import type { ApplyOutcome } from "../core/port/outcome";
import type { WritePlan } from "../core/port/plan";
import { applyPlan, refusalFailure } from "../xlsx";
import { writeFileAtomic, type OpenedWorkbook } from "../xlsx/node";
import { CliFailure } from "./io";

/**
 * Applies a plan to the input's package and, unless `output` is null (a dry run), writes the new
 * package to -o. Only the parts the plan changes are rewritten; everything else is copied byte for
 * byte. The input file itself is never opened for writing; a plan that changes nothing still
 * writes the copy, so -o always exists.
 */
export async function writeOutput(
  file: OpenedWorkbook,
  plan: WritePlan,
  output: string | null,
  input: string,
): Promise<ApplyOutcome> {
  const applied = applyPlan(file.package, plan);
  if (!applied.ok)
    throw new CliFailure(
      failureMessage(refusalFailure(applied.error, output ?? input), "ja", { source: input }),
    );
  const { outcome, bytes } = applied.value;
  const stale = outcome.changed.filter((c) => c.reason === "changed");
  if (stale.length > 0) {
    // The package is what the plan was made from, so this would be a bug, not a user's edit.
    throw new Error(`${stale.length} planned cells no longer held what was read`);
  }
  if (output === null) return outcome;
  const written = await writeFileAtomic(bytes, output, input);
  if (!written.ok) throw new CliFailure(failureMessage(written.error, "ja", { source: input }));
  return outcome;
}
