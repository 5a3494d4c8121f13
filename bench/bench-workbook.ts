import ExcelJS from "exceljs";
import type { SampleRow } from "../examples/sample-data";
import { largeListCells } from "./large-list-layout";
import { BENCH_TARGETS_SHEET, benchTargetRows } from "./bench-targets";

/**
 * A large list in the seed's layout (large-list-layout.ts) written by ExcelJS, as the bench's
 * yardstick reads it: the two header rows repeated every 40 rows as a printed copy has them. With
 * `kpi`, the KPI sample's columns follow, filled for the seed rows that have a KPI; with `targets`,
 * a 目標 sheet of that many rows follows the list (bench-targets.ts).
 */
export function benchWorkbook(
  seed: readonly SampleRow[],
  rows: number,
  options: { readonly kpi?: boolean; readonly targets?: number } = {},
): ExcelJS.Workbook {
  const cells = largeListCells(seed, { rows, kpi: options.kpi ? "some" : "none", headerRepeats: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(cells.sheet);
  for (const row of cells.rows) sheet.addRow([...row]);
  for (const m of cells.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (options.targets !== undefined) {
    const goals = workbook.addWorksheet(BENCH_TARGETS_SHEET);
    for (const row of benchTargetRows(options.targets)) goals.addRow([...row]);
  }
  return workbook;
}
