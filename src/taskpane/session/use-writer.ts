import { useCallback, useRef, useState } from "react";
import type { ReadPurpose } from "../../core/actions/read-for";
import type { Operation } from "../../core/history/history";
import type { Language } from "../../core/messages/messages";
import type { OpenedList } from "../../core/list/open-list";
import type { ApplyProgress, ApplyStep, WorkbookHost } from "../../core/port/host";
import type { ApplyOutcome, ChangedCell } from "../../core/port/outcome";
import { isEmptyPlan, type WritePlan } from "../../core/port/plan";
import { historyTime } from "./clock";
import { errorText } from "./use-list";
import { planChanges, type PlanChanges } from "./plan-changes";
import {
  applyWrite,
  nextUndoStack,
  prepareUndo,
  prepareWrite,
  type Prepared,
  type UndoEntry,
  type WriteRequest,
  type WriteResult,
} from "./write-flow";

export type { Prepared, UndoEntry, WriteRequest, WriteResult };

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
    }
  /**
   * The write is over: the confirmation shows its result until closed (a clean write may close by
   * itself; cells left alone, a failure or a stop wait for the person).
   */
  | { readonly kind: "done"; readonly request: WriteRequest; readonly result: WriteResult };

export interface Writer {
  readonly state: WriterState;
  readonly result: WriteResult | null;
  readonly undoable: UndoEntry | null;
  /** Reads the list afresh for an action, builds its write and shows it for confirmation. */
  prepare(operation: Operation, action: ReadPurpose, build: (list: OpenedList) => Prepared): void;
  /** Shows a write planned from the list already read (a fix, a PL's save) for confirmation. */
  request(request: WriteRequest): void;
  confirm(): void;
  /** Closes the confirmation without writing, or drops a read still under way. */
  cancel(): void;
  /** Closes the confirmation once the write is over. */
  close(): void;
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
  /** 変更者 for 変更履歴: the name the person gave on this computer, "" when none. */
  readonly by: string;
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
    const context = {
      ...(request.measures ? { measures: request.measures } : {}),
      ...(request.headerCells ? { headerCells: request.headerCells } : {}),
    };
    setState({ kind: "review", request, changes: planChanges(request.plan, context), keeps });
  }, []);

  const prepare = useCallback(
    (operation: Operation, action: ReadPurpose, build: (list: OpenedList) => Prepared) => {
      const { host, language, sheet } = depsRef.current;
      const cancel = { cancelled: false };
      setResult(null);
      setState({ kind: "reading", operation, cancel });
      prepareWrite(host, action, build, { language, ...(sheet === undefined ? {} : { sheet }) }).then(
        (prepared) => {
          if (cancel.cancelled) return;
          if ("failed" in prepared) {
            setState({ kind: "idle" });
            setResult({ kind: "failed", message: prepared.failed });
          } else if ("notice" in prepared) {
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
    const { host, now, by, afterWrite } = depsRef.current;
    const cancel = { cancelled: false };
    setState({ kind: "applying", request, step: null, progress: null, cancel });
    const finish = (next: WriteResult) => {
      setState({ kind: "done", request, result: next });
      setResult(next);
    };
    // The confirmation of an empty plan offers no button to write; nothing to do here either.
    if (isEmptyPlan(request.plan)) return setState({ kind: "idle" });
    applyWrite(host, request, {
      time: historyTime(now()),
      by,
      cancel,
      onStep: (step, progress) =>
        setState((s) => (s.kind === "applying" ? { ...s, step, progress: progress ?? null } : s)),
    }).then(
      (next) => {
        if (next.kind === "written") {
          afterWrite(request.plan, next.outcome);
          setStack((s) => nextUndoStack(s, request.operation, next.outcome, request.measures));
          request.onWritten?.(next.outcome);
        }
        finish(next);
      },
      (error: unknown) => finish({ kind: "failed", message: errorText(error) }),
    );
  }, []);

  const cancel = useCallback(() => {
    const current = stateRef.current;
    if (current.kind === "reading") current.cancel.cancelled = true;
    if (current.kind === "reading" || current.kind === "review") setState({ kind: "idle" });
  }, []);

  const close = useCallback(() => {
    if (stateRef.current.kind === "done") setState({ kind: "idle" });
  }, []);

  const stop = useCallback(() => {
    const current = stateRef.current;
    if (current.kind === "applying") current.cancel.cancelled = true;
  }, []);

  const undoable = stack.length > 0 ? stack[stack.length - 1] : null;

  const undo = useCallback(() => {
    if (!undoable) return;
    const { host, language } = depsRef.current;
    const cancel = { cancelled: false };
    setResult(null);
    setState({ kind: "reading", operation: "undo", cancel });
    prepareUndo(host, undoable, language).then(
      (prepared) => {
        if (cancel.cancelled) return;
        if ("failed" in prepared) {
          setState({ kind: "idle" });
          setResult({ kind: "failed", message: prepared.failed });
        } else review(prepared.request, prepared.keeps);
      },
      (error: unknown) => {
        setState({ kind: "idle" });
        setResult({ kind: "failed", message: errorText(error) });
      },
    );
  }, [undoable, review]);

  const dismiss = useCallback(() => setResult(null), []);

  return { state, result, undoable, prepare, request: review, confirm, cancel, close, stop, undo, dismiss };
}
