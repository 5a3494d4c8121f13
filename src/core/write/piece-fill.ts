import { HISTORY_SHEET } from "../history/history";
import type { HistoryLog } from "./history-log";
import { splitUnit, unitBytes, type Unit } from "./units";
import type { Bytes, Op, PayloadModel, SheetRef, WritePort } from "./write-port";

/** Where 変更履歴 rows go while the sheet's identity is not known yet. */
export const HISTORY_REF: SheetRef = { name: HISTORY_SHEET, id: null };

/**
 * How many requests the units will take, for progress: their bytes over the budget, as
 * fillPiece() fills each request near it. A correction or a row longer than the rest may add one.
 */
export function countPieces(port: WritePort, units: readonly Unit[], log: HistoryLog | null): number {
  const model = port.payload;
  if (model === null) return 1;
  let request = 0;
  let response = 0;
  for (const unit of units) {
    const bytes = unitBytes(model, unit, log?.ref ?? HISTORY_REF);
    request += bytes.request;
    response += bytes.response;
  }
  const room = (base: number) => Math.max(1, model.budget - base);
  return Math.max(
    1,
    Math.ceil(request / room(model.base.request)),
    Math.ceil(response / room(model.base.response)),
  );
}

/**
 * Takes from the front of `queue` the units of the next request, after the corrections `ops`
 * already in it (with `extra`, what else they bring: their loads, rows appended again), while they
 * fit the budget. A unit that does not fit is cut so its first rows
 * fill the request (and one too big for any request, so it fits one); the rest stays queued.
 */
export function fillPiece(
  queue: Unit[],
  model: PayloadModel | null,
  ops: readonly Op[],
  historySheet: SheetRef,
  extra: Bytes = { request: 0, response: 0 },
): Unit[] {
  const units: Unit[] = [];
  if (model === null) return queue.splice(0, queue.length);
  let request = model.base.request + extra.request + ops.reduce((n, op) => n + model.op(op).request, 0);
  let response = model.base.response + extra.response;
  while (queue.length > 0) {
    const unit = queue[0];
    const bytes = unitBytes(model, unit, historySheet);
    // What is left of the budget, as a share of what the unit needs.
    const room = Math.min(
      (model.budget - request) / Math.max(1, bytes.request),
      (model.budget - response) / Math.max(1, bytes.response),
    );
    if (room < 1) {
      const empty = units.length === 0 && ops.length === 0;
      const parts = room > 0.05 ? splitUnit(unit, room * 0.9) : empty ? splitUnit(unit) : null;
      if (parts) {
        queue.splice(0, 1, ...parts);
        continue;
      }
      if (!empty) break;
    }
    units.push(unit);
    queue.shift();
    request += bytes.request;
    response += bytes.response;
  }
  return units;
}
