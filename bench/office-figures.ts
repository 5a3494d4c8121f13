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
    const result = { small: await figures(small, 32), large: await figures(large, 20_000) };
    process.stdout.write(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`office-figures: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
