import {
  listSheet,
  plainSheet,
  seedRow,
  seedRows,
  SEED_COLUMNS,
  workbookOf,
  type RowValues,
} from "../../../tests/builders/list-sheet";
import { sheetOf } from "../../../tests/builders/content";
import { DEFAULT_CHOICES } from "../choices/choices";
import { parseQuarter, type Quarter } from "../calendar/fiscal-calendar";
import type { BuiltSheet } from "../../../tests/builders/list-sheet";
import { openList } from "../list/open-list";
import { buildSummary, summarySheetName, type SummaryModel } from "./summary";
import { summarySheet } from "./summary-sheet";
import { readSummaryMarker } from "./summary-state";

const NOW = { year: 2026, month: 11, day: 20, hour: 9, minute: 30 };

function quarter(text: string): Quarter {
  const q = parseQuarter(text);
  if (!q.ok) throw new Error(q.error.code);
  return q.value;
}

function summarize(
  rows: readonly RowValues[],
  q = "R8Q2",
  others: BuiltSheet[] = [],
  columns = SEED_COLUMNS,
): SummaryModel {
  const book = workbookOf(listSheet({ rows, columns }), ...others);
  const list = openList(book);
  if (!list.ok) throw new Error(list.error.code);
  return buildSummary({
    book,
    sheet: list.value.sheet,
    layout: list.value.layout,
    choices: list.value.choices,
    quarter: quarter(q),
    validation: { error: 0, warning: 0 },
    now: NOW,
  });
}

describe("counting", () => {
  test("the seed list: 31 ☀ and C3-2's empty weather, by pillar with the pillars' own names", () => {
    const model = summarize(seedRows());
    expect(model.measures).toBe(32);
    expect(model.weather).toEqual({ "☀": 31, "☁": 0, "☂": 0, 未入力: 1, その他: 0 });
    expect(model.byPillar.map((g) => [g.key, g.label, g.total, g.counts["☀"], g.counts["未入力"]])).toEqual([
      ["A", "市民サービスの改善・向上", 7, 7, 0],
      ["B", "庁内効率化と働き方改革", 20, 20, 0],
      ["C", "人材育成による職員力向上", 5, 4, 1],
    ]);
    expect(model.byDomain.map((g) => `${g.key}:${g.total}`)).toEqual([
      "A1:4",
      "A2:1",
      "A3:2",
      "B1:13",
      "B2:4",
      "B3:3",
      "C1:1",
      "C2:2",
      "C3:2",
    ]);
    expect(model.byDepartment.map((g) => [g.key, g.total])).toEqual([
      ["総務部", 31],
      ["市民部", 1],
    ]);
    expect(model.direction).toEqual({
      拡充: 0,
      継続: 32,
      見直し: 0,
      縮小: 0,
      統合: 0,
      休止: 0,
      廃止: 0,
      完了: 0,
      未入力: 0,
    });
  });

  test("variants count as their canonical value; empty is 未入力; anything else その他", () => {
    const rows = [
      seedRow("A1-1", { weather: "晴れ", direction: "改善", directionReason: "窓口の再設計" }),
      seedRow("A1-2", { weather: "☁️" }),
      seedRow("A1-3", { weather: "雨", direction: null }),
      seedRow("A1-4", { weather: null }),
      seedRow("A2-1", { weather: "晴天", direction: "様子見" }),
      seedRow("A3-1", { weather: { error: "#N/A" } }),
    ];
    const model = summarize(rows);
    expect(model.weather).toEqual({ "☀": 1, "☁": 1, "☂": 1, 未入力: 1, その他: 2 });
    expect(model.direction).toEqual({
      拡充: 0,
      継続: 3,
      見直し: 1,
      縮小: 0,
      統合: 0,
      休止: 0,
      廃止: 0,
      完了: 0,
      未入力: 1,
      その他: 1,
    });
    expect(model.byDomain.find((g) => g.key === "A1")?.counts).toEqual({
      "☀": 1,
      "☁": 1,
      "☂": 1,
      未入力: 1,
      その他: 0,
    });
  });

  test("a row without a readable pillar or domain is grouped by its 枝番1", () => {
    const model = summarize([seedRow("B2-1", { pillar: "庁内効率化", domain: null })]);
    expect(model.byPillar.map((g) => g.key)).toEqual(["B"]);
    expect(model.byDomain.map((g) => g.key)).toEqual(["B2"]);
  });
});

