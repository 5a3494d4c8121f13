import { formatLocalTime, localTime } from "../core/calendar/fiscal-calendar";
import { OPERATION_LABELS, type Operation } from "../core/history/history";
import { failureMessage } from "../core/messages/failures";
import { nothingWritten } from "../core/messages/write-result";
import type { WriteFailure } from "../core/port/failures";
import type { ApplyOutcome } from "../core/port/outcome";
import type { WritePlan } from "../core/port/plan";
import { writeToPackage } from "../xlsx";
import { writeFileAtomic, type OpenedWorkbook } from "../xlsx/node";
import { CliFailure } from "./io";

/**
 * Writes a plan through the core's write engine onto the input's package, as every host does
 * (the same co-author guard, refusals and 変更履歴 rows), then, unless `output` is null (a dry
 * run), the new package to -o. Only the parts the plan changes are rewritten; everything else is
 * copied byte for byte. The input file itself is never opened for writing; a plan that changes
 * nothing still writes the copy, so -o always exists.
 */
export async function writeOutput(
  file: OpenedWorkbook,
  plan: WritePlan,
  output: string | null,
  input: string,
  log: { readonly operation: Operation; readonly now: Date; readonly by: string },
): Promise<ApplyOutcome> {
  const history = {
    operation: OPERATION_LABELS[log.operation],
    time: formatLocalTime(localTime(log.now)),
    by: log.by,
  };
  const written = await writeToPackage(file.package, plan, output === null ? {} : { history });
  if (!written.result.ok) throw new CliFailure(refusalLine(written.result.error, output ?? input, input));
  const outcome = written.result.value;
  const stale = outcome.changed.filter((c) => c.reason !== "formula");
  if (stale.length > 0 || outcome.interrupted) {
    // The package is what the plan was made from and is written whole: this would be a bug.
    throw new Error(`${stale.length} planned cells no longer held what was read`);
  }
  if (output === null) return outcome;
  const bytes = written.bytes ?? file.bytes;
  const saved = await writeFileAtomic(bytes, output, input);
  if (!saved.ok) throw new CliFailure(failureMessage(saved.error, "ja", { source: input }));
  return outcome;
}

/** A plan refused before anything was written: the reason, naming the output file. */
function refusalLine(failure: WriteFailure, path: string, input: string): string {
  const named = failure.code === "cannot-keep" ? { ...failure, path } : failure;
  return `${failureMessage(named, "ja", { source: input })}${nothingWritten("ja")}`;
}
