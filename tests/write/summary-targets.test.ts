/**
 * The summary with its 目標 section on both hosts: the .xlsx package and Excel through Microsoft's
 * client write the same sheet, cell for cell, Excel with one line chart (LineMarkers) per numeric
 * target beside the weather chart; and on both, a 目標 cell changed after the read keeps the
 * summary from being added, the change named.
 */
import { readListFor } from "../../src/core/actions/read-for";
import { summary } from "../../src/core/actions/summary";
import type { WritePlan } from "../../src/core/port/plan";
import { reviewedTargetRows, targetsSummaryBook } from "../builders/targets-summary-book";
import { toExcelJs } from "../builders/xlsx";
import { createOfficeHost } from "../../src/excel/office-host";
import { createExcelHost } from "../support/excel-host";
import { excelHost, logged, xlsxHost, type HostUnderTest } from "./hosts";

const R8Q2 = { fiscalYear: 8, quarter: 2 } as const;
const NOW = { year: 2026, month: 10, day: 1, hour: 9, minute: 0 };
const SHEET = "サマリー_R8Q2";

let bytes: Uint8Array;
/** The same workbook after a co-author typed テレワーク実施率's 2026 actual as 15％, not 14％. */
let edited: Uint8Array;
let plan: WritePlan;

beforeAll(async () => {
  bytes = new Uint8Array(await toExcelJs(targetsSummaryBook()).xlsx.writeBuffer());
  const rows = reviewedTargetRows().map((r) =>
    r.name === "テレワーク実施率" ? { ...r, actuals: ["15％", null, null] } : r,
  );
  edited = new Uint8Array(await toExcelJs(targetsSummaryBook(rows)).xlsx.writeBuffer());
  const read = await readListFor(xlsxHost(bytes).host, "summary");
  if (!read.ok) throw new Error(read.error.code);
  plan = summary(read.value, { quarter: R8Q2, now: NOW }).plan;
}, 60_000);

async function written(h: HostUnderTest) {
  const applied = await h.host.apply(plan, logged("サマリー作成"));
  if (!applied.ok) throw new Error(applied.error.code);
  return { outcome: applied.value, sheet: h.book().find((s) => s.name === SHEET) };
}

test("both hosts write the same summary, 目標 section and all; Excel adds each chart with its type", async () => {
  const onXlsx = await written(xlsxHost(bytes));
  const excel = await excelHost(bytes);
  const onExcel = await written(excel);
  expect(onXlsx.sheet?.rows.some((r) => r[0] === "目標（2026年度、R8Q2 時点）")).toBe(true);
  expect(onExcel.sheet?.rows).toEqual(onXlsx.sheet?.rows);
  const charts = excel.excel.workbook.sheets.find((s) => s.name === SHEET)?.charts ?? [];
  expect(charts.map((c) => [c.chartType, c.title, c.series.map((s) => s.name)])).toEqual([
    ["LineMarkers", "職員の年間作業時間（時間）", ["目標", "実績"]],
    ["LineMarkers", "A4コピー用紙購入枚数（枚）", ["目標", "実績"]],
    ["LineMarkers", "テレワーク実施率（%）", ["目標", "実績"]],
    ["LineMarkers", "文書管理システムの電子決裁（発意起案）（%）", ["目標", "実績"]],
    ["ColumnClustered", "3本柱別の天気", ["☀", "☁", "☂"]],
  ]);
  // Each path chart over A..H, its data beside it in I..K.
  for (const chart of charts.slice(0, 4)) {
    expect(chart.position?.startCell).toMatch(/^A\d+$/u);
    expect(chart.position?.endCell).toMatch(/^H\d+$/u);
    expect([chart.source.left, chart.source.right]).toEqual([9, 10]);
  }
  // The same page breaks as the .xlsx: before the path charts, before the third, before 1. 天気の集計.
  const summarySheet = excel.excel.workbook.sheets.find((s) => s.name === SHEET);
  expect(summarySheet?.rowBreaks).toEqual(plan.newSheets[0].content.print?.pageStarts);
  expect(summarySheet?.rowBreaks).toHaveLength(3);
  expect(excel.gaps()).toEqual([]);
}, 60_000);

test("an Excel below ExcelApi 1.9: the section and its charts, without the print setup and its page breaks, said so", async () => {
  const excel = await createExcelHost({ xlsx: Buffer.from(bytes), sets: { ExcelApi: "1.8" } });
  const applied = await createOfficeHost().apply(plan, logged("サマリー作成"));
  if (!applied.ok) throw new Error(applied.error.code);
  expect(applied.value.unsupported.map((u) => [u.step, u.needs])).toEqual([["print-setup", "ExcelApi 1.9"]]);
  const sheet = excel.workbook.sheets.find((s) => s.name === SHEET);
  expect([sheet?.charts.length, sheet?.rowBreaks]).toEqual([5, []]);
  expect(excel.takeGaps()).toEqual([]);
}, 60_000);

test.each(["xlsx", "excel"] as const)(
  "%s: a 目標 cell changed since the read keeps the summary from being added",
  async (kind) => {
    const h = kind === "xlsx" ? xlsxHost(edited) : await excelHost(edited);
    const applied = await h.host.apply(plan, logged("サマリー作成"));
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.sheetsAdded).toEqual([]);
    expect(applied.value.sheetsKept.map((k) => [k.name, k.reason])).toEqual([[SHEET, "input-changed"]]);
    // テレワーク実施率 is the 目標 sheet's fourth row; its 2026年度実績 the sixth column.
    expect(
      applied.value.sheetsKept[0].inputs?.map((c) => [c.sheet, c.rowIndex, c.colIndex, c.expected, c.found]),
    ).toEqual([["目標", 3, 5, "14％", "15％"]]);
    expect(h.book().map((s) => s.name)).not.toContain(SHEET);
  },
  60_000,
);
