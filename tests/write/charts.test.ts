/**
 * Several charts on one added sheet, a column chart and a line chart with a gap, written by the
 * one write engine on both hosts: the .xlsx package gets one drawing with an anchor per chart and
 * a chart part each (read back from the file), Excel gets one `charts.add` per chart through
 * Microsoft's client, with Excel's own type names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPackageHost } from "../../src/preview/package-host";
import * as writer from "../../src/preview/package-writer";
import { chartsOf } from "../xlsx/chart-reading";
import { CHARTS_SHEET as SHEET, chartsPlan } from "../builders/charts-plan";
import { excelHost, logged } from "./hosts";

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx")),
);
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
