import { useCallback, useRef, useState } from "react";
import { readListFor, type ActionName } from "../../core/actions/read-for";
import { changedSinceApplied, planUndo } from "../../core/actions/undo";
import { OPERATION_LABELS, type Operation } from "../../core/history/history";
import { failureMessage } from "../../core/messages/failures";
import type { Language } from "../../core/messages/messages";
import type { OpenedList } from "../../core/list/open-list";
import type { ApplyProgress, ApplyStep, WorkbookHost } from "../../core/port/host";
import { changedAnything, type ApplyOutcome, type ChangedCell } from "../../core/port/outcome";
import type { WriteFailure } from "../../core/port/failures";
import { ok } from "../../core/result";
import { isEmptyPlan, type WritePlan } from "../../core/port/plan";
import { historyTime } from "./clock";
import { errorText } from "./use-list";
import { planChanges, type PlanChanges } from "./plan-changes";

/** A write a view asks for: the person sees it first and confirms. */
export interface WriteRequest {
  readonly operation: Operation;
  readonly plan: WritePlan;
  /** Lines shown with the changes (values fill leaves alone, for instance). */
  readonly notes?: readonly string[];
  /** Told once the write is done, with what the host did. */
  readonly onWritten?: (outcome: ApplyOutcome) => void;
}

/** What an action prepared from a fresh read: a write to confirm, or a sentence saying why not. */
export type Prepared = WriteRequest | { readonly notice: string };

export interface UndoEntry {
  readonly operation: Operation;
  readonly outcome: ApplyOutcome;
}

export type WriterState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly operation: Operation; readonly cancel: { cancelled: boolean } }
  | {
      readonly kind: "review";
      readonly request: WriteRequest;
      readonly changes: PlanChanges;
      /** For an undo: written cells someone changed since, which it leaves alone. */
      readonly keeps: readonly ChangedCell[];
    }
  | {
      readonly kind: "applying";
      readonly request: WriteRequest;
      readonly step: ApplyStep | null;
      readonly progress: ApplyProgress | null;
      readonly cancel: { cancelled: boolean };
    };

export type WriteResult =
  | { readonly kind: "written"; readonly operation: Operation; readonly outcome: ApplyOutcome }
  /** Refused before anything was written. */
  | { readonly kind: "refused"; readonly failure: WriteFailure }
  | { readonly kind: "stopped" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "notice"; readonly message: string };

export interface Writer {
  readonly state: WriterState;
  readonly result: WriteResult | null;
  readonly undoable: UndoEntry | null;
  /** Reads the list afresh for an action, builds its write and shows it for confirmation. */
  prepare(operation: Operation, action: ActionName, build: (list: OpenedList) => Prepared): void;
  /** Shows a write planned from the list already read (a fix, a PL's save) for confirmation. */
  request(request: WriteRequest): void;
  confirm(): void;
  /** Closes the confirmation without writing, or drops a read still under way. */
  cancel(): void;
  /** Stops a write between its steps; nothing is left half-written. */
  stop(): void;
  undo(): void;
  dismiss(): void;
}

interface WriterDeps {
  readonly host: WorkbookHost;
  readonly language: Language;
  readonly sheet: string | undefined;
  readonly now: () => Date;
  readonly afterWrite: (plan: WritePlan, outcome: ApplyOutcome) => void;
}

/**
 * Every write of the pane goes through here: shown first (cell, old → new), written on
 * confirmation with the co-author guard and the 変更履歴 rows, stoppable between steps, and
 * undoable afterwards except for cells someone changed since.
 */
