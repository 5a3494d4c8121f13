/**
 * The summary's 目標 section on seed 004's table as printed (with the R8 review's actuals, 関連施策
 * and a 施策の合計 row) beside the seed list with KPIs: the rows a reader sees, the KGI line, the
 * gaps, one line chart per numeric target bound to the cells it draws, and the plan's guard on
 * the 目標 sheet.
 */
import { summary } from "../actions/summary";
import { openList } from "../list/open-list";
import { cellAt, type CellValue } from "../port/grid";
import type { WritePlan } from "../port/plan";
import { sheetOf } from "../../../tests/builders/content";
import { listSheet, workbookOf, type BuiltBook } from "../../../tests/builders/list-sheet";
import {
  reviewedTargetRows,
  targetsKpiList,
  targetsSummaryBook,
} from "../../../tests/builders/targets-summary-book";
import { readListFor } from "../actions/read-for";
import { gridReader } from "../port/grid-reader";
import { LAST_COL } from "./content-writer";

const R8Q2 = { fiscalYear: 8, quarter: 2 } as const;
const NOW = { year: 2026, month: 10, day: 1, hour: 9, minute: 0 };

function summarize(book: BuiltBook): WritePlan {
  const list = openList(book);
  if (!list.ok) throw new Error(list.error.code);
  return summary(list.value, { quarter: R8Q2, now: NOW }).plan;
}

const plan = summarize(targetsSummaryBook());
const sheet = plan.newSheets[0];
const grid = sheetOf(sheet);
const rowOf = (first: string) => grid.rows.findIndex((r) => r[0] === first);
/** Rows top..bottom (0-based, inclusive), columns A..K, trailing empties dropped. */
const rows = (top: number, bottom: number): CellValue[][] =>
  grid.rows.slice(top, bottom + 1).map((r) => {
    const cells = Array.from({ length: LAST_COL + 1 }, (_, c) => r[c] ?? null);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });

describe("the 目標 section, above the numbered sections", () => {
  test("its title, source and KGI line come first; 1. 天気の集計 follows it", () => {
    const top = rowOf("目標（2026年度、R8Q2 時点）");
    expect(top).toBeGreaterThan(1);
    expect(rows(top + 1, top + 2)).toEqual([
      ["シート「目標」の目標と、施策リストの KPI から"],
      [
        "KGI 業務量30%減に対し、これまでに削減した時間は8,035時間です。割合を出すには業務量の基準（年間の総業務時間）が要ります。目標シートに「業務量の基準」の行を加え、現在地に時間数を書いてください。",
      ],
    ]);
    expect(rowOf("1. 天気の集計")).toBeGreaterThan(top);
    // The numbered sections keep their numbers and order.
    const numbered = grid.rows.map((r) => r[0]).filter((v) => typeof v === "string" && /^\d\. /u.test(v));
    expect(numbered.map((v) => String(v).slice(0, 2))).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
    ]);
  });

  test("each target: 現在地 → this year's target → 実績 → 達成率 or stage → status, with its measures", () => {
    const head = rowOf("区分");
    expect(rows(head, head + 7)).toEqual([
      [
        "区分",
        "項目",
        "現在地",
        "今年度の目標",
        "実績",
        "達成率・段階",
        "達成度",
        "状況",
        "関連施策",
        "ペース",
        "備考",
      ],
      [
        "数値",
        "職員の年間作業時間（時間）",
        "6,070時間削減",
        "10,000時間削減",
        "8,035時間削減",
        0.5,
        "C",
        "順調",
        "A1-1 書かない窓口の実現（50%）\nB1-3 紙決裁の廃止（31%）\nC3-1 生成AIの活用（19%）",
        1,
      ],
      [
        "数値",
        "A4コピー用紙購入枚数（枚）",
        "4,600,000枚",
        "4,480,000枚",
        "4,540,000枚",
        0.5,
        "C",
        "順調",
        "B1-4 ペーパーレスの推進",
        1,
        "2026年2月末時点のデータをもとに3月末時点を推計したもの",
      ],
      [
        "数値",
        "テレワーク実施率（%）",
        "11%",
        "20%",
        "14%",
        0.333333333333,
        "D",
        "遅れ",
        "なし",
        0.666666666666,
      ],
      [
        "数値",
        "文書管理システムの電子決裁（発意起案）（%）",
        "84%",
        "100%",
        "100%",
        1,
        "A",
        "達成",
        "B1-3 紙決裁の廃止",
        2,
        "2026年2月末時点",
      ],
      [
        "段階",
        "処分通知等オンライン化の推進",
        "未導入",
        "導入に向けた調査・研究",
        "実証・導入開始",
        "2027年度の段階",
        null,
        "前倒し",
        "なし",
      ],
      [
        "段階",
        "生成AIツールの機能拡充",
        "限定的な利⽤",
        "機能拡充検証",
        null,
        null,
        null,
        "実績なし",
        "なし",
      ],
      ["KGI", "既存業務の業務量（%）", null, null, null, null, null, "目標なし", "なし"],
    ]);
    const rate = sheet.content.cells.find((c) => c.rowIndex === head + 1 && c.col === 5);
    expect(rate?.value).toEqual({ kind: "number", value: 0.5, format: "0.0%" });
  });

  test("the gaps: targets no measure carries, measures whose KPI serves no target", () => {
    const top = rowOf("施策のない目標（4 件）");
    expect(rows(top, top + 7)).toEqual([
      ["施策のない目標（4 件）"],
      ["テレワーク実施率"],
      ["処分通知等オンライン化の推進"],
      ["生成AIツールの機能拡充"],
      ["既存業務の業務量"],
      ["どの目標にもつながらない KPI の施策（1 件）"],
      ["施策番号", "管理項目", "KPI"],
      ["A1-4", "窓口業務改善", "改善実施数"],
    ]);
  });
});

