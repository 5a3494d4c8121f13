/**
 * Several charts on one added sheet, a column chart and a line chart with a gap, written by the
 * one write engine on both hosts: the .xlsx package gets one drawing with an anchor per chart and
 * a chart part each (read back from the file), Excel gets one `charts.add` per chart through
 * Microsoft's client, with Excel's own type names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { num, text, type ChartSpec, type ContentCell, type WritePlan } from "../../src/core/port/plan";
import { openPackageHost } from "../../src/preview/package-host";
import * as writer from "../../src/preview/package-writer";
import { chartsOf } from "../xlsx/chart-reading";
import { excelHost, logged } from "./hosts";

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx")),
);
const SHEET = "グラフ";

/** 職員の年間作業時間's path (the seed's figures), with 2027 and 2028 not yet reported. */
const PATH: (readonly [string, number, number | null])[] = [
  ["2025年度", 6070, 6070],
  ["2026年度", 10000, 8200],
  ["2027年度", 10000, null],
  ["2028年度", 10000, null],
];
const PILLARS: (readonly [string, number, number])[] = [
  ["A", 5, 2],
  ["B", 3, 4],
];

function chartsPlan(): WritePlan {
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
        name: SHEET,
        hidden: false,
        after: null,
        content: { cells, merges: [], columnWidths: [10, 10, 10], charts: [line, bar] },
      },
    ],
    runs: [],
    dropdowns: [],
  };
}

test(".xlsx: one drawing, an anchor and a typed chart part per chart; the line has markers and a gap", async () => {
  const opened = openPackageHost(new Uint8Array(SAMPLE), async () => writer);
  if (!opened.ok) throw new Error(opened.error.code);
  const applied = await opened.value.apply(chartsPlan(), logged("グラフ"));
  if (!applied.ok) throw new Error(applied.error.code);
  const ref = (a1: string) => `'${SHEET}'!${a1}`;
  expect(chartsOf(opened.value.bytes(), SHEET)).toEqual([
    {
      plot: "lineChart",
      title: "職員の年間作業時間（時間削減）",
      from: [0, 4],
      to: [12, 10],
      series: [
        {
          nameRef: ref("$B$1"),
          name: "目標",
          categoriesRef: ref("$A$2:$A$5"),
          categories: ["2025年度", "2026年度", "2027年度", "2028年度"],
          valuesRef: ref("$B$2:$B$5"),
          values: [6070, 10000, 10000, 10000],
          marker: "circle",
        },
        {
          nameRef: ref("$C$1"),
          name: "実績",
          categoriesRef: ref("$A$2:$A$5"),
          categories: ["2025年度", "2026年度", "2027年度", "2028年度"],
          valuesRef: ref("$C$2:$C$5"),
          values: [6070, 8200, null, null],
          marker: "square",
        },
      ],
      blanks: "gap",
      typed: true,
    },
    {
      plot: "barChart",
      title: "3本柱別の天気",
      from: [13, 4],
      to: [25, 10],
      series: [
        {
          nameRef: ref("$B$7"),
          name: "☀",
          categoriesRef: ref("$A$8:$A$9"),
          categories: ["A", "B"],
          valuesRef: ref("$B$8:$B$9"),
          values: [5, 3],
          marker: null,
        },
        {
          nameRef: ref("$C$7"),
          name: "☁",
          categoriesRef: ref("$A$8:$A$9"),
          categories: ["A", "B"],
          valuesRef: ref("$C$8:$C$9"),
          values: [2, 4],
          marker: null,
        },
      ],
      blanks: "gap",
      typed: true,
    },
  ]);
});

test("Excel: each chart added with its type, title, series, categories and place", async () => {
  const h = await excelHost(SAMPLE);
  const applied = await h.host.apply(chartsPlan(), logged("グラフ"));
  if (!applied.ok) throw new Error(applied.error.code);
  const sheet = h.excel.workbook.sheets.find((s) => s.name === SHEET);
  const rect = (r?: { top: number; left: number; bottom: number; right: number }) =>
    r ? [r.top, r.left, r.bottom, r.right] : null;
  expect(
    sheet?.charts.map((c) => ({
      type: c.chartType,
      title: c.title,
      source: rect(c.source),
      series: c.series.map((s) => [s.name, rect(s.xValues)]),
      position: c.position,
    })),
  ).toEqual([
    {
      type: "LineMarkers",
      title: "職員の年間作業時間（時間削減）",
      source: [0, 1, 4, 2],
      series: [
        ["目標", [1, 0, 4, 0]],
        ["実績", [1, 0, 4, 0]],
      ],
      position: { startCell: "E1", endCell: "J12" },
    },
    {
      type: "ColumnClustered",
      title: "3本柱別の天気",
      source: [6, 1, 8, 2],
      series: [
        ["☀", [7, 0, 8, 0]],
        ["☁", [7, 0, 8, 0]],
      ],
      position: { startCell: "E14", endCell: "J25" },
    },
  ]);
  expect(h.gaps()).toEqual([]);
});
