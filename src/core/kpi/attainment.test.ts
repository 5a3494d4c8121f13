import {
  SEED_COLUMNS,
  seedRow,
  type ColumnSpec,
  type RowValues,
  kpiColumns,
} from "../../../tests/builders/list-sheet";
import { checkedRows } from "../../../tests/builders/rules";
import {
  attainmentRate,
  computeAttainment,
  paceFor,
  rateOutOfRange,
  type AttainmentReport,
  type KpiValues,
} from "./attainment";
import { DEFAULT_CHOICES, gradeFor, weatherForPace, type Choices } from "../choices/choices";
import type { Quarter } from "../calendar/fiscal-calendar";

const R7Q4: Quarter = { fiscalYear: 7, quarter: 4 };
const R8Q2: Quarter = { fiscalYear: 8, quarter: 2 };

const increase = (
  target: number | null,
  actual: number | null,
  baseline: number | null = null,
): KpiValues => ({
  baseline,
  target,
  actual,
  polarity: "増加",
});
const decrease = (
  target: number | null,
  actual: number | null,
  baseline: number | null = null,
): KpiValues => ({
  baseline,
  target,
  actual,
  polarity: "減少",
});

describe("attainmentRate (§6)", () => {
  test("増加 without baseline: actual ÷ target (A1-4: 28 of 60 improvements)", () => {
    expect(attainmentRate(increase(60, 28))).toBeCloseTo(28 / 60, 12);
    expect(attainmentRate(increase(60, 60))).toBe(1);
  });

  test("増加 with baseline: (actual − baseline) ÷ (target − baseline) (telework 11 → 20)", () => {
    expect(attainmentRate(increase(20, 15.5, 11))).toBe(0.5);
    expect(attainmentRate(increase(20, 20, 11))).toBe(1);
    expect(attainmentRate(increase(20, 11, 11))).toBe(0);
  });

  test("増加 with baseline below the baseline is negative (telework fell to 8%)", () => {
    expect(attainmentRate(increase(20, 8, 11))).toBeCloseTo(-1 / 3, 12);
  });

  test("減少 with baseline: (baseline − actual) ÷ (baseline − target) (copy paper 4,600,000 → 4,480,000)", () => {
    expect(attainmentRate(decrease(4_480_000, 4_540_000, 4_600_000))).toBe(0.5);
    expect(attainmentRate(decrease(4_480_000, 4_480_000, 4_600_000))).toBe(1);
    expect(attainmentRate(decrease(4_480_000, 4_600_000, 4_600_000))).toBe(0);
    expect(attainmentRate(decrease(4_480_000, 4_650_000, 4_600_000))).toBeCloseTo(-50_000 / 120_000, 12);
  });

  test("減少 without baseline: target ÷ actual", () => {
    expect(attainmentRate(decrease(4_480_000, 4_600_000))).toBeCloseTo(4_480_000 / 4_600_000, 12);
    expect(attainmentRate(decrease(100, 400))).toBe(0.25);
  });

  test("減少 without baseline, actual at or below the target: at least 1", () => {
    expect(attainmentRate(decrease(4_480_000, 4_480_000))).toBe(1);
    expect(attainmentRate(decrease(4_480_000, 2_240_000))).toBe(2);
    expect(attainmentRate(decrease(100, 0))).toBe(1);
    expect(attainmentRate(decrease(100, -20))).toBe(1);
    expect(attainmentRate(decrease(0, 0))).toBe(1);
  });

  test("減少 without baseline, target 0 and any actual above it: 0", () => {
    expect(attainmentRate(decrease(0, 5))).toBe(0);
  });

  test("rates are not capped", () => {
    expect(attainmentRate(increase(60, 90))).toBe(1.5);
    expect(attainmentRate(increase(20, 29, 11))).toBe(2);
    expect(attainmentRate(decrease(4_480_000, 4_360_000, 4_600_000))).toBe(2);
  });

  test("negative values with a baseline (a deficit of ▲100 to be cut to ▲20)", () => {
    expect(attainmentRate(increase(-20, -60, -100))).toBe(0.5);
    expect(attainmentRate(decrease(-100, -60, -20))).toBe(0.5);
  });

  test("not computable: no actual, no target, target equal to baseline, target 0 for 増加", () => {
    expect(attainmentRate(increase(60, null))).toBeNull();
    expect(attainmentRate(decrease(4_480_000, null, 4_600_000))).toBeNull();
    expect(attainmentRate(increase(null, 28))).toBeNull();
    expect(attainmentRate(decrease(null, 4_540_000, 4_600_000))).toBeNull();
    expect(attainmentRate(increase(11, 15, 11))).toBeNull();
    expect(attainmentRate(decrease(4_600_000, 4_540_000, 4_600_000))).toBeNull();
    expect(attainmentRate(increase(0, 5))).toBeNull();
  });

  test("a target of 0 is fine with a baseline", () => {
    expect(attainmentRate(decrease(0, 30, 60))).toBe(0.5);
    expect(attainmentRate(increase(0, -30, -60))).toBe(0.5);
  });

  test("out of range: numbers whose rate (or its Q1 pace) is no finite number give no rate, never Infinity or NaN", () => {
    const extreme: KpiValues[] = [
      increase(1e308, 1e308, -1e308), // Infinity ÷ Infinity
      increase(1e-300, 1e300), // overflows to Infinity
      increase(-1e-300, 1e300), // to -Infinity
      decrease(0, -1e300, 1e-300),
      decrease(1e300, 1e-300), // at or below the target: at least 1, here Infinity
      increase(1, 1e308), // 1e308 is finite, four times it is not
    ];
    expect(extreme.map((k) => [attainmentRate(k), rateOutOfRange(k)])).toEqual(
      extreme.map(() => [null, true]),
    );
    // Not computable is not out of range; a large but finite rate is a rate.
    expect([rateOutOfRange(increase(60, null)), rateOutOfRange(increase(11, 15, 11))]).toEqual([
      false,
      false,
    ]);
    expect([attainmentRate(increase(1, 4e307)), rateOutOfRange(increase(1, 4e307))]).toEqual([4e307, false]);
  });
});