describe("one line chart per numeric target, printable with the section", () => {
  const charts = sheet.content.charts ?? [];
  const lines = charts.filter((c) => c.type === "line");

  test("the baseline, each year's target and the actuals so far; no chart for the KGI's one figure", () => {
    expect(lines.map((c) => [c.title, c.categories, c.series.map((s) => [s.name, s.values])])).toEqual([
      [
        "職員の年間作業時間（時間）",
        ["2025年度（現在地）", "2026年度", "2027年度", "2028年度"],
        [
          ["目標", [6070, 10000, 10000, 10000]],
          ["実績", [6070, 8035, null, null]],
        ],
      ],
      [
        "A4コピー用紙購入枚数（枚）",
        ["2025年度（現在地）", "2026年度", "2027年度", "2028年度"],
        [
          ["目標", [4600000, 4480000, 4310000, 4115000]],
          ["実績", [4600000, 4540000, null, null]],
        ],
      ],
      [
        "テレワーク実施率（%）",
        ["2025年度（現在地）", "2026年度", "2027年度", "2028年度"],
        [
          ["目標", [11, 20, 30, 40]],
          ["実績", [11, 14, null, null]],
        ],
      ],
      [
        "文書管理システムの電子決裁（発意起案）（%）",
        ["2025年度（現在地）", "2026年度", "2027年度", "2028年度"],
        [
          ["目標", [84, 100, 100, 100]],
          ["実績", [84, 100, null, null]],
        ],
      ],
    ]);
    // The weather chart stays, after the path charts.
    expect(charts.map((c) => c.type)).toEqual(["line", "line", "line", "line", "column-clustered"]);
  });

  test("each chart's ranges hold its categories, names and values, empty where a value is missing", () => {
    for (const chart of lines) {
      const { categoryRange: cats, seriesRange: vals } = chart;
      const column = (top: number, bottom: number, col: number) =>
        Array.from({ length: bottom - top + 1 }, (_, i) => cellAt(grid, top + i, col));
      expect(column(cats.top, cats.bottom, cats.left)).toEqual(chart.categories);
      chart.series.forEach((s, j) => {
        expect(column(vals.top, vals.bottom, vals.left + j)).toEqual([s.name, ...s.values]);
      });
    }
  });

  test("inside the printed columns A..K, over no cell and no other chart", () => {
    const taken = new Set<string>();
    for (const chart of lines) {
      const { rowIndex, col, rows: height, cols } = chart.at;
      expect(col + cols - 1).toBeLessThan(chart.seriesRange.left - 1);
      expect(chart.seriesRange.right).toBeLessThanOrEqual(LAST_COL);
      for (let r = rowIndex; r < rowIndex + height; r++)
        for (let c = col; c < col + cols; c++) {
          expect([r, c, cellAt(grid, r, c)]).toEqual([r, c, null]);
          expect(taken.has(`${r}:${c}`)).toBe(false);
          taken.add(`${r}:${c}`);
        }
    }
    const weather = charts[charts.length - 1];
    expect(weather.at.rowIndex).toBeGreaterThan(Math.max(...lines.map((c) => c.at.rowIndex + c.at.rows)));
  });

  test("printed two charts to a page, none cut by a page's end; the numbered sections start a page", () => {
    const starts = sheet.content.print?.pageStarts ?? [];
    expect(starts).toEqual([
      rowOf("目標の推移（現在地、年度ごとの目標、これまでの実績）"),
      lines[2].at.rowIndex,
      rowOf("1. 天気の集計"),
    ]);
    const pageOf = (row: number) => starts.filter((s) => s <= row).length;
    expect(lines.map((c) => [pageOf(c.at.rowIndex), pageOf(c.at.rowIndex + c.at.rows - 1)])).toEqual([
      [1, 1],
      [1, 1],
      [2, 2],
      [2, 2],
    ]);
    // A4 landscape fitted to A..K holds about 42 rows of 15 pt: each page of charts stays under it.
    expect(starts[1] - starts[0]).toBeLessThanOrEqual(42);
    expect(starts[2] - starts[1]).toBeLessThanOrEqual(42);
  });
});

