/**
 * Office.js figures, measured on the emulated Excel host with Microsoft's own client: for the
 * 32-measure sample and a 20,000-row list with seed-length texts, each operation's round trips and
 * payloads, as the pane runs them (the pane has read the workbook once when it opened, so it knows
 * the sheet names; check is measured from a cold start, as the ribbon's buttons run).
 * Run by bench.ts in a process of its own (`tsx bench/office-figures.ts`): prints one JSON document.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sampleRows } from "../examples/sample-data";
import { createExcelHost } from "../tests/support/excel-host";
import { attainment } from "../src/core/actions/attainment";
import { check } from "../src/core/actions/check";
import { fill } from "../src/core/actions/fill";
import { readListFor, type ActionName } from "../src/core/actions/read-for";
import { summary } from "../src/core/actions/summary";
import type { OpenedList } from "../src/core/list/open-list";
import type { WritePlan } from "../src/core/port/plan";
import { createOfficeHost } from "../src/excel/office-host";
import { largeListFile } from "../tests/builders/large-list";
import { OPERATION_LABELS } from "../src/core/history/history";
import type { WorkbookHost } from "../src/core/port/host";
import type { ApplyOutcome } from "../src/core/port/outcome";
import { applyWrite, prepareUndo } from "../src/taskpane/session/write-flow";
import { benchWorkbook } from "./bench-workbook";

const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };

export interface OperationFigures {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly totalBytes: number;
  readonly ms: number;
}

const PLANS: Record<ActionName, (list: OpenedList) => WritePlan | null> = {
  check: (list) => (check(list, { quarter: R7Q2 }), null),
  fill: (list) => fill(list).plan,
  attainment: (list) => attainment(list, R7Q2).plan,
  summary: (list) => summary(list, { quarter: R7Q2, now: NOW }).plan,
};

async function measure(xlsx: string, action: ActionName): Promise<OperationFigures> {
  const excel = await createExcelHost({ xlsx });
  const host = createOfficeHost();
  // The pane read the workbook when it opened; check alone is measured as a cold start.
  if (action !== "check") await readListFor(host, "check");
  excel.clearRecords();
  const start = performance.now();
  const list = await readListFor(host, action);
  if (!list.ok) throw new Error(list.error.code);
  const plan = PLANS[action](list.value);
  if (plan) {
    const applied = await host.apply(plan);
    if (!applied.ok) throw new Error(applied.error.code);
  }
  return figuresOf(excel, start);
}

/**
 * The densest 20,000-row write: one header row and a KPI on every row. 達成率 (40,000 cells and as
 * many 変更履歴 rows), the summary (the whole list compared again before the sheet is written),
 * and the undo of 達成率 with its preview (every written cell read back), each as the pane runs it.
 */
async function denseFigures(rows: number) {
  const xlsx = largeListFile({ rows, kpi: "every", headerRepeats: false });
  const time = "2025-10-01 09:00";
  const run = async (
    action: "attainment" | "summary",
  ): Promise<{ figures: OperationFigures; host: WorkbookHost; outcome: ApplyOutcome }> => {
    const excel = await createExcelHost({ xlsx });
    const host = createOfficeHost();
    await readListFor(host, "check");
    excel.clearRecords();
    const start = performance.now();
    const list = await readListFor(host, action);
    if (!list.ok) throw new Error(list.error.code);
    const plan = PLANS[action](list.value) as WritePlan;
    const applied = await host.apply(plan, {
      history: { operation: OPERATION_LABELS[action], time, by: "bench" },
    });
    if (!applied.ok || applied.value.interrupted)
      throw new Error(`${action} on the dense list did not finish`);
    return { figures: figuresOf(excel, start), host, outcome: applied.value };
  };
  const attained = await run("attainment");
  const summarised = await run("summary");
  // The undo, on the workbook the attainment left.
  const excel = await createExcelHost({ xlsx });
  const host = createOfficeHost();
  await readListFor(host, "check");
  const list = await readListFor(host, "attainment");
  if (!list.ok) throw new Error(list.error.code);
  const done = await host.apply(PLANS.attainment(list.value) as WritePlan, {
    history: { operation: OPERATION_LABELS.attainment, time, by: "bench" },
  });
  if (!done.ok) throw new Error(done.error.code);
  excel.clearRecords();
  const start = performance.now();
  const prepared = await prepareUndo(host, { operation: "attainment", outcome: done.value }, "ja");
  if ("failed" in prepared) throw new Error(prepared.failed);
  const undone = await applyWrite(host, prepared.request, { time, by: "bench" });
  if (undone.kind !== "written" || undone.outcome.interrupted)
    throw new Error("undo on the dense list did not finish");
  return { rows, attainment: attained.figures, summary: summarised.figures, undo: figuresOf(excel, start) };
}

function figuresOf(excel: Awaited<ReturnType<typeof createExcelHost>>, start: number): OperationFigures {
  const ms = performance.now() - start;
  const s = excel.stats();
  return {
    syncs: s.syncs,
    maxRequestBytes: s.maxRequestBytes,
    maxResponseBytes: s.maxResponseBytes,
    totalBytes: s.totalBytes,
    ms: Math.round(ms),
  };
}

async function figures(xlsx: string, rows: number) {
  const out: Record<string, unknown> = { rows };
  for (const action of ["check", "fill", "attainment", "summary"] as const)
    out[action] = await measure(xlsx, action);
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-office-"));
  try {
    const small = join(__dirname, "..", "examples", "measure-list-sample-kpi.xlsx");
    const large = join(dir, "list-20000.xlsx");
    await benchWorkbook(sampleRows, 20_000, { kpi: true }).xlsx.writeFile(large);
    const result = {
      small: await figures(small, 32),
      large: await figures(large, 20_000),
      largeDense: await denseFigures(20_000),
    };
    process.stdout.write(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`office-figures: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