describe("paceFor: the rate against the share of the year gone by (q/4)", () => {
  test.each<[Quarter["quarter"], number]>([
    [1, 2],
    [2, 1],
    [3, 2 / 3],
    [4, 0.5],
  ])("a rate of 50%% at Q%d is a pace of %d", (quarter, pace) => {
    expect(paceFor(0.5, { fiscalYear: 8, quarter })).toBeCloseTo(pace, 12);
  });

  test("no rate, no pace", () => {
    expect(paceFor(null, R8Q2)).toBeNull();
  });

  test("a pace beyond what a number holds is no pace, never Infinity", () => {
    expect(paceFor(1e308, { fiscalYear: 8, quarter: 1 })).toBeNull();
    expect(paceFor(4e307, { fiscalYear: 8, quarter: 1 })).toBe(1.6e308);
  });
});

describe("gradeFor", () => {
  test.each<[number | null, string]>([
    [1.5, "A"],
    [1, "A"],
    [0.9999, "B"],
    [0.8, "B"],
    [0.7999, "C"],
    [0.5, "C"],
    [0.4999, "D"],
    [0, "D"],
    [-0.4, "D"],
    [null, "-"],
  ])("default thresholds: %p → %s", (rate, grade) => {
    expect(gradeFor(rate, DEFAULT_CHOICES.grades)).toBe(grade);
  });

  test.each<[number | null, string]>([
    [1.2, "S"],
    [1.1999, "A"],
    [0.9, "A"],
    [0.6, "B"],
    [0.5999, "B"],
    [-1, "B"],
    [null, "-"],
  ])("a city's own thresholds S ≥ 120%%, A ≥ 90%%, B ≥ 60%%: %p → %s", (rate, grade) => {
    const grades = [
      { grade: "S", min: 1.2 },
      { grade: "A", min: 0.9 },
      { grade: "B", min: 0.6 },
    ];
    expect(gradeFor(rate, grades)).toBe(grade);
  });

  test("with no thresholds at all there is no grade", () => {
    expect(gradeFor(0.8, [])).toBe("-");
  });
});