describe("what the summary is made from", () => {
  test("the 目標 sheet's cells, read whole, guard the summary as the list's do", () => {
    const book = targetsSummaryBook();
    const targetsGrid = book.sheets[1];
    const inputs = plan.inputs ?? [];
    expect(inputs.map((i) => [i.sheet, i.top])).toEqual([
      ["施策リスト", 2],
      ["目標", 0],
    ]);
    const goals = inputs[1];
    expect(goals.rows.length).toBe(targetsGrid.rows.length);
    expect(goals.rows.map((r) => r.slice(0, 2))).toEqual(
      targetsGrid.rows.map((_, i) => [cellAt(targetsGrid, i, 0), cellAt(targetsGrid, i, 1)]),
    );
    expect(sheet.fromInputs).toBe(true);
  });

  test("without a 目標 sheet: no section, no path chart, and the list alone guards the summary", () => {
    const plain = summarize(workbookOf(targetsKpiList()));
    const plainGrid = sheetOf(plain.newSheets[0]);
    expect(plainGrid.rows.some((r) => typeof r[0] === "string" && r[0].startsWith("目標（"))).toBe(false);
    expect((plain.newSheets[0].content.charts ?? []).map((c) => c.type)).toEqual(["column-clustered"]);
    expect((plain.inputs ?? []).map((i) => i.sheet)).toEqual(["施策リスト"]);
    expect(plain.newSheets[0].content.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
    });
    expect(summarize(workbookOf(listSheet())).newSheets[0].content.charts).toHaveLength(1);
  });

  test("read in two steps, a 目標 sheet longer than the head is read whole: the same summary as from the whole book", async () => {
    const extra = Array.from({ length: 110 }, (_, i) => ({
      name: `業務指標${i + 1}`,
      baseline: `${i + 10}件`,
      years: [`${i + 20}件`, `${i + 30}件`, `${i + 40}件`],
    }));
    const book = targetsSummaryBook([...reviewedTargetRows(), ...extra]);
    const read = await readListFor(gridReader(book), "summary");
    if (!read.ok) throw new Error(read.error.code);
    const inSteps = summary(read.value, { quarter: R8Q2, now: NOW }).plan;
    const whole = summarize(book);
    const last = sheetOf(inSteps.newSheets[0]).rows.find((r) => r[1] === "業務指標110（件）");
    expect(last?.slice(0, 4)).toEqual(["数値", "業務指標110（件）", "119件", "129件"]);
    expect(inSteps.newSheets).toEqual(whole.newSheets);
    expect(inSteps.inputs).toEqual(whole.inputs);
  });
});
