import { readListFor, type ReadPurpose } from "../../core/actions/read-for";
import { changedSinceApplied, planUndo } from "../../core/actions/undo";
import { OPERATION_LABELS, type Operation } from "../../core/history/history";
import { failureMessage } from "../../core/messages/failures";
import type { Language } from "../../core/messages/messages";
import { measureNamesOf, type MeasureNames } from "../../core/list/measure-names";
import type { OpenedList } from "../../core/list/open-list";
import type { WriteFailure } from "../../core/port/failures";
import type { ApplyProgress, ApplyStep, WorkbookHost } from "../../core/port/host";
import { changedAnything, type ApplyOutcome, type ChangedCell } from "../../core/port/outcome";
import type { WritePlan } from "../../core/port/plan";
import { cellKey } from "./plan-changes";

/**
 * The steps of every write the pane makes, without React: read the list afresh and plan, write a
 * confirmed plan with its 変更履歴 label, prepare an undo. The pane's writer (use-writer.ts) and
 * the emulated-Excel command line (`npm run excel-host -- --action`) both run these, so what the
 * command line shows is what a button does.
 */

/** A write a view asks for: the person sees it first and confirms. */
export interface WriteRequest {
  readonly operation: Operation;
  readonly plan: WritePlan;
  /** Lines shown with the changes (values fill leaves alone, for instance). */
  readonly notes?: readonly string[];
  /** Warnings on what the write changes, shown first for a second look (a PL's save). */
  readonly warnings?: readonly string[];
  /** The list's measures, so each cell is named by 施策番号 and 管理項目, not only its address. */
  readonly measures?: MeasureNames;
  /** For an undo: the header cells the undone write added, listed as one line. */
  readonly headerCells?: ReadonlySet<string>;
  /** Told once the write is done, with what the host did. */
  readonly onWritten?: (outcome: ApplyOutcome) => void;
}

/** What an action prepared from a fresh read: a write to confirm, or a sentence saying why not. */
export type Prepared = WriteRequest | { readonly notice: string };

export interface UndoEntry {
  readonly operation: Operation;
  readonly outcome: ApplyOutcome;
  /** The measures the write named, so its undo names them too. */
  readonly measures?: MeasureNames;
}

export type WriteResult =
  | { readonly kind: "written"; readonly operation: Operation; readonly outcome: ApplyOutcome }
  /** Refused before anything was written. */
  | { readonly kind: "refused"; readonly failure: WriteFailure }
  | { readonly kind: "stopped" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "notice"; readonly message: string };

/** Reads the list afresh for an action and builds its write, or says why it cannot. */
export async function prepareWrite(
  host: WorkbookHost,
  action: ReadPurpose,
  build: (list: OpenedList) => Prepared,
  options: { readonly sheet?: string; readonly language: Language },
): Promise<Prepared | { readonly failed: string }> {
  const read = await readListFor(host, action, options.sheet === undefined ? {} : { sheet: options.sheet });
  if (!read.ok) return { failed: failureMessage(read.error, options.language) };
  const prepared = build(read.value);
  return "notice" in prepared || prepared.measures
    ? prepared
    : { ...prepared, measures: measureNamesOf(read.value) };
}

/**
 * Writes a confirmed request through the host's write engine, logged in 変更履歴 under the
 * operation's name: a write that changed anything (even one stopped part-way) is "written", so it
 * can be undone; a refusal changed nothing.
 */
export async function applyWrite(
  host: WorkbookHost,
  request: WriteRequest,
  deps: {
    readonly time: string;
    /** 変更者: the name the person gave, "" when none. */
    readonly by: string;
    readonly cancel?: { readonly cancelled: boolean };
    readonly onStep?: (step: ApplyStep, progress?: ApplyProgress) => void;
  },
): Promise<WriteResult> {
  const applied = await host.apply(request.plan, {
    history: { operation: OPERATION_LABELS[request.operation], time: deps.time, by: deps.by },
    ...(deps.cancel ? { cancel: deps.cancel } : {}),
    ...(deps.onStep ? { onStep: deps.onStep } : {}),
  });
  if (!applied.ok) return { kind: "refused", failure: applied.error };
  const outcome = applied.value;
  const stopped = deps.cancel?.cancelled === true || outcome.interrupted?.failure.code === "stopped";
  if (stopped && !changedAnything(outcome)) return { kind: "stopped" };
  return { kind: "written", operation: request.operation, outcome };
}

/**
 * The undo of a write: its plan, and the written cells someone changed since, read now (in as few
 * requests as the payload cap allows) so the confirmation can list what it will leave.
 */
export async function prepareUndo(
  host: WorkbookHost,
  entry: UndoEntry,
  language: Language,
): Promise<
  { readonly request: WriteRequest; readonly keeps: readonly ChangedCell[] } | { readonly failed: string }
> {
  const written = entry.outcome.written;
  // A write that added a sheet but wrote no cell (the summary) has nothing to compare: no round trip.
  const read =
    written.length === 0
      ? { ok: true as const, value: [] }
      : await host.readCells(written.map((w) => ({ sheet: w.sheet, rowIndex: w.rowIndex, col: w.colIndex })));
  if (!read.ok) return { failed: failureMessage(read.error, language) };
  const now = new Map(
    written.map((w, i) => [`${w.sheet}!${w.rowIndex}:${w.colIndex}`, read.value[i] ?? null]),
  );
  const keeps = changedSinceApplied(entry.outcome, (s, r, c) => now.get(`${s}!${r}:${c}`) ?? null);
  const headerCells = new Set(
    written.filter((w) => w.purpose === "header").map((w) => cellKey(w.sheet, w.rowIndex, w.colIndex)),
  );
  const request: WriteRequest = {
    operation: "undo",
    plan: planUndo(entry.outcome),
    headerCells,
    ...(entry.measures ? { measures: entry.measures } : {}),
  };
  return { request, keeps };
}

/**
 * The undo stack after a write: a write that changed anything (even one stopped part-way, whose
 * cells stay) can be undone; an undo takes its entry off, and puts back an entry for what it could
 * not take back, so 元に戻す can be tried again.
 */
export function nextUndoStack(
  stack: readonly UndoEntry[],
  operation: Operation,
  outcome: ApplyOutcome,
  measures?: MeasureNames,
): readonly UndoEntry[] {
  if (operation !== "undo")
    return changedAnything(outcome)
      ? [...stack, { operation, outcome, ...(measures ? { measures } : {}) }]
      : stack;
  const last = stack[stack.length - 1];
  const rest = stack.slice(0, -1);
  if (!last || !outcome.interrupted) return rest;
  const restored = new Set(outcome.written.map((w) => `${w.sheet}!${w.rowIndex}:${w.colIndex}`));
  const removed = new Set(outcome.sheetsRemoved.map((m) => m.id));
  const left: ApplyOutcome = {
    ...last.outcome,
    written: last.outcome.written.filter((w) => !restored.has(`${w.sheet}!${w.rowIndex}:${w.colIndex}`)),
    sheetsAdded: last.outcome.sheetsAdded.filter((m) => !removed.has(m.id)),
  };
  return changedAnything(left) ? [...rest, { operation: last.operation, outcome: left }] : rest;
}
