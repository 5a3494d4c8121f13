import { useCallback, useEffect, useRef, useState } from "react";
import { readListFor } from "../../core/actions/read-for";
import { failureMessage } from "../../core/messages/failures";
import type { Language } from "../../core/messages/messages";
import { openList, type OpenedList } from "../../core/list/open-list";
import type { WorkbookHost } from "../../core/port/host";
import type { ApplyOutcome } from "../../core/port/outcome";
import type { WritePlan } from "../../core/port/plan";
import { bookAfterWrite } from "./book-after-write";

export type ListState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly list: OpenedList }
  | { readonly kind: "failed"; readonly message: string };

export interface ListSession {
  readonly state: ListState;
  /** Reads the list again from the workbook (a co-author's edits, another sheet picked). */
  reload(): void;
  /** Brings the list up to date with a write, without reading the workbook again. */
  afterWrite(plan: WritePlan, outcome: ApplyOutcome): void;
}

/**
 * The list every view shows, read once with everything the views need (every list column, the
 * 選択肢 sheet, the summaries' snapshots for the weather history) and kept current after writes.
 * A reload that finishes after a newer one started is dropped.
 */
export function useList(host: WorkbookHost, language: Language, sheet: string | undefined): ListSession {
  const [state, setState] = useState<ListState>({ kind: "loading" });
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState({ kind: "loading" });
    readListFor(host, "summary", sheet === undefined ? {} : { sheet }).then(
      (read) => {
        if (mine !== generation.current) return;
        setState(
          read.ok
            ? { kind: "ready", list: read.value }
            : { kind: "failed", message: failureMessage(read.error, language) },
        );
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ kind: "failed", message: errorText(error) });
      },
    );
  }, [host, language, sheet]);

  useEffect(reload, [reload]);

  const afterWrite = useCallback((plan: WritePlan, outcome: ApplyOutcome) => {
    generation.current++;
    setState((current) => {
      if (current.kind !== "ready") return current;
      const reopened = openList(bookAfterWrite(current.list.book, plan, outcome), {
        sheet: current.list.sheet.name,
      });
      return reopened.ok ? { kind: "ready", list: reopened.value } : current;
    });
  }, []);

  return { state, reload, afterWrite };
}

/** An unexpected error (a host exception, a bug) in one line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
