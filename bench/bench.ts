/**
 * `npm run bench`: validates a generated 20,000-row list (seed-length texts, the real two-row
 * header repeated per 40-row page) and compares it with ExcelJS alone reading the same file.
 * Budget (issue 2): validate within 1.5× the read; goal 1.1×. Times are medians of several runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { sampleRows } from "../examples/sample-data";
import { openList } from "../src/core/list/open-list";
import { validateList } from "../src/core/validation/validate";
import { readWorkbookFile } from "../src/xlsx/node";
import { benchWorkbook } from "./bench-workbook";

const ROWS = 20_000;
const RUNS = 5;
const BUDGET = 1.5;
const GOAL = 1.1;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-bench-"));
  try {
    const path = join(dir, "list-20000.xlsx");
    await benchWorkbook(sampleRows, ROWS).xlsx.writeFile(path);

    const read = await timed(async () => {
      await new ExcelJS.Workbook().xlsx.readFile(path);
    });
    let issues = 0;
    const validate = await timed(async () => {
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

    const ratio = validate / read;
    const verdict = ratio <= GOAL ? "goal met" : ratio <= BUDGET ? "within budget" : "OVER BUDGET";
    console.log(`rows                     ${ROWS}`);
    console.log(`ExcelJS read alone       ${read.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`measure-list validate    ${validate.toFixed(0)} ms (median of ${RUNS}, ${issues} issues)`);
    console.log(
      `ratio                    ${ratio.toFixed(2)}× (budget ${BUDGET}×, goal ${GOAL}×): ${verdict}`,
    );
    if (ratio > BUDGET) process.exitCode = 1;
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
