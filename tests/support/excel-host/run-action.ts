/**
 * Runs the add-in's own actions (what the pane's buttons call: read the list, plan, write with
 * 変更履歴, undo) on a workbook in the emulated Excel, through Microsoft's client, with faults
 * injected before chosen requests, and reports what happened as one JSON document. The developers'
 * fault tests and `npm run excel-host -- --action …` use it.
 */
import { check } from "../../../src/core/actions/check";
import { isFixable } from "../../../src/core/actions/fix";
import { readListFor } from "../../../src/core/actions/read-for";
import {
  defaultQuarter,
  formatLocalTime,
  localTime,
  todayFrom,
  type Quarter,
} from "../../../src/core/calendar/fiscal-calendar";
import { HISTORY_SHEET } from "../../../src/core/history/history";
import { issueCountsText } from "../../../src/core/messages/counts";
import { failureMessage } from "../../../src/core/messages/failures";
import { writeResultText } from "../../../src/core/messages/write-result";
import { cellAddress } from "../../../src/core/port/grid";
import { fail, ok } from "../../../src/core/result";
import { createOfficeHost } from "../../../src/excel/office-host";
import { stringsFor } from "../../../src/taskpane/i18n/strings";
import {
  attainmentRequest,
  fillRequest,
  fixRequest,
  summaryRequest,
  targetsSheetRequest,
} from "../../../src/taskpane/session/requests";
import {
  applyWrite,
  nextUndoStack,
  prepareUndo,
  prepareWrite,
  type Prepared,
  type UndoEntry,
  type WriteResult,
} from "../../../src/taskpane/session/write-flow";
import { columnLetters } from "./model/address";
import { createExcelHost, type NodeExcelHost } from "./create-excel-host";
import type { RequestFault } from "./host/faults";

export type ActionName = "check" | "fill" | "attainment" | "summary" | "fix" | "targets-sheet" | "undo";

export const ACTIONS: readonly ActionName[] = [
  "check",
  "fill",
  "attainment",
  "summary",
  "fix",
  "targets-sheet",
  "undo",
];

/** Something done to the workbook just before request `at` (1-based, every request counted). */
export type Fault =
  | { readonly kind: "fail-request"; readonly at: number; readonly code?: RequestFault }
  | { readonly kind: "lose-response"; readonly at: number }
  | { readonly kind: "coauthor"; readonly at: number; readonly address: string; readonly value: string }
  | { readonly kind: "protect"; readonly at: number; readonly sheet: string }
  | { readonly kind: "rename"; readonly at: number; readonly from: string; readonly to: string }
  | { readonly kind: "replace"; readonly at: number; readonly sheet: string }
  /**
   * Another person's add-in appends `row` to 変更履歴 just before request `at`, below the rows
   * there at that moment: where a write that read the sheet before it appends its own next.
   */
  | { readonly kind: "append-history"; readonly at: number; readonly row: readonly string[] };

export interface RunOptions {
  readonly xlsx: string | Buffer;
  readonly actions: readonly ActionName[];
  readonly quarter?: Quarter;
  readonly faults?: readonly Fault[];
  /** The time the actions run at (the summary's title, 変更履歴's time column). */
  readonly now?: Date;
  /** 変更者 in 変更履歴; none by default, as in a pane where no name was given. */
  readonly by?: string;
  /** A smaller payload cap than Excel on the web's 5 MB, to see a write cut in more pieces. */
  readonly payloadLimit?: number;
  /**
   * The cap the add-in counts its requests against, when it differs from the host's: larger than
   * `payloadLimit`, Excel refuses as too large requests the add-in meant to fit.
   */
  readonly addinPayloadLimit?: number;
  readonly sets?: Record<string, string> | readonly string[];
}

export interface ActionReport {
  readonly action: ActionName;
  /** written, interrupted (a failure part-way), refused (nothing written), or what else it said. */
  readonly outcome: "written" | "interrupted" | "refused" | "stopped" | "notice" | "failed" | "checked";
  readonly message: string;
  /** Cells that hold what the action wrote when it ended (`施策リスト!N60`). */
  readonly written: readonly string[];
  /** Planned cells left alone, with why and what they hold. */
  readonly skipped: readonly { readonly cell: string; readonly reason: string; readonly found: unknown }[];
  readonly sheetsAdded: readonly string[];
  readonly sheetsRemoved: readonly string[];
  /** The 変更履歴 rows this action left (non-empty rows below those there before). */
  readonly history: readonly (readonly unknown[])[];
  readonly syncs: number;
  /**
   * Every request of this action: its number, whether it was a sync or `Excel.run`'s clean-up,
   * bytes each way, cells written, and a failure.
   */
  readonly requests: readonly {
    readonly index: number;
    readonly kind: "sync" | "cleanup";
    readonly bytes: number;
    readonly responseBytes: number;
    readonly writes: number;
    readonly error: string | null;
    readonly lost: boolean;
  }[];
}

export interface RunReport extends ActionReport {
  /** The actions before the last one, in order. */
  readonly before: readonly ActionReport[];
}

