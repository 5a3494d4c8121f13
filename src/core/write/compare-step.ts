import type { WriteFailure } from "../port/failures";
import type { WritePlan } from "../port/plan";
import { fail, ok, type Result } from "../result";
import { compareAsk, compareHints, decide, type Decision } from "./compare";
import { failureOfHost } from "./host-failure";
import { readInChunks } from "./read-chunks";
import { planRefusal, refusalOf } from "./refusals";
import type { ReadAnswer, WritePort } from "./write-port";

/**
 * The compare step: one read (in pieces under the payload cap) of every target cell, every input
 * a value was computed from, the dropdown ranges and the sheets, then the decision per cell.
 * Anything that must refuse the whole plan does so here, before anything is written.
 */
export async function compareStep(
  port: WritePort,
  plan: WritePlan,
  logged: boolean,
): Promise<Result<{ answer: ReadAnswer; decision: Decision }, WriteFailure>> {
  const unwritable = planRefusal(plan);
  if (unwritable) return fail(unwritable);
  const read = await readInChunks(port, { ask: compareAsk(plan), hints: compareHints(plan) });
  if (!read.ok) {
    if (read.error.code === "not-found") {
      // A sheet of the plan is gone: the sheet list alone tells which.
      const sheets = await port.read({ sheets: true, cells: [], values: [], validations: [] });
      const refusal = sheets.ok ? refusalOf(plan, sheets.value.sheets, logged) : null;
      if (refusal) return fail(refusal);
    }
    return fail(failureOfHost(read.error));
  }
  if (read.value.cannotKeep) return fail({ code: "cannot-keep", path: null, problem: read.value.cannotKeep });
  const refusal = refusalOf(plan, read.value.sheets, logged);
  if (refusal) return fail(refusal);
  return ok({ answer: read.value, decision: decide(plan, read.value) });
}
