/**
 * `npm run bench [-- --json]`: the project's speed record, in sections.
 * - xlsx: validating a generated 20,000-row list (seed-length texts, the real two-row header
 *   repeated per 40-row page) against ExcelJS alone reading the same file (budget 1.5×).
 * - core: each action's two-step read (cells and bytes asked of a host, against the whole used
 *   range) and its planning time alone, at 20,000 rows; the core's browser bundle with and
 *   without zod.
 * Times are medians of several runs. `--json` prints one document with every section.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { sampleRows } from "../examples/sample-data";
import { openList } from "../src/core/list/open-list";
import { validateList } from "../src/core/validation/validate";
import { readWorkbookFile } from "../src/xlsx/read-workbook";
import { benchWorkbook } from "./bench-workbook";
import { coreBundleFigures, coreBundleText } from "./core-bundle";
import { coreFigures, coreText } from "./core-figures";

const ROWS = 20_000;
const RUNS = 5;
const BUDGET = 1.5;
const GOAL = 1.1;

interface XlsxFigures {
  readonly rows: number;
  readonly readMs: number;
  readonly validateMs: number;
  readonly ratio: number;
  readonly budget: number;
  readonly issues: number;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const xlsx = await xlsxFigures();
  const core = await coreFigures();
  const bundle = await coreBundleFigures();
  if (json) {
    console.log(JSON.stringify({ xlsx, core, coreBundle: bundle }, null, 2));
  } else {
    const ratio = xlsx.ratio;
    const verdict = ratio <= GOAL ? "goal met" : ratio <= BUDGET ? "within budget" : "OVER BUDGET";
    console.log(
      [
        `rows                     ${xlsx.rows}`,
        `ExcelJS read alone       ${xlsx.readMs.toFixed(0)} ms (median of ${RUNS})`,
        `measure-list validate    ${xlsx.validateMs.toFixed(0)} ms (median of ${RUNS}, ${xlsx.issues} issues)`,
        `ratio                    ${ratio.toFixed(2)}× (budget ${BUDGET}×, goal ${GOAL}×): ${verdict}`,
        "",
        ...coreText(core),
        "",
        ...coreBundleText(bundle),
      ].join("\n"),
    );
  }
  if (xlsx.ratio > BUDGET) process.exitCode = 1;
}

async function xlsxFigures(): Promise<XlsxFigures> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-bench-"));
  try {
    const path = join(dir, "list-20000.xlsx");
    await benchWorkbook(sampleRows, ROWS).xlsx.writeFile(path);
    const readMs = await timed(async () => {
      await new ExcelJS.Workbook().xlsx.readFile(path);
    });
    let issues = 0;
    const validateMs = await timed(async () => {
      const opened = await readWorkbookFile(path);
      if (!opened.ok) throw new Error(opened.error.code);
      const list = openList(opened.value.grid);
      if (!list.ok) throw new Error(list.error.code);
      const report = validateList({
        sheet: list.value.sheet,
        layout: list.value.layout,
        choices: list.value.choices,
      });
      if (report.dataRows !== ROWS) throw new Error(`read ${report.dataRows} rows, expected ${ROWS}`);
      issues = report.issues.length;
    });
    return { rows: ROWS, readMs, validateMs, ratio: validateMs / readMs, budget: BUDGET, issues };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed(run: () => Promise<void>): Promise<number> {
  await run(); // warm-up: JIT and file cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