describe("weatherForPace", () => {
  test.each<[number | null, string | null]>([
    [2, "☀"],
    [1, "☀"],
    [0.9999, "☁"],
    [0.7, "☁"],
    [0.6999, "☂"],
    [0, "☂"],
    [-1, "☂"],
    [null, null],
  ])("pace %p → %s", (pace, weather) => {
    expect(weatherForPace(pace, DEFAULT_CHOICES.pace)).toBe(weather);
  });

  test("a city's own marks and thresholds", () => {
    const pace = [
      { weather: "◎", min: 0.9 },
      { weather: "○", min: 0.6 },
      { weather: "△", min: 0 },
    ];
    expect([0.9, 0.8999, 0.6, 0.5999, -0.2].map((p) => weatherForPace(p, pace))).toEqual([
      "◎",
      "○",
      "○",
      "△",
      "△",
    ]);
  });
});

const TWO_YEAR_COLUMNS = kpiColumns(7, 8);

function attainment(
  rows: readonly RowValues[],
  quarter: Quarter,
  columns: readonly ColumnSpec[] = TWO_YEAR_COLUMNS,
  choices: Choices = DEFAULT_CHOICES,
): AttainmentReport {
  return computeAttainment(checkedRows(rows, { spec: { columns } }).rows, quarter, choices);
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);

/** `[row, id, target, actual, rate, grade, pace, suggestedWeather]`, fractions to 4 places. */
function project(report: AttainmentReport) {
  return report.rows.map((r) => [
    r.row,
    r.id,
    r.target,
    r.actual,
    round(r.rate),
    r.grade,
    round(r.pace),
    r.suggestedWeather,
  ]);
}

/** Seed 004's targets on seed rows, with R7 and R8 values. */
const TWO_YEAR_ROWS: readonly RowValues[] = [
  seedRow("A1-4", { kpiName: "改善実施数", unit: "件", targetR7: 60, actualR7: "28件" }),
  seedRow("B1-4", {
    kpiName: "A4コピー用紙購入枚数",
    unit: "枚",
    baseline: "4,600,000枚",
    targetR7: null,
    targetR8: "4,480,000枚",
    actualR8: "4,540,000枚",
    polarity: "減少",
  }),
  seedRow("B1-5b", {
    kpiName: "テレワーク実施率",
    unit: "%",
    baseline: "11%",
    targetR8: "20%",
    actualR8: "17%",
  }),
  seedRow("B1-3", {
    kpiName: "文書管理システムの電子決裁（発意起案）",
    unit: "%",
    baseline: 0.84,
    targetR8: 1,
    actualR8: null,
  }),
  seedRow("B1-1", { kpiName: "仕組み化シートの整備率", unit: "%", targetR7: "100%", actualR7: "80%" }),
  seedRow("A1-1", { kpiName: "書かない窓口の実装拠点数" }),
];

