/**
 * A plan adding one sheet with two charts over its own cells: 職員の年間作業時間's path as a line
 * (the seed's figures, 2027 and 2028 not yet reported: gaps) and weather by pillar as columns.
 */
import { num, text, type ChartSpec, type ContentCell, type WritePlan } from "../../src/core/port/plan";

export const CHARTS_SHEET = "グラフ";

export const PATH: (readonly [string, number, number | null])[] = [
  ["2025年度", 6070, 6070],
  ["2026年度", 10000, 8200],
  ["2027年度", 10000, null],
  ["2028年度", 10000, null],
];
export const PILLARS: (readonly [string, number, number])[] = [
  ["A", 5, 2],
  ["B", 3, 4],
];

export function chartsPlan(): WritePlan {
  const cells: ContentCell[] = [];
  const row = (rowIndex: number, values: readonly (string | number | null)[]) =>
    values.forEach((v, col) => {
      if (v !== null)
        cells.push({ rowIndex, col, value: typeof v === "number" ? num(v) : text(v), style: "text" });
    });
  row(0, ["年度", "目標", "実績"]);
  PATH.forEach((p, i) => row(1 + i, p));
  row(6, ["柱", "☀", "☁"]);
  PILLARS.forEach((p, i) => row(7 + i, p));
  const line: ChartSpec = {
    type: "line",
    title: "職員の年間作業時間（時間削減）",
    categories: PATH.map((p) => p[0]),
    series: [
      { name: "目標", values: PATH.map((p) => p[1]) },
      { name: "実績", values: PATH.map((p) => p[2]) },
    ],
    categoryRange: { top: 1, left: 0, bottom: 4, right: 0 },
    seriesRange: { top: 0, left: 1, bottom: 4, right: 2 },
    at: { rowIndex: 0, col: 4, rows: 12, cols: 6 },
  };
  const bar: ChartSpec = {
    type: "column-clustered",
    title: "3本柱別の天気",
    categories: PILLARS.map((p) => p[0]),
    series: [
      { name: "☀", values: PILLARS.map((p) => p[1]) },
      { name: "☁", values: PILLARS.map((p) => p[2]) },
    ],
    categoryRange: { top: 7, left: 0, bottom: 8, right: 0 },
    seriesRange: { top: 6, left: 1, bottom: 8, right: 2 },
    at: { rowIndex: 13, col: 4, rows: 12, cols: 6 },
  };
  return {
    newSheets: [
      {
        name: CHARTS_SHEET,
        hidden: false,
        after: null,
        content: { cells, merges: [], columnWidths: [10, 10, 10], charts: [line, bar] },
      },
    ],
    runs: [],
    dropdowns: [],
  };
}