describe("watch list", () => {
  test("every ☁ and ☂ row, with the cells the meeting reads", () => {
    const model = summarize([
      seedRow("A1-1"),
      seedRow("A1-2", { weather: "曇り", direction: "見直し", directionReason: "予算化がR9にずれ込むため" }),
      seedRow("B1-8", { weather: "☂" }),
    ]);
    expect(model.watchlist).toEqual([
      {
        row: 4,
        id: "A1-2",
        item: "窓口時間の短縮",
        department: "総務部",
        weather: "☁",
        progress: "各課等ヒアリング実施中",
        direction: "見直し",
        reason: "予算化がR9にずれ込むため",
        suggestedWeather: null,
        rate: null,
        grade: null,
        pace: null,
      },
      expect.objectContaining({ row: 5, id: "B1-8", weather: "☂" }),
    ]);
  });

  test("a ☀ row whose pace says otherwise joins the list with the suggested weather", () => {
    const columns = [
      ...SEED_COLUMNS,
      { key: "target", header: "R8年度目標値" },
      { key: "actual", header: "R8実績値" },
    ];
    const model = summarize(
      [seedRow("A1-4", { target: 60, actual: 12 }), seedRow("B1-9", { target: 19, actual: 19 })],
      "R8Q2",
      [],
      columns,
    );
    expect(model.watchlist.map((w) => [w.id, w.weather, w.suggestedWeather, w.grade])).toEqual([
      ["A1-4", "☀", "☂", "D"],
    ]);
    expect(model.grades).toEqual({ A: 1, B: 0, C: 0, D: 1, "-": 0 });
    expect(model.averageRateByPillar.map((p) => [p.key, p.rows])).toEqual([
      ["A", 1],
      ["B", 1],
    ]);
    expect(model.averageRateByPillar[0].average).toBeCloseTo(0.2);
  });

  test("extreme KPI numbers: no rate where none is finite, and an average whose sum would overflow", () => {
    const columns = [
      ...SEED_COLUMNS,
      { key: "baseline", header: "基準値" },
      { key: "target", header: "R8年度目標値" },
      { key: "actual", header: "R8実績値" },
    ];
    const huge = (id: string) => seedRow(id, { target: 1, actual: 4e307 });
    const model = summarize(
      [
        seedRow("A1-1", { weather: "☂", baseline: -1e308, target: 1e308, actual: 1e308 }),
        ...["A1-2", "A1-3", "A1-4", "A2-1", "A3-1"].map(huge),
      ],
      "R8Q2",
      [],
      columns,
    );
    expect(model.watchlist.map((w) => [w.id, w.rate, w.grade, w.pace])).toEqual([["A1-1", null, "-", null]]);
    expect(model.averageRateByPillar.map((p) => [p.key, p.average, p.rows])).toEqual([["A", 4e307, 5]]);
    // The sheet holds only finite numbers.
    const numbers = summarySheet(model).content.cells.flatMap((c) =>
      c.value.kind === "number" ? [c.value.value] : [],
    );
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});

describe("the previous quarter's summary", () => {
  test("weather moves, direction changes, added and removed rows since the previous summary", () => {
    const q1 = summarize([seedRow("A1-1"), seedRow("A1-2"), seedRow("A1-3")], "R8Q1");
    const previous = sheetOf(summarySheet(q1));
    const q2 = summarize(
      [
        seedRow("A1-1", { weather: "☁" }),
        seedRow("A1-2", { direction: "拡充", directionReason: "全庁展開" }),
        seedRow("A1-4"),
      ],
      "R8Q2",
      [previous],
    );
    expect(q2.changes).toEqual({
      previousSheet: "サマリー_R8Q1",
      previousQuarter: "R8Q1",
      weather: [{ id: "A1-1", item: "書かない窓口の実現", from: "☀", to: "☁" }],
      direction: [{ id: "A1-2", item: "窓口時間の短縮", from: "継続", to: "拡充" }],
      added: [{ id: "A1-4", item: "窓口業務改善" }],
      removed: [{ id: "A1-3", item: "窓口手続きのワンストップ化" }],
    });
  });

  test("recognised by its marker, not by its name: a renamed summary counts, a look-alike does not", () => {
    const q1 = sheetOf(summarySheet(summarize([seedRow("A1-1")], "R8Q1")));
    const renamed = { ...q1, name: "7月の会議資料" };
    expect(summarize([seedRow("A1-1", { weather: "☂" })], "R8Q2", [renamed]).changes?.weather).toHaveLength(
      1,
    );
    const lookAlike = plainSheet("サマリー_R8Q1", [
      ["業務改革施策 四半期サマリー"],
      ["施策番号", "天気"],
      ["A1-1", "☂"],
    ]);
    expect(summarize([seedRow("A1-1")], "R8Q2", [lookAlike]).changes).toBeNull();
  });

  test("a summary of the same quarter is not the previous quarter; the newest earlier one is", () => {
    const r7q4 = sheetOf(summarySheet(summarize([seedRow("A1-1", { weather: "☂" })], "R7Q4")));
    const r8q1 = sheetOf(summarySheet(summarize([seedRow("A1-1", { weather: "☁" })], "R8Q1")));
    const r8q2 = sheetOf(summarySheet(summarize([seedRow("A1-1", { weather: "☀" })], "R8Q2")));
    const model = summarize([seedRow("A1-1")], "R8Q2", [r7q4, r8q2, r8q1]);
    expect(model.changes?.previousQuarter).toBe("R8Q1");
    expect(model.changes?.weather).toEqual([{ id: "A1-1", item: "書かない窓口の実現", from: "☁", to: "☀" }]);
    expect(model.sheet).toBe("サマリー_R8Q2 (2)");
  });

  test("the marker states the quarter, the source and when", () => {
    const sheet = sheetOf(summarySheet(summarize([seedRow("A1-1")], "R8Q2")));
    expect(readSummaryMarker(sheet)).toEqual({
      v: 1,
      quarter: "R8Q2",
      source: "施策リスト",
      made: "2026-11-20 09:30",
    });
  });
});

describe("sheet names", () => {
  test("a taken name gets (2), (3)…, whatever the case of the taken names", () => {
    expect(summarySheetName(quarter("R8Q2"), ["施策リスト"])).toBe("サマリー_R8Q2");
    expect(summarySheetName(quarter("R8Q2"), ["サマリー_R8Q2", "サマリー_R8Q2 (2)"])).toBe(
      "サマリー_R8Q2 (3)",
    );
  });
});

describe("the sheet's content", () => {
  test("texts from the list stay text, even when they look like formulas", () => {
    const model = summarize([
      seedRow("A1-1", {
        weather: "☂",
        item: '=HYPERLINK("http://x")',
        progress: "+3件",
        directionReason: "@PMO",
      }),
    ]);
    const cells = summarySheet(model).content.cells;
    for (const looksLikeFormula of ['=HYPERLINK("http://x")', "+3件"]) {
      expect(
        cells.find((c) => c.value.kind === "text" && c.value.text === looksLikeFormula)?.value.kind,
      ).toBe("text");
    }
    expect(cells.some((c) => c.value.kind === "number" && Number.isNaN(c.value.value))).toBe(false);
  });

  test("placed right after the list, landscape and one page wide, two title rows frozen, state columns hidden", () => {
    const sheet = summarySheet(summarize(seedRows()));
    expect(sheet).toMatchObject({ name: "サマリー_R8Q2", hidden: false, after: "施策リスト" });
    // Print setup is a capability not every host has: an older Excel skips it and says so.
    expect(sheet.content.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(sheet.content.freezeRows).toBe(2);
    expect(sheet.content.hiddenColumns).toEqual([11, 12, 13, 14, 15]);
  });

  test("the weather-by-pillar chart carries its data as values and as the ranges that hold them", () => {
    const sheet = summarySheet(summarize(seedRows()));
    const [chart] = sheet.content.charts ?? [];
    if (!chart) throw new Error("no chart");
    expect([chart.type, chart.title, chart.categories]).toEqual([
      "column-clustered",
      "3本柱別の天気",
      ["A", "B", "C"],
    ]);
    expect(chart.series).toEqual([
      { name: "☀", values: [7, 20, 4] },
      { name: "☁", values: [0, 0, 0] },
      { name: "☂", values: [0, 0, 0] },
    ]);
    // The ranges hold the same numbers on the sheet: categories down column A, each series in a
    // column with its name on top.
    const grid = sheetOf(sheet);
    const at = (r: number, c: number) => grid.rows[r]?.[c] ?? null;
    const { categoryRange: cats, seriesRange: vals } = chart;
    expect(Array.from({ length: cats.bottom - cats.top + 1 }, (_, i) => at(cats.top + i, 0))).toEqual(
      chart.categories,
    );
    chart.series.forEach((series, j) => {
      expect(at(vals.top, vals.left + j)).toContain(series.name);
      expect(series.values.map((_, i) => at(vals.top + 1 + i, vals.left + j))).toEqual(series.values);
    });
  });

  test("uses the city's own weather marks when the 選択肢 sheet adds one", () => {
    const choices = {
      ...DEFAULT_CHOICES,
      weather: [...DEFAULT_CHOICES.weather, { value: "⚡", meaning: "重大な遅れ", variants: [] }],
    };
    const book = workbookOf(listSheet({ rows: [seedRow("A1-1", { weather: "⚡" })] }));
    const list = openList(book);
    if (!list.ok) throw new Error("no list");
    const model = buildSummary({
      ...list.value,
      choices,
      quarter: quarter("R8Q2"),
      validation: { error: 0, warning: 0 },
      now: NOW,
    });
    expect(model.weather).toEqual({ "☀": 0, "☁": 0, "☂": 0, "⚡": 1, 未入力: 0, その他: 0 });
    expect(model.watchlist.map((w) => w.weather)).toEqual(["⚡"]);
  });
});
