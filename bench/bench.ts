/**
 * `npm run bench`: validate, fill, attainment and summary on a generated 20,000-row list (seed-length
 * texts, the real two-row header repeated per 40-row page), each beside ExcelJS alone reading the
 * file (validate) or reading and re-saving it (the others). Every run is its own process, so each
 * figure includes start-up and its peak memory is that process's own. Budget (issue 8): 1.5× the
 * ExcelJS figure; goal 0.5×. Times are medians of several runs; on a noisy machine trust
 * `farm-bench --vs 'B' -- A` over these.
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

async function all(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-bench-"));
  try {
    const path = join(dir, "list-20000.xlsx");
    await benchWorkbook(sampleRows, ROWS).xlsx.writeFile(path);
    const out = join(dir, "out.xlsx");
    const read = measure("exceljs-read", path, out);
    const resave = measure("exceljs-resave", path, out);
    console.log(`rows ${ROWS}; medians of ${RUNS} runs, each its own process`);
    console.log(
      `ExcelJS read           ${read.ms.toFixed(0).padStart(6)} ms  ${read.peakMiB.toFixed(0).padStart(5)} MiB`,
    );
    console.log(
      `ExcelJS read + re-save ${resave.ms.toFixed(0).padStart(6)} ms  ${resave.peakMiB.toFixed(0).padStart(5)} MiB`,
    );
    let over = false;
    for (const op of ["validate", "fill", "attainment", "summary"] as const) {
      const base = op === "validate" ? read : resave;
      const got = measure(op, path, out);
      const ratio = got.ms / base.ms;
      const verdict = ratio <= GOAL ? "goal met" : ratio <= BUDGET ? "within budget" : "OVER BUDGET";
      over ||= ratio > BUDGET;
      console.log(
        `${op.padEnd(22)} ${got.ms.toFixed(0).padStart(6)} ms  ${got.peakMiB.toFixed(0).padStart(5)} MiB  ${ratio.toFixed(2)}× ${op === "validate" ? "read" : "re-save"} (budget ${BUDGET}×, goal ${GOAL}×): ${verdict}`,
      );
    }
    if (over) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [flag, op, path, out] = process.argv.slice(2);
(flag === "--one" ? one(op as Op, path, out) : all()).catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
