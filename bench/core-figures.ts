/**
 * The core alone on a 20,000-row list: how much each action's two-step read asks of a host
 * (cells and JSON bytes, against reading the whole used range), and how long each action's
 * planning takes without any file or network I/O.
 */
import { performance } from "node:perf_hooks";
import { sampleRows } from "../examples/sample-data";
import { attainment } from "../src/core/actions/attainment";
import { check } from "../src/core/actions/check";
import { fill } from "../src/core/actions/fill";
import { readListFor, type ReadPurpose } from "../src/core/actions/read-for";
import { targets } from "../src/core/actions/targets";
import { summary } from "../src/core/actions/summary";
import type { Quarter } from "../src/core/calendar/fiscal-calendar";
import type { OpenedList } from "../src/core/list/open-list";
import { openList } from "../src/core/list/open-list";
import { gridReader } from "../src/core/port/grid-reader";
import type { WorkbookGrid } from "../src/core/port/grid";
import { openPackage, readWorkbookGrid } from "../src/xlsx";
import { nodeCodec } from "../src/xlsx/node";
import { benchWorkbook } from "./bench-workbook";

export const CORE_ROWS = 20_000;
const RUNS = 5;
const R7Q2: Quarter = { fiscalYear: 7, quarter: 2 };
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };

/** Targets (issue 17) are placed in R8, the 目標 sheet's first year. */
const R8Q2: Quarter = { fiscalYear: 8, quarter: 2 };

const ACTIONS: Record<ReadPurpose, (list: OpenedList) => unknown> = {
  check: (list) => check(list, { quarter: R7Q2 }),
  targets: (list) => targets(list, { quarter: R8Q2 }),
  fill: (list) => fill(list),
  attainment: (list) => attainment(list, R7Q2),
  summary: (list) => summary(list, { quarter: R7Q2, now: NOW }),
};

export interface ReadFigures {
  readonly cells: number;
  readonly bytes: number;
  readonly requests: number;
}

export interface CoreFigures {
  readonly rows: number;
  readonly wholeUsedRange: ReadFigures;
  readonly actions: Record<ReadPurpose, { readonly read: ReadFigures; readonly planMs: number }>;
}

export async function coreFigures(): Promise<CoreFigures> {
  const bytes = await benchWorkbook(sampleRows, CORE_ROWS, { kpi: true, targets: 50 }).xlsx.writeBuffer();
  const pkg = openPackage(new Uint8Array(bytes), nodeCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  const book = readWorkbookGrid(pkg.value);
  const whole = gridReader(book);
  await whole.readHead(Number.MAX_SAFE_INTEGER);
  const opened = openList(book);
  if (!opened.ok) throw new Error(opened.error.code);
  const actions = {} as Record<ReadPurpose, { read: ReadFigures; planMs: number }>;
  for (const name of Object.keys(ACTIONS) as ReadPurpose[]) {
    actions[name] = { read: await readOf(book, name), planMs: median(() => ACTIONS[name](opened.value)) };
  }
  return { rows: CORE_ROWS, wholeUsedRange: { ...whole.read }, actions };
}

export function coreText(f: CoreFigures): string[] {
  const lines = [`core: two-step reads and planning on ${f.rows} rows (no I/O)`];
  const w = f.wholeUsedRange;
  lines.push(`  whole used range        ${w.cells} cells, ${kib(w.bytes)}`);
  for (const [name, a] of Object.entries(f.actions)) {
    const share = ((a.read.bytes / w.bytes) * 100).toFixed(0);
    lines.push(
      `  ${name.padEnd(12)} reads ${String(a.read.cells).padStart(8)} cells, ${kib(a.read.bytes).padStart(9)} (${share}% of the bytes, ${a.read.requests} requests); plans in ${a.planMs.toFixed(0)} ms`,
    );
  }
  return lines;
}

async function readOf(book: WorkbookGrid, action: ReadPurpose): Promise<ReadFigures> {
  const reader = gridReader(book);
  const list = await readListFor(reader, action);
  if (!list.ok) throw new Error(list.error.code);
  return { ...reader.read };
}

function median(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}
