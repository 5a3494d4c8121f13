/**
 * What the host records about each request, and the budget assertion tests use: how many syncs,
 * how many bytes each way, and no payload over Excel on the web's limit ("Excel on the web has a
 * payload size limit for requests and responses of 5MB").
 */
import type { WireRequest, WireResponse } from "../protocol/wire";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** One read or write of cell contents: `{ property: "values", address: "Sheet1!A1:C10" }`. */
export interface CellAccess {
  readonly property: string;
  readonly address: string;
}

export interface SyncRecord {
  /** 1-based, counting every request the client sent. */
  readonly index: number;
  /**
   * `cleanup` is the request `Excel.run` sends after the batch to release the ranges it tracked
   * (only `_RemoveReference` calls); every `context.sync()` with queued work is a `sync`.
   */
  readonly kind: "sync" | "cleanup";
  readonly requestBytes: number;
  /** 0 when the host refused the request before running it. */
  readonly responseBytes: number;
  readonly request: WireRequest | null;
  readonly response: WireResponse | null;
  /** The error code the client got for this request, if it failed (Excel's, or an injected fault's). */
  readonly error: string | null;
  /**
   * True when the request ran (its actions are applied) but its answer did not reach the client:
   * `loseResponse`, or a response over the payload limit. `response` is what Excel computed.
   */
  readonly lost: boolean;
  /** The client's request flags (64 is `delayForCellEdit`). */
  readonly flags: number;
  /** Cell contents the request read (`values`, `formulas`, `text`, …), in order. */
  readonly reads: readonly CellAccess[];
  /** Cell contents the request wrote (`values`, `formulas`, `numberFormat`), in order. */
  readonly writes: readonly CellAccess[];
}

export interface SyncStats {
  syncs: number;
  cleanups: number;
  requests: { requestBytes: number; responseBytes: number }[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalBytes: number;
}

export interface Budget {
  /** Exactly this many syncs (cleanup requests not counted). */
  syncs?: number;
  /** At most this many syncs. */
  maxSyncs?: number;
  /** No request or response over this many bytes; defaults to the host's payload limit. */
  maxBytes?: number;
  /** At most this many bytes over all requests and responses. */
  maxTotalBytes?: number;
}

export function statsOf(records: readonly SyncRecord[]): SyncStats {
  const requests = records.map((r) => ({ requestBytes: r.requestBytes, responseBytes: r.responseBytes }));
  return {
    syncs: records.filter((r) => r.kind === "sync").length,
    cleanups: records.filter((r) => r.kind === "cleanup").length,
    requests,
    maxRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    maxResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
    totalBytes: requests.reduce((sum, r) => sum + r.requestBytes + r.responseBytes, 0),
  };
}

/** Throws a readable error listing every request when the records break the budget. */
export function checkBudget(records: readonly SyncRecord[], budget: Budget, payloadLimit: number): void {
  const stats = statsOf(records);
  const limit = budget.maxBytes ?? payloadLimit;
  const problems: string[] = [];
  if (budget.syncs !== undefined && stats.syncs !== budget.syncs) {
    problems.push(`expected exactly ${budget.syncs} syncs, saw ${stats.syncs}`);
  }
  if (budget.maxSyncs !== undefined && stats.syncs > budget.maxSyncs) {
    problems.push(`expected at most ${budget.maxSyncs} syncs, saw ${stats.syncs}`);
  }
  for (const r of records) {
    if (r.requestBytes > limit) problems.push(`request ${r.index} is ${r.requestBytes} bytes, over ${limit}`);
    if (r.responseBytes > limit)
      problems.push(`response ${r.index} is ${r.responseBytes} bytes, over ${limit}`);
  }
  if (budget.maxTotalBytes !== undefined && stats.totalBytes > budget.maxTotalBytes) {
    problems.push(`expected at most ${budget.maxTotalBytes} bytes in all, saw ${stats.totalBytes}`);
  }
  if (problems.length === 0) return;
  const lines = records.map(
    (r) =>
      `  #${r.index} ${r.kind} request ${r.requestBytes} B, response ${r.responseBytes} B${r.error ? `, ${r.error}` : ""}${r.lost ? " (lost)" : ""}`,
  );
  throw new Error(`Sync budget broken: ${problems.join("; ")}\n${lines.join("\n")}`);
}

export function isCleanup(request: WireRequest): boolean {
  const removals = request.Actions.filter((a) => a.ActionType === 3 && a.Name === "_RemoveReference");
  return removals.length > 0 && request.Actions.every((a) => a.ActionType === 1 || removals.includes(a));
}
