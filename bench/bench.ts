/**
 * `npm run bench [-- --json]`: the project's speed record, in sections.
 * - xlsx: validate, fill, attainment, summary and targets on a generated 20,000-row list (seed-length
 *   texts, the real two-row header repeated per 40-row page, the KPI sample's columns, and a 50-row
 *   目標 sheet, bench-targets.ts), each beside
 *   ExcelJS alone reading the file (validate, targets) or reading and re-saving it (the others). Every run
 *   is its own process, so each figure includes start-up and its peak memory is that process's
 *   own. Budget (issue 8): 1.5× the ExcelJS figure; goal 0.5×.
 * - core: each action's two-step read (cells and bytes asked of a host, against the whole used
 *   range) and its planning time alone; the core's browser bundle with and without zod.
 * - officeJs: round trips and payloads of each operation through Microsoft's Office.js client on
 *   the emulated Excel host, for the sample and for 20,000 rows, against the add-in's budgets.
 * - pane: the gzipped scripts taskpane.html and preview.html load before their first screen
 *   (budget 300 KiB, goal 120 KiB).
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
import { PANE_BUDGET_GZIP, paneSizeFigures, paneSizeText } from "./pane-size";

const ROWS = 20_000;
const RUNS = 5;
const BUDGET = 1.5;
const GOAL = 0.5;
/** Rows of the bench's 目標 sheet (issue 17). */
const TARGET_ROWS = 50;

type Op = "validate" | "fill" | "attainment" | "summary" | "targets" | "exceljs-read" | "exceljs-resave";

/** Commands that only read, measured against ExcelJS reading the file. */
const READ_ONLY: ReadonlySet<Op> = new Set(["validate", "targets"]);

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
        : op === "targets"
          ? [op, path, "--year", "R8"]
          : op === "fill"
            ? [op, path, "-o", out]
            : [op, path, "-o", out, "--quarter", "R8Q2"];
    const quiet = {
      stdout: () => undefined,
      stderr: (t: string) => process.stderr.write(t),
      now: () => new Date(),
      user: () => "bench",
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
  readonly actions: Record<
    "validate" | "fill" | "attainment" | "summary" | "targets",
    Timed & { ratio: number }
  >;
  readonly budget: number;
  readonly goal: number;
}

async function xlsxFigures(): Promise<XlsxFigures> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-bench-"));
  try {
    const path = join(dir, "list-20000.xlsx");
    await benchWorkbook(sampleRows, ROWS, { kpi: true, targets: TARGET_ROWS }).xlsx.writeFile(path);
    const out = join(dir, "out.xlsx");
    const read = measure("exceljs-read", path, out);
    const resave = measure("exceljs-resave", path, out);
    const actions = {} as XlsxFigures["actions"];
    for (const op of ["validate", "fill", "attainment", "summary", "targets"] as const) {
      const got = measure(op, path, out);
      actions[op] = { ...got, ratio: got.ms / (READ_ONLY.has(op) ? read : resave).ms };
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
      `${op.padEnd(22)} ${t(got)}  ${got.ratio.toFixed(2)}× ${READ_ONLY.has(op as Op) ? "read" : "re-save"} (budget ${BUDGET}×, goal ${GOAL}×): ${verdict}`,
    );
  }
  return lines;
}

async function all(): Promise<void> {
  const json = process.argv.includes("--json");
  const xlsx = await xlsxFigures();
  const core = await coreFigures();
  const coreBundle = await coreBundleFigures();
  const officeJs = officeFigures();
  const pane = paneSizeFigures();
  if (json) console.log(JSON.stringify({ xlsx, core, coreBundle, officeJs, pane }, null, 2));
  else
    console.log(
      [
        ...xlsxText(xlsx),
        "",
        ...coreText(core),
        "",
        ...coreBundleText(coreBundle),
        "",
        ...officeText(officeJs),
        "",
        ...paneSizeText(pane),
      ].join("\n"),
    );
  const officeOver = officeBudgetBreaches(officeJs);
  if (pane.taskpane.gzipBytes > PANE_BUDGET_GZIP || pane.preview.gzipBytes > PANE_BUDGET_GZIP)
    officeOver.push("the pane's first scripts pass 300 KiB gzip");
  for (const breach of officeOver) console.error(`bench: over budget: ${breach}`);
  if (Object.values(xlsx.actions).some((a) => a.ratio > BUDGET) || officeOver.length > 0)
    process.exitCode = 1;
}