export async function runActions(options: RunOptions): Promise<{ report: RunReport; excel: NodeExcelHost }> {
  const excel = await createExcelHost({
    xlsx: options.xlsx,
    ...(options.sets ? { sets: options.sets } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  for (const fault of options.faults ?? []) arm(excel, fault);
  const assumed = options.addinPayloadLimit ?? options.payloadLimit;
  const host = createOfficeHost(undefined, assumed ? { payloadLimit: assumed } : {});
  const now = options.now ?? new Date();
  const quarter = options.quarter ?? defaultQuarter(todayFrom(now));
  const strings = stringsFor("ja");
  const time = formatLocalTime(localTime(now));
  const by = options.by ?? "";
  let stack: readonly UndoEntry[] = [];
  const reports: ActionReport[] = [];
  for (const action of options.actions) {
    const first = excel.records.length;
    const logBefore = historyRows(excel).length;
    let result: WriteResult | { kind: "checked"; message: string };
    if (action === "check") {
      const list = await readListFor(host, "check");
      result = list.ok
        ? { kind: "checked", message: issueCountsText(check(list.value, { quarter }).report.counts, "ja") }
        : { kind: "failed", message: failureMessage(list.error, "ja") };
    } else if (action === "undo") {
      const entry = stack[stack.length - 1];
      const prepared = entry
        ? await prepareUndo(host, entry, "ja")
        : { failed: "元に戻す書き込みがありません" };
      result =
        "failed" in prepared
          ? { kind: "failed", message: prepared.failed }
          : await applyWrite(host, prepared.request, { time, by });
    } else {
      const prepared = await prepareWrite(host, READS[action], (list) => build(action, list), {
        language: "ja",
      });
      if ("failed" in prepared) result = { kind: "failed", message: prepared.failed };
      else if ("notice" in prepared) result = { kind: "notice", message: prepared.notice };
      else result = await applyWrite(host, prepared, { time, by });
    }
    if (result.kind === "written") stack = nextUndoStack(stack, result.operation, result.outcome);
    reports.push(reportOf(action, result, excel, first, historyRows(excel).slice(logBefore)));
  }

  function build(
    action: Exclude<ActionName, "check" | "undo">,
    list: Parameters<typeof fillRequest>[0],
  ): Prepared {
    switch (action) {
      case "fill":
        return fillRequest(list, strings);
      case "attainment":
        return attainmentRequest(list, quarter, strings);
      case "summary":
        return summaryRequest(list, { quarter, now: localTime(now), language: "ja" }, strings);
      case "fix":
        return fixRequest(list, check(list, { quarter }).report.issues.filter(isFixable));
      case "targets-sheet":
        return targetsSheetRequest(list, quarter, strings);
    }
  }

  const last = reports[reports.length - 1];
  return { report: { ...last, before: reports.slice(0, -1) }, excel };
}

/** What each action reads the list for; a fix plans from the check. */
const READS = {
  fill: "fill",
  attainment: "attainment",
  summary: "summary",
  fix: "check",
  "targets-sheet": "targets",
} as const;

function arm(excel: NodeExcelHost, fault: Fault): void {
  switch (fault.kind) {
    case "fail-request":
      return excel.failRequest(fault.at, fault.code);
    case "lose-response":
      return excel.loseResponse(fault.at);
    case "coauthor":
      return excel.beforeSync(fault.at, () => excel.edit(fault.address, fault.value));
    case "protect":
      return excel.beforeSync(fault.at, () => excel.protectSheet(fault.sheet));
    case "rename":
      return excel.beforeSync(fault.at, () => excel.renameSheet(fault.from, fault.to));
    case "replace":
      return excel.beforeSync(fault.at, () => excel.replaceSheet(fault.sheet));
    case "append-history":
      return excel.beforeSync(fault.at, () => {
        const below = excel.snapshot(HISTORY_SHEET).values.length + 1;
        fault.row.forEach((value, i) => excel.edit(`${HISTORY_SHEET}!${columnLetters(i)}${below}`, value));
      });
  }
}

function reportOf(
  action: ActionName,
  result: WriteResult | { kind: "checked"; message: string },
  excel: NodeExcelHost,
  first: number,
  history: unknown[][],
): ActionReport {
  const records = excel.records.slice(first);
  const base = {
    action,
    syncs: records.filter((r) => r.kind === "sync").length,
    requests: records.map((r) => ({
      index: r.index,
      kind: r.kind,
      bytes: r.requestBytes,
      responseBytes: r.responseBytes,
      writes: r.writes.length,
      error: r.error,
      lost: r.lost,
    })),
    history,
  };
  const none = { written: [], skipped: [], sheetsAdded: [], sheetsRemoved: [] };
  switch (result.kind) {
    case "checked":
    case "notice":
    case "failed":
      return { ...base, ...none, outcome: result.kind, message: result.message };
    case "stopped":
      return { ...base, ...none, outcome: "stopped", message: "中止しました" };
    case "refused": {
      const text = writeResultText(fail(result.failure), "ja");
      return { ...base, ...none, outcome: "refused", message: text.headline };
    }
    case "written": {
      const o = result.outcome;
      const text = writeResultText(ok(o), "ja");
      const place = (c: { sheet: string; rowIndex: number; colIndex: number }) =>
        `${c.sheet}!${cellAddress(c.rowIndex, c.colIndex)}`;
      return {
        ...base,
        outcome: o.interrupted ? "interrupted" : "written",
        message: [text.headline, ...text.lines].join(" "),
        written: o.written.map(place),
        skipped: [
          ...o.changed.map((c) => ({ cell: place(c), reason: c.reason, found: c.found })),
          ...(o.interrupted?.unknown ?? []).map((u) => ({ cell: place(u), reason: "unknown", found: null })),
        ],
        sheetsAdded: o.sheetsAdded.map((m) => m.name),
        sheetsRemoved: o.sheetsRemoved.map((m) => m.name),
      };
    }
  }
}

/** The 変更履歴 sheet's rows below its header that hold anything, as the workbook has them now. */
export function historyRows(excel: NodeExcelHost): unknown[][] {
  if (!excel.workbook.sheets.some((s) => s.name === HISTORY_SHEET)) return [];
  return excel
    .snapshot(HISTORY_SHEET)
    .values.slice(1)
    .filter((row) => row.some((v) => v !== "" && v !== null));
}
