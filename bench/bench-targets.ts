/**
 * The bench's 目標 sheet: seed 004's six rows and seed 001's KGI repeated to `count` rows (names
 * numbered so each is its own target), a third of them adding up the measures of a KPI sample's
 * 指標名 (施策の合計), so linking and summing run against every row of the big list.
 */
import type { CellValue } from "../src/core/port/grid";
import { sampleKpis } from "../examples/sample-kpi";
import {
  sampleKgiRow,
  sampleTargetBaselineHeader,
  sampleTargetNameHeader,
  sampleTargetRows,
  sampleTargetYearHeaders,
} from "../examples/sample-targets";

export const BENCH_TARGETS_SHEET = "目標";

export function benchTargetRows(count: number): CellValue[][] {
  const seed = [...sampleTargetRows, sampleKgiRow];
  const header = [
    sampleTargetNameHeader,
    sampleTargetBaselineHeader,
    ...sampleTargetYearHeaders,
    "区分",
    "関連施策",
    "集計",
  ];
  const rows: CellValue[][] = [header];
  for (let i = 0; i < count; i++) {
    const row = seed[i % seed.length];
    const sum = i % 3 === 0;
    rows.push([
      `${row.name}（${i + 1}）`,
      row.baseline,
      ...row.years,
      row.kind ?? null,
      sum ? sampleKpis[i % sampleKpis.length].kpiName : null,
      sum ? "施策の合計" : null,
    ]);
  }
  return rows;
}
