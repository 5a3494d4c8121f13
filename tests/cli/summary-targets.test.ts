/**
 * `measure-list summary` on a workbook with a 目標 sheet (seed 004's table as printed, with the R8
 * review's entries, beside the seed list with KPIs): the section's rows and the path charts read
 * back from the .xlsx the command wrote, with ExcelJS as a second reader of the cells.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { runCli } from "../builders/cli";
import { targetsSummaryBook } from "../builders/targets-summary-book";
import { tempDir, writeXlsx } from "../builders/xlsx";
import { readWorkbookFile } from "../../src/xlsx/node";
import { chartsOf } from "../xlsx/chart-reading";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const SHEET = "サマリー_R8Q2";
const YEARS = ["2025年度（現在地）", "2026年度", "2027年度", "2028年度"];

let out = "";
beforeAll(async () => {
  const input = await writeXlsx(targetsSummaryBook(), tmp.path("targets.xlsx"));
  out = tmp.path("targets-summary.xlsx");
  const run = await runCli(["summary", input, "-o", out, "--quarter", "R8Q2"]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  expect(run.stdout.split("\n")[1]).toBe(
    "  目標: シート「目標」の 7 件を先頭の「目標」の節に載せました（推移のグラフ 4 個）",
  );
}, 60_000);

test("the section's rows, as the file holds them", async () => {
  const read = await readWorkbookFile(out);
  if (!read.ok) throw new Error(read.error.code);
  const rows = read.value.grid.sheets.find((s) => s.name === SHEET)?.rows ?? [];
  const at = (first: string) => rows.findIndex((r) => r[0] === first);
  const head = at("区分");
  expect(at("目標（2026年度、R8Q2 時点）")).toBeLessThan(head);
  expect(head).toBeLessThan(at("1. 天気の集計"));
  expect(rows.slice(head + 1, head + 8).map((r) => [r[1], r[4], r[5], r[7]])).toEqual([
    ["職員の年間作業時間（時間）", "8,035時間削減", 0.5, "順調"],
    ["A4コピー用紙購入枚数（枚）", "4,540,000枚", 0.5, "順調"],
    ["テレワーク実施率（%）", "14%", 0.333333333333, "遅れ"],
    ["文書管理システムの電子決裁（発意起案）（%）", "100%", 1, "達成"],
    ["処分通知等オンライン化の推進", "実証・導入開始", "2027年度の段階", "前倒し"],
    ["生成AIツールの機能拡充", null, null, "実績なし"],
    ["既存業務の業務量（%）", null, null, "目標なし"],
  ]);

  // ExcelJS, a second reader, finds the same cells and the 達成率 as a percentage.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(SHEET);
  const row = ws?.getRow(head + 2);
  expect([row?.getCell(2).value, row?.getCell(6).value, row?.getCell(6).numFmt]).toEqual([
    "職員の年間作業時間（時間）",
    0.5,
    "0.0%",
  ]);
});

test("one line chart per numeric target beside its path, then the weather chart, in one drawing", () => {
  const charts = chartsOf(new Uint8Array(readFileSync(out)), SHEET);
  expect(charts.map((c) => [c.plot, c.title, c.typed, c.blanks])).toEqual([
    ["lineChart", "職員の年間作業時間（時間）", true, "gap"],
    ["lineChart", "A4コピー用紙購入枚数（枚）", true, "gap"],
    ["lineChart", "テレワーク実施率（%）", true, "gap"],
    ["lineChart", "文書管理システムの電子決裁（発意起案）（%）", true, "gap"],
    ["barChart", "3本柱別の天気", true, "gap"],
  ]);
  const [hours] = charts;
  const top = hours.from[0];
  const ref = (a1: string) => `'${SHEET}'!${a1}`;
  expect(hours).toMatchObject({ from: [top, 0], to: [top + 15, 8] });
  expect(hours.series).toEqual([
    {
      nameRef: ref(`$J$${top + 1}`),
      name: "目標",
      categoriesRef: ref(`$I$${top + 2}:$I$${top + 5}`),
      categories: YEARS,
      valuesRef: ref(`$J$${top + 2}:$J$${top + 5}`),
      values: [6070, 10000, 10000, 10000],
      marker: "circle",
    },
    {
      nameRef: ref(`$K$${top + 1}`),
      name: "実績",
      categoriesRef: ref(`$I$${top + 2}:$I$${top + 5}`),
      categories: YEARS,
      valuesRef: ref(`$K$${top + 2}:$K$${top + 5}`),
      values: [6070, 8035, null, null],
      marker: "square",
    },
  ]);
  // Each path chart stands in A..H, one under the other; a page break before the first and third.
  const parts = unzipSync(new Uint8Array(readFileSync(out)));
  const sheetXml = Object.entries(parts)
    .filter(([name]) => name.startsWith("xl/worksheets/sheet"))
    .map(([, bytes]) => new TextDecoder().decode(bytes))
    .find((xml) => xml.includes("<drawing "));
  const breaks = [...(sheetXml ?? "").matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/gu)].map((m) =>
    Number(m[1]),
  );
  expect(breaks.slice(0, 2)).toEqual([top - 2, charts[2].from[0]]);
  const lines = charts.filter((c) => c.plot === "lineChart");
  lines.forEach((c, i) => {
    expect([c.from[1], c.to[1]]).toEqual([0, 8]);
    if (i > 0) expect(c.from[0]).toBeGreaterThanOrEqual(lines[i - 1].to[0]);
  });
});
