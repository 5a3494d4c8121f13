/**
 * What the 20,000-row tests share (one test file per action, so Jest's two workers share them): the
 * list (tests/builders/large-list.ts), an action read, planned and applied with 変更履歴 as the
 * pane applies it on a workbook of its own, and the checks every action must pass.
 */
import { largeListFile, type LargeListShape } from "../../../tests/builders/large-list";
import { createExcelHost, type NodeExcelHost } from "../../../tests/support/excel-host";
import { assertNoGaps } from "../../../tests/support/excel-host/jest";
import { readListFor, type ActionName } from "../../core/actions/read-for";
import { HISTORY_HEADER, HISTORY_SHEET, OPERATION_LABELS } from "../../core/history/history";
import type { OpenedList } from "../../core/list/open-list";
import type { WorkbookHost } from "../../core/port/host";
import type { ApplyOutcome } from "../../core/port/outcome";
import type { WritePlan } from "../../core/port/plan";
import { createOfficeHost } from "../office-host";

export const ROWS = 20_000;
/** The seed's 32 measures, 625 times over. */
export const COPIES = ROWS / 32;
/** The two header rows come back every 40 data rows: 500 printed pages. */
export const PAGES = ROWS / 40;
export const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
export const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };
export const TIME = "2025-10-01 09:00";
/** 変更者 of every write here. */
export const BY = "行革 花子";
const FIVE_MB = 5 * 1024 * 1024;
const FOUR_MB = 4 * 1024 * 1024;

/** Loading 20,000 rows into the emulator and moving ~30 MB through the client takes seconds. */
export const LARGE_TIMEOUT = 120_000;

export interface Run {
  readonly excel: NodeExcelHost;
  readonly host: WorkbookHost;
  readonly plan: WritePlan;
  readonly outcome: ApplyOutcome;
}

/** The printed copy: the header again every 40 rows, the KPI where the sample has one. */
export const PRINTED: LargeListShape = { rows: ROWS, kpi: "some", headerRepeats: true };
/** One header row and a KPI on every row: the densest write a list of this size asks for. */
export const DENSE: LargeListShape = { rows: ROWS, kpi: "every", headerRepeats: false };

/** A fresh workbook from the list (`prepare` edits it first), the action read, planned and applied with history. */
export async function run(
  action: Exclude<ActionName, "check">,
  planOf: (list: OpenedList) => WritePlan,
  prepare: (excel: NodeExcelHost) => void = () => undefined,
  shape: LargeListShape = PRINTED,
): Promise<Run> {
  const file = largeListFile(shape);
  const excel = await createExcelHost({ xlsx: file });
  prepare(excel);
  const host = createOfficeHost();
  const list = await readListFor(host, action);
  if (!list.ok) throw new Error(list.error.code);
  const plan = planOf(list.value);
  const applied = await host.apply(plan, {
    history: { operation: OPERATION_LABELS[action], time: TIME, by: BY },
  });
  if (!applied.ok) throw new Error(JSON.stringify(applied.error));
  return { excel, host, plan, outcome: applied.value };
}

/** Every payload under the cap and few round trips, whatever the list's size. */
export function expectWithinBudget(excel: NodeExcelHost): void {
  const stats = excel.stats();
  expect(stats.maxRequestBytes).toBeLessThanOrEqual(FIVE_MB);
  expect(stats.maxResponseBytes).toBeLessThanOrEqual(FIVE_MB);
  excel.expectBudget({ maxSyncs: Math.ceil(stats.totalBytes / FOUR_MB) + 4 });
  assertNoGaps(excel);
}

/** The list's columns read below the head (the first 100 rows), as letters: "A:F", "N". */
export function columnsReadBelowHead(excel: NodeExcelHost): Set<string> {
  return new Set(
    excel.records
      .flatMap((r) => r.reads)
      .filter((r) => r.address.startsWith("施策リスト!") && !r.address.includes("A1:"))
      .map((r) => r.address.replace(/^施策リスト!/u, "").replace(/\d+/gu, "")),
  );
}

/** 変更履歴 below its header: sheet, cell, before, after. */
export function historyOf(excel: NodeExcelHost): unknown[][] {
  const [header, ...rows] = excel.snapshot(HISTORY_SHEET).values;
  expect(header).toEqual([...HISTORY_HEADER]);
  expect(rows.every((r) => r[0] === TIME && r[6] === BY)).toBe(true);
  return rows.map((r) => [r[2], r[3], r[4], r[5]]);
}