export function useWriter(deps: WriterDeps): Writer {
  const [state, setState] = useState<WriterState>({ kind: "idle" });
  const [result, setResult] = useState<WriteResult | null>(null);
  const [stack, setStack] = useState<readonly UndoEntry[]>([]);
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const stateRef = useRef(state);
  stateRef.current = state;

  const review = useCallback((request: WriteRequest, keeps: readonly ChangedCell[] = []) => {
    setResult(null);
    setState({ kind: "review", request, changes: planChanges(request.plan), keeps });
  }, []);

  const prepare = useCallback(
    (operation: Operation, action: ActionName, build: (list: OpenedList) => Prepared) => {
      const { host, language, sheet } = depsRef.current;
      const cancel = { cancelled: false };
      setResult(null);
      setState({ kind: "reading", operation, cancel });
      readListFor(host, action, sheet === undefined ? {} : { sheet }).then(
        (read) => {
          if (cancel.cancelled) return;
          if (!read.ok) {
            setState({ kind: "idle" });
            setResult({ kind: "failed", message: failureMessage(read.error, language) });
            return;
          }
          const prepared = build(read.value);
          if ("notice" in prepared) {
            setState({ kind: "idle" });
            setResult({ kind: "notice", message: prepared.notice });
          } else review(prepared);
        },
        (error: unknown) => {
          if (cancel.cancelled) return;
          setState({ kind: "idle" });
          setResult({ kind: "failed", message: errorText(error) });
        },
      );
    },
    [review],
  );

  const confirm = useCallback(() => {
    const current = stateRef.current;
    if (current.kind !== "review") return;
    const { request } = current;
    const { host, language, now, afterWrite } = depsRef.current;
    const cancel = { cancelled: false };
    setState({ kind: "applying", request, step: null, progress: null, cancel });
    const finish = (next: WriteResult) => {
      setState({ kind: "idle" });
      setResult(next);
    };
    // The confirmation of an empty plan offers no button to write; nothing to do here either.
    if (isEmptyPlan(request.plan)) return setState({ kind: "idle" });
    host
      .apply(request.plan, {
        history: { operation: OPERATION_LABELS[request.operation], time: historyTime(now()) },
        cancel,
        onStep: (step, progress) =>
          setState((s) => (s.kind === "applying" ? { ...s, step, progress: progress ?? null } : s)),
      })
      .then(
        (applied) => {
          if (!applied.ok) return finish({ kind: "refused", failure: applied.error });
          const outcome = applied.value;
          const stopped = outcome.interrupted?.failure.code === "stopped";
          if ((cancel.cancelled || stopped) && !changedAnything(outcome)) return finish({ kind: "stopped" });
          afterWrite(request.plan, outcome);
          setStack((s) => nextUndoStack(s, request.operation, outcome));
          request.onWritten?.(outcome);
          finish({ kind: "written", operation: request.operation, outcome });
        },
        (error: unknown) => finish({ kind: "failed", message: errorText(error) }),
      );
  }, []);

  const cancel = useCallback(() => {
    const current = stateRef.current;
    if (current.kind === "reading") current.cancel.cancelled = true;
    if (current.kind === "reading" || current.kind === "review") setState({ kind: "idle" });
  }, []);

  const stop = useCallback(() => {
    const current = stateRef.current;
    if (current.kind === "applying") current.cancel.cancelled = true;
  }, []);

  const undoable = stack.length > 0 ? stack[stack.length - 1] : null;

  const undo = useCallback(() => {
    if (!undoable) return;
    const { host } = depsRef.current;
    const cancel = { cancelled: false };
    setResult(null);
    setState({ kind: "reading", operation: "undo", cancel });
    const written = undoable.outcome.written;
    // A write that added a sheet but wrote no cell (the summary) has nothing to compare: no round trip.
    const current =
      written.length === 0
        ? Promise.resolve(ok([]))
        : host.readCells(written.map((w) => ({ sheet: w.sheet, rowIndex: w.rowIndex, col: w.colIndex })));
    current.then(
      (read) => {
        if (cancel.cancelled) return;
        if (!read.ok) {
          setState({ kind: "idle" });
          setResult({ kind: "failed", message: failureMessage(read.error, depsRef.current.language) });
          return;
        }
        const values = read.value;
        const now = new Map(
          written.map((w, i) => [`${w.sheet}!${w.rowIndex}:${w.colIndex}`, values[i] ?? null]),
        );
        const keeps = changedSinceApplied(undoable.outcome, (s, r, c) => now.get(`${s}!${r}:${c}`) ?? null);
        review({ operation: "undo", plan: planUndo(undoable.outcome) }, keeps);
      },
      (error: unknown) => {
        setState({ kind: "idle" });
        setResult({ kind: "failed", message: errorText(error) });
      },
    );
  }, [undoable, review]);

  const dismiss = useCallback(() => setResult(null), []);

  return { state, result, undoable, prepare, request: review, confirm, cancel, stop, undo, dismiss };
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
): readonly UndoEntry[] {
  if (operation !== "undo") return changedAnything(outcome) ? [...stack, { operation, outcome }] : stack;
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
