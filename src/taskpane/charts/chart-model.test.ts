import { DEFAULT_CHOICES } from "../../core/choices/choices";
import type { WeatherPoint } from "../../core/summary/weather-history";
import { en } from "../i18n/en";
import { ja } from "../i18n/ja";
import { chartText, countRoom, quartersOfYear, scaleOf, shownParts, type Bar } from "./chart-model";
import { chartWords, gradeChartWords, gradeName } from "./chart-words";

const MEANINGS = { "☀": "順調", "☁": "やや遅れ", "☂": "遅れ" };

const pillars: Bar[] = [
  {
    label: "A 市民サービスの改善・向上",
    segments: [
      { key: "☀", value: 6 },
      { key: "☁", value: 1 },
      { key: "未入力", value: 0 },
    ],
  },
  {
    label: "C 人材育成",
    segments: [
      { key: "☀", value: 0 },
      { key: "未入力", value: 0 },
    ],
  },
];

const gradeBars = (strings: typeof ja, counts: Record<string, number>): Bar[] => {
  const words = gradeChartWords(strings, DEFAULT_CHOICES.grades);
  return Object.entries(counts).map(([key, value]) => ({
    label: words.name(key),
    segments: [{ key, value }],
  }));
};

describe("a chart's labels say what they count", () => {
  test("grades by what they mean under the thresholds: A（達成）, B（80%以上）, D（50%未満）, 計算できない", () => {
    const names = ["A", "B", "C", "D", "-"].map((g) => gradeName(g, DEFAULT_CHOICES.grades, ja));
    expect(names).toEqual(["A（達成）", "B（80%以上）", "C（50%以上）", "D（50%未満）", "計算できない"]);
    expect(["A", "D", "-"].map((g) => gradeName(g, DEFAULT_CHOICES.grades, en))).toEqual([
      "A (met)",
      "D (below 50%)",
      "not computable",
    ]);
    // A city's own thresholds (選択肢 sheet): S above 100%, A no longer "met".
    const own = [
      { grade: "S", min: 1.2 },
      { grade: "A", min: 0.9 },
      { grade: "B", min: Number.NEGATIVE_INFINITY },
    ];
    expect(["S", "A", "B"].map((g) => gradeName(g, own, ja))).toEqual([
      "S（120%以上）",
      "A（90%以上）",
      "B（90%未満）",
    ]);
  });

  test("a tally's row reads 「A（達成）1 件」, never 「A A1」", () => {
    const words = gradeChartWords(ja, DEFAULT_CHOICES.grades);
    const [a, , , , none] = gradeBars(ja, { A: 1, B: 0, C: 2, D: 0, "-": 3 });
    expect(`${a.label}${words.count(a.segments[0].value)}`).toBe("A（達成）1 件");
    expect(`${none.label} ${words.count(none.segments[0].value)}`).toBe("計算できない 3 件");
  });

  test("a stacked bar shows its non-zero parts with their meaning: 「☀ 順調 6 件・☁ やや遅れ 1 件」", () => {
    const words = chartWords(ja, MEANINGS);
    expect(shownParts(pillars[0], words)).toBe("☀ 順調 6 件・☁ やや遅れ 1 件");
    expect(shownParts(pillars[1], words)).toBe("");
    expect(shownParts(pillars[0], chartWords(en, MEANINGS))).toBe(
      "☀ on track: 6 measures, ☁ some delay: 1 measure",
    );
    // A city's own mark keeps its own meaning; 未入力 is named as the pane names it.
    const own = chartWords(ja, { ...MEANINGS, "⚡": "重大な遅れ" });
    expect(["⚡", "未入力"].map((k) => own.name(k))).toEqual(["⚡ 重大な遅れ", "未入力"]);
  });
});

describe("a chart's text alternative, as a screen reader says it", () => {
  test("a tally: the title, then each key and its count, zeros included", () => {
    const words = gradeChartWords(ja, DEFAULT_CHOICES.grades);
    expect(chartText("達成度の分布", gradeBars(ja, { A: 1, B: 0, C: 2, D: 0, "-": 3 }), "tally", words)).toBe(
      "達成度の分布: A（達成）1 件、B（80%以上）0 件、C（50%以上）2 件、D（50%未満）0 件、計算できない 3 件。",
    );
    const english = gradeChartWords(en, DEFAULT_CHOICES.grades);
    expect(chartText("Attainment grades", gradeBars(en, { A: 1, "-": 2 }), "tally", english)).toBe(
      "Attainment grades: A (met): 1 measure, not computable: 2 measures.",
    );
  });

  test("stacked bars: each bar's total, then its parts by meaning, not by mark", () => {
    expect(chartText("3本柱別の天気", pillars, "stacked", chartWords(ja, MEANINGS))).toBe(
      "3本柱別の天気。A 市民サービスの改善・向上: 7 件（順調 6 件、やや遅れ 1 件）。C 人材育成: 0 件。",
    );
    expect(chartText("Weather by pillar", pillars, "stacked", chartWords(en, MEANINGS))).toBe(
      "Weather by pillar. A 市民サービスの改善・向上: 7 measures (on track: 6 measures, some delay: 1 measure). C 人材育成: 0 measures.",
    );
  });

  test("a quarter with no summary says so instead of a count", () => {
    const bars: Bar[] = [
      { label: "第1四半期（4〜6月）", segments: [], missing: ja.charts.noSummary },
      { label: "現在", segments: [{ key: "未入力", value: 1 }] },
    ];
    expect(chartText("天気の推移（令和7年度）", bars, "stacked", chartWords(ja, MEANINGS))).toBe(
      "天気の推移（令和7年度）。第1四半期（4〜6月）: サマリーなし。現在: 1 件（未入力 1 件）。",
    );
  });
});

describe("the chart's geometry", () => {
  test("every bar is drawn to the largest total; an empty chart to 1", () => {
    expect(scaleOf(pillars)).toBe(7);
    expect(scaleOf([])).toBe(1);
  });

  test("room after the bars for the widest count, full-width characters twice as wide", () => {
    expect(countRoom(["1 件", "12 件"])).toBe("6ch");
    expect(countRoom(["12 measures"])).toBe("12ch");
    expect(countRoom([])).toBe("1ch");
  });
});

describe("the weather trend spans the fiscal year", () => {
  const point = (quarter: string, made: string): WeatherPoint => ({
    quarter,
    sheet: `サマリー_${quarter}`,
    made,
    measures: 32,
    counts: { "☀": 31 },
  });

  test("Q1 to Q4 of the year, each with its summary or none; other years are left out", () => {
    const points = [
      point("R6Q4", "2025-04-01 09:00"),
      point("R7Q1", "2025-07-01 09:00"),
      point("R7Q3", "2026-01-05 09:00"),
    ];
    expect(quartersOfYear(points, 7).map((q) => [q.quarter, q.point?.sheet ?? null])).toEqual([
      [1, "サマリー_R7Q1"],
      [2, null],
      [3, "サマリー_R7Q3"],
      [4, null],
    ]);
    expect(quartersOfYear(points, 8).every((q) => q.point === null)).toBe(true);
  });
});