/**
 * Office.js figures come from the emulated Excel host, which runs Microsoft's client from the
 * test support code: measured in a process of its own through tsx, as the tests run it.
 */
function officeFigures(): OfficeJsFigures {
  const root = join(__dirname, "..", "..");
  const child = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "bench", "office-figures.ts")],
    {
      encoding: "utf8",
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (child.status !== 0)
    throw new Error(`office-figures: ${child.stderr.split("\n").filter(Boolean).pop() ?? ""}`);
  return JSON.parse(child.stdout) as OfficeJsFigures;
}

type OfficeOperation = "check" | "fill" | "attainment" | "summary";

interface OfficeOp {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly totalBytes: number;
  readonly ms: number;
}

type OfficeJsFigures = Record<"small" | "large", { rows: number } & Record<OfficeOperation, OfficeOp>> & {
  /** One header row and a KPI on every row: attainment, summary, and the undo of attainment. */
  readonly largeDense: { rows: number } & Record<DenseOperation, OfficeOp>;
};

type DenseOperation = "attainment" | "summary" | "undo";
const DENSE_OPS: readonly DenseOperation[] = ["attainment", "summary", "undo"];

const FIVE_MB = 5 * 1024 * 1024;
const OPS: readonly OfficeOperation[] = ["check", "fill", "attainment", "summary"];

/** The add-in issue's budgets: the sample in 3 syncs (summary 4); a big list in ceil(bytes / 4 MB) + 4. */
function officeBudgetBreaches(f: OfficeJsFigures): string[] {
  const out: string[] = [];
  for (const op of OPS) {
    const small = f.small[op];
    if (small.syncs > (op === "summary" ? 4 : 3)) out.push(`officeJs small ${op}: ${small.syncs} syncs`);
    const large = f.large[op];
    const allowed = Math.ceil(large.totalBytes / (4 * 1024 * 1024)) + 4;
    if (large.syncs > allowed) out.push(`officeJs large ${op}: ${large.syncs} syncs (allowed ${allowed})`);
    for (const size of [small, large])
      if (size.maxRequestBytes > FIVE_MB || size.maxResponseBytes > FIVE_MB)
        out.push(`officeJs ${op}: a payload over 5 MB`);
  }
  for (const op of DENSE_OPS) {
    const dense = f.largeDense[op];
    const allowed = Math.ceil(dense.totalBytes / (4 * 1024 * 1024)) + 4;
    if (dense.syncs > allowed)
      out.push(`officeJs largeDense ${op}: ${dense.syncs} syncs (allowed ${allowed})`);
    if (dense.maxRequestBytes > FIVE_MB || dense.maxResponseBytes > FIVE_MB)
      out.push(`officeJs largeDense ${op}: a payload over 5 MB`);
  }
  return out;
}

function officeText(f: OfficeJsFigures): string[] {
  const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
  const lines = [
    "officeJs: Microsoft's client on the emulated Excel host (budgets: sample 3 syncs, summary 4; 20,000 rows ceil(bytes / 4 MB) + 4)",
  ];
  const line = (op: string, o: OfficeOp) =>
    `    ${op.padEnd(11)} ${String(o.syncs).padStart(2)} syncs  max request ${kib(o.maxRequestBytes).padStart(9)}  max response ${kib(o.maxResponseBytes).padStart(9)}  total ${kib(o.totalBytes).padStart(9)}  ${o.ms} ms`;
  for (const size of ["small", "large"] as const) {
    lines.push(`  ${size} (${f[size].rows} rows)`);
    for (const op of OPS) lines.push(line(op, f[size][op]));
  }
  lines.push(`  largeDense (${f.largeDense.rows} rows, one header row, a KPI on every row)`);
  for (const op of DENSE_OPS) lines.push(line(op, f.largeDense[op]));
  return lines;
}

const [flag, op, path, out] = process.argv.slice(2);
(flag === "--one" ? one(op as Op, path, out) : all()).catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