describe("computeAttainment on a list", () => {
  test("R8Q2 reads the R8 target and actual columns; rows without an R8 target are left out", () => {
    const report = attainment(TWO_YEAR_ROWS, R8Q2);
    expect([report.fiscalYear, report.quarter]).toEqual(["R8", "R8Q2"]);
    expect(project(report)).toEqual([
      [4, "B1-4", 4_480_000, 4_540_000, 0.5, "C", 1, "☀"],
      [5, "B1-5b", 0.2, 0.17, 0.6667, "C", 1.3333, "☀"],
      [6, "B1-3", 1, null, null, "-", null, null],
    ]);
    expect(report.grades).toEqual({ A: 0, B: 0, C: 2, D: 0, "-": 1 });
  });

  test("R7Q4 reads the R7 columns: the same rows, other numbers", () => {
    const report = attainment(TWO_YEAR_ROWS, R7Q4);
    expect([report.fiscalYear, report.quarter]).toEqual(["R7", "R7Q4"]);
    expect(project(report)).toEqual([
      [3, "A1-4", 60, 28, 0.4667, "D", 0.4667, "☂"],
      [7, "B1-1", 1, 0.8, 0.8, "B", 0.8, "☁"],
    ]);
    expect(report.grades).toEqual({ A: 0, B: 1, C: 0, D: 1, "-": 0 });
  });

  test("the baseline, polarity, weather and percent flag come with each row", () => {
    const rows = [
      TWO_YEAR_ROWS[1],
      { ...TWO_YEAR_ROWS[2], weather: "晴れ" },
      { ...TWO_YEAR_ROWS[3], weather: "🌈", actualR8: "92%" },
    ];
    const report = attainment(rows, R8Q2);
    expect(report.rows.map((r) => [r.id, r.baseline, r.polarity, r.weather, r.percent])).toEqual([
      ["B1-4", 4_600_000, "減少", "☀", false],
      ["B1-5b", 0.11, "増加", "☀", true],
      ["B1-3", 0.84, "増加", null, true],
    ]);
  });

  test("a plain 年度目標値 / 実績値 column is the target of whichever year is under review", () => {
    const columns = [
      ...SEED_COLUMNS,
      { key: "target", header: "年度目標値" },
      { key: "actual", header: "実績値" },
    ];
    const rows = [seedRow("A1-4", { target: "60件", actual: "28件" })];
    expect(project(attainment(rows, R8Q2, columns))).toEqual([[3, "A1-4", 60, 28, 0.4667, "D", 0.9333, "☁"]]);
    expect(project(attainment(rows, R7Q4, columns))).toEqual([[3, "A1-4", 60, 28, 0.4667, "D", 0.4667, "☂"]]);
  });

  test("the year's own column wins over a plain one", () => {
    const columns = [
      ...SEED_COLUMNS,
      { key: "target", header: "年度目標値" },
      { key: "targetR8", header: "R8年度目標値" },
      { key: "actual", header: "実績値" },
    ];
    const rows = [seedRow("A1-4", { target: 60, targetR8: 40, actual: 30 })];
    expect(project(attainment(rows, R8Q2, columns))).toEqual([[3, "A1-4", 40, 30, 0.75, "C", 1.5, "☀"]]);
    expect(project(attainment(rows, R7Q4, columns))).toEqual([[3, "A1-4", 60, 30, 0.5, "C", 0.5, "☂"]]);
  });

  test("an unreadable target leaves the row out; an unreadable actual counts as missing", () => {
    const rows = [
      seedRow("A1-4", { targetR8: "約60件", actualR8: 28 }),
      seedRow("B1-6", { targetR8: 2, actualR8: "未定" }),
    ];
    expect(project(attainment(rows, R8Q2))).toEqual([[4, "B1-6", 2, null, null, "-", null, null]]);
  });

  test("a row whose numbers are out of range has no rate, no pace and grade -; the others are computed", () => {
    const rows = [
      seedRow("A1-4", { baseline: -1e308, targetR8: 1e308, actualR8: 1e308 }),
      seedRow("B1-6", { targetR8: 2, actualR8: 1 }),
    ];
    expect(project(attainment(rows, R8Q2))).toEqual([
      [3, "A1-4", 1e308, 1e308, null, "-", null, null],
      [4, "B1-6", 2, 1, 0.5, "C", 1, "☀"],
    ]);
  });

  test("an unknown 目標の方向 is computed as 増加", () => {
    const rows = [seedRow("A1-4", { targetR8: 60, actualR8: 30, polarity: "横ばい" })];
    expect(attainment(rows, R8Q2).rows.map((r) => [r.polarity, r.rate])).toEqual([["増加", 0.5]]);
  });

  test("grades counts every grade of the list in force, A/B/C/D and -", () => {
    const rows = [
      seedRow("A1-1", { targetR8: 100, actualR8: 120 }),
      seedRow("A1-2", { targetR8: 100, actualR8: 100 }),
      seedRow("A1-3", { targetR8: 100, actualR8: 80 }),
      seedRow("A1-4", { targetR8: 60, actualR8: 30 }),
      seedRow("A2-1", { targetR8: 100, actualR8: 49 }),
      seedRow("A3-1", { targetR8: 100, actualR8: null }),
      seedRow("A3-2", { targetR8: null, actualR8: 10 }),
    ];
    const report = attainment(rows, R8Q2);
    expect(report.rows.map((r) => [r.id, r.grade])).toEqual([
      ["A1-1", "A"],
      ["A1-2", "A"],
      ["A1-3", "B"],
      ["A1-4", "C"],
      ["A2-1", "D"],
      ["A3-1", "-"],
    ]);
    expect(report.grades).toEqual({ A: 2, B: 1, C: 1, D: 1, "-": 1 });
  });

  test("a city's own grades and pace marks from the 選択肢 sheet", () => {
    const choices: Choices = {
      ...DEFAULT_CHOICES,
      grades: [
        { grade: "S", min: 1.2 },
        { grade: "A", min: 0.9 },
        { grade: "B", min: 0 },
      ],
      pace: [
        { weather: "◎", min: 0.9 },
        { weather: "△", min: 0 },
      ],
    };
    const rows = [
      seedRow("A1-1", { targetR8: 100, actualR8: 120 }),
      seedRow("A1-2", { targetR8: 100, actualR8: 45 }),
      seedRow("A1-3", { targetR8: 100, actualR8: 44 }),
    ];
    const report = attainment(rows, R8Q2, TWO_YEAR_COLUMNS, choices);
    expect(report.rows.map((r) => [r.id, r.grade, r.suggestedWeather])).toEqual([
      ["A1-1", "S", "◎"],
      ["A1-2", "B", "◎"],
      ["A1-3", "B", "△"],
    ]);
    expect(report.grades).toEqual({ S: 1, A: 0, B: 2, "-": 0 });
  });

  test("a list without target columns has no rows to grade", () => {
    const report = attainment(TWO_YEAR_ROWS, R8Q2, SEED_COLUMNS);
    expect(report.rows).toEqual([]);
    expect(report.grades).toEqual({ A: 0, B: 0, C: 0, D: 0, "-": 0 });
  });

  describe("percent rows: 「80%」, 0.8 and 「16/77」 agree", () => {
    const columns = [
      ...SEED_COLUMNS,
      { key: "unit", header: "単位" },
      { key: "targetR8", header: "R8年度目標値" },
      { key: "actualR8", header: "R8実績値" },
    ];

    test("typed with %, stored as a fraction, or written as a ratio: the same rate", () => {
      const rows = [
        seedRow("B1-3", { unit: "%", targetR8: "100%", actualR8: "80%" }),
        seedRow("B1-3", { unit: "%", targetR8: 1, actualR8: 0.8 }),
        seedRow("B1-3", { unit: null, targetR8: "100％", actualR8: 0.8 }),
        seedRow("A2-1", { unit: "%", targetR8: "100%", actualR8: "16/77" }),
        seedRow("A2-1", { unit: "%", targetR8: 1, actualR8: 16 / 77 }),
      ];
      const report = attainment(rows, R8Q2, columns);
      expect(
        report.rows.map((r) => [r.row, r.target, round(r.actual), round(r.rate), r.grade, r.percent]),
      ).toEqual([
        [3, 1, 0.8, 0.8, "B", true],
        [4, 1, 0.8, 0.8, "B", true],
        [5, 1, 0.8, 0.8, "B", true],
        [6, 1, 0.2078, 0.2078, "D", true],
        [7, 1, 0.2078, 0.2078, "D", true],
      ]);
      expect(report.rows[3].rate).toBeCloseTo(report.rows[4].rate ?? Number.NaN, 12);
    });

    test("「16/77」 in a count row is not a number, so the row has no rate", () => {
      const rows = [seedRow("A2-1", { unit: "件", targetR8: 77, actualR8: "16/77" })];
      expect(project(attainment(rows, R8Q2, columns))).toEqual([
        [3, "A2-1", 77, null, null, "-", null, null],
      ]);
    });
  });

  test(
    // Float subtraction alone gives (0.182 − 0.11) ÷ (0.2 − 0.11) = 0.7999999999999998; rates are
    // rounded so exact thresholds grade as a person computes them.
    "telework 11% → 20%: 18.2% is exactly 80% of the way (B), 15.5% exactly half (C)",
    () => {
      const rows = [
        seedRow("B1-5b", {
          kpiName: "テレワーク実施率",
          unit: "%",
          baseline: "11%",
          targetR8: "20%",
          actualR8: "18.2%",
        }),
        seedRow("B1-5b", {
          kpiName: "テレワーク実施率",
          unit: "%",
          baseline: "11%",
          targetR8: "20%",
          actualR8: "15.5%",
        }),
      ];
      expect(attainment(rows, R8Q2).rows.map((r) => r.grade)).toEqual(["B", "C"]);
    },
  );
});
