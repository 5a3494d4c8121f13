/**
 * `npm run bench [-- --json]`: the project's speed record, in sections.
 * - xlsx: validate, fill, attainment and summary on a generated 20,000-row list (seed-length texts,
 *   the real two-row header repeated per 40-row page, the KPI sample's columns), each beside
 *   ExcelJS alone reading the file (validate) or reading and re-saving it (the others). Every run
 *   is its own process, so each figure includes start-up and its peak memory is that process's
 *   own. Budget (issue 8): 1.5× the ExcelJS figure; goal 0.5×.
 * - core: each action's two-step read (cells and bytes asked of a host, against the whole used
 *   range) and its planning time alone; the core's browser bundle with and without zod.
 * Times are medians of several runs; on a noisy machine trust `farm-bench --vs 'B' -- A` over these.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { sampleRows } from "../examples/sample-data";
import { main as cli } from "../src/cli/main";
import { benchWorkbook } from "./bench-workbook";
import { coreBundleFigures, coreBundleText } from "./core-bundle";
import { coreFigures, coreText } from "./core-figures";

const ROWS = 20_000;
const RUNS = 5;
const BUDGET = 1.5;
const GOAL = 0.5;

type Op = "validate" | "fill" | "attainment" | "summary" | "exceljs-read" | "exceljs-resave";

/** One operation, once, in this process: prints `{ ms, peakMiB }`. */
async function one(op: Op, path: string, out: string): Promise<void> {
  const start = performance.now();
  if (op === "exceljs-read") await new ExcelJS.Workbook().xlsx.readFile(path);
  else if (op === "exceljs-resave") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    await wb.xlsx.writeFile(out);
  } else {
    const args =
      op === "validate"
        ? [op, path]
        : op === "fill"
          ? [op, path, "-o", out]
          : [op, path, "-o", out, "--quarter", "R8Q2"];
    const quiet = {
      stdout: () => undefined,
      stderr: (t: string) => process.stderr.write(t),
      now: () => new Date(),
      cwd: process.cwd(),
    };
    const code = await cli(args, quiet);
    if (code === 2) throw new Error(`${op} could not run`);
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

function measure(op: Op, path: string, out: string): { ms: number; peakMiB: number } {
  const runs: { ms: number; peakMiB: number }[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const child = spawnSync(process.execPath, [__filename, "--one", op, path, out], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`${op}: ${child.stderr.split("\n")[0]}`);
    if (i > 0) runs.push(JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}"));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(runs.map((r) => r.ms)), peakMiB: median(runs.map((r) => r.peakMiB)) };
}

interface Timed {
  readonly ms: number;
  readonly peakMiB: number;
}

interface XlsxFigures {
  readonly rows: number;
  readonly exceljsRead: Timed;
  readonly exceljsResave: Timed;
  readonly actions: Record<"validate" | "fill" | "attainment" | "summary", Timed & { ratio: number }>;
  readonly budget: number;
  readonly goal: number;
}

async function xlsxFigures(): Promise<XlsxFigures> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-bench-"));
  try {
    const path = join(dir, "list-20000.xlsx");
    await benchWorkbook(sampleRows, ROWS, { kpi: true }).xlsx.writeFile(path);
    const out = join(dir, "out.xlsx");
    const read = measure("exceljs-read", path, out);
    const resave = measure("exceljs-resave", path, out);
    const actions = {} as XlsxFigures["actions"];
    for (const op of ["validate", "fill", "attainment", "summary"] as const) {
      const got = measure(op, path, out);
      actions[op] = { ...got, ratio: got.ms / (op === "validate" ? read : resave).ms };
    }
    return { rows: ROWS, exceljsRead: read, exceljsResave: resave, actions, budget: BUDGET, goal: GOAL };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function xlsxText(f: XlsxFigures): string[] {
  const t = (x: Timed) => `${x.ms.toFixed(0).padStart(6)} ms  ${x.peakMiB.toFixed(0).padStart(5)} MiB`;
  const lines = [
    `xlsx: rows ${f.rows}; medians of ${RUNS} runs, each its own process`,
    `ExcelJS read           ${t(f.exceljsRead)}`,
    `ExcelJS read + re-save ${t(f.exceljsResave)}`,
  ];
  for (const [op, got] of Object.entries(f.actions)) {
    const verdict = got.ratio <= GOAL ? "goal met" : got.ratio <= BUDGET ? "within budget" : "OVER BUDGET";
    lines.push(
      `${op.padEnd(22)} ${t(got)}  ${got.ratio.toFixed(2)}× ${op === "validate" ? "read" : "re-save"} (budget ${BUDGET}×, goal ${GOAL}×): ${verdict}`,
    );
  }
  return lines;
}

async function all(): Promise<void> {
  const json = process.argv.includes("--json");
  const xlsx = await xlsxFigures();
  const core = await coreFigures();
  const coreBundle = await coreBundleFigures();
  if (json) console.log(JSON.stringify({ xlsx, core, coreBundle }, null, 2));
  else console.log([...xlsxText(xlsx), "", ...coreText(core), "", ...coreBundleText(coreBundle)].join("\n"));
  if (Object.values(xlsx.actions).some((a) => a.ratio > BUDGET)) process.exitCode = 1;
}

const [flag, op, path, out] = process.argv.slice(2);
(flag === "--one" ? one(op as Op, path, out) : all()).catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
