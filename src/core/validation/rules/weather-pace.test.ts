import { seedRow, type RowValues, kpiColumns, paperRow } from "../../../../tests/builders/list-sheet";
import { project, runRowRule } from "../../../../tests/builders/rules";
import { DEFAULT_CHOICES, type Choices } from "../../choices/choices";
import type { Quarter } from "../../calendar/fiscal-calendar";
import { weatherPace } from "./weather-pace";

const KPI_COLUMNS = kpiColumns();

const R8 = (quarter: Quarter["quarter"]): Quarter => ({ fiscalYear: 8, quarter });

const check = (rows: readonly RowValues[], quarter: Quarter | undefined, choices?: Choices) =>
  runRowRule(weatherPace, rows, { spec: { columns: KPI_COLUMNS }, quarter, choices });

/**
 * B1-4 with seed 004's copy-paper target, 4,600,000 → 4,480,000 sheets (減少). Buying
 * 4,570,000 sheets is a quarter of the way: rate 0.25.
 */
const paper = (values: RowValues = {}) => paperRow({ actualR8: "4,570,000枚", ...values });

describe("weather against pace", () => {
  test("without a quarter under review there is no pace to compare with", () => {
    expect(check([paper({ weather: "☀", actualR8: "4,600,000枚" })], undefined)).toEqual([]);
  });

  test("a rate of 25% is on pace at Q1 (☀), behind at Q2 (pace 0.5, ☂)", () => {
    expect(check([paper({ weather: "☀" })], R8(1))).toEqual([]);
    expect(project(check([paper({ weather: "☀" })], R8(2)))).toEqual([[3, "weather", "weather-mismatch"]]);
  });

  test("the warning offers the suggested weather, with the exact pace and the quarter", () => {
    const [issue] = check([paper({ weather: "☀" })], R8(2));
    expect(issue).toMatchObject({
      code: "weather-mismatch",
      severity: "warning",
      row: 3,
      column: "N",
      field: "weather",
      id: "B1-4",
      value: "☀",
      suggestion: "☂",
      params: { suggested: "☂", pace: 0.5, quarter: "R8Q2" },
    });
  });

  test("a PL who is more cautious than the pace is also told: ☂ at pace 2", () => {
    const issues = check([paper({ weather: "☂" })], R8(1));
    expect(issues.map((i) => [i.value, i.suggestion, i.params])).toEqual([
      ["☂", "☀", { suggested: "☀", pace: 1, quarter: "R8Q1" }],
    ]);
  });

  test("the pace thresholds 1.0 and 0.7 are inclusive", () => {
    const rows = [
      paper({ weather: "☀", actualR8: "4,570,000枚" }), // rate 0.25, Q1 pace 1 → ☀
      paper({ weather: "☁", actualR8: "4,558,000枚" }), // rate 0.35, Q2 pace 0.7 → ☁
      paper({ weather: "☁", actualR8: "4,558,001枚" }), // a sheet more: pace just below 0.7 → ☂
    ];
    expect(check(rows.slice(0, 1), R8(1))).toEqual([]);
    const q2 = check(rows.slice(1), R8(2));
    expect(q2.map((i) => [i.row, i.value, i.suggestion])).toEqual([[4, "☁", "☂"]]);
  });

  test("variants count as their canonical value", () => {
    const rows = [
      paper({ weather: "晴れ" }),
      paper({ weather: "☀️" }),
      paper({ weather: "くもり" }),
      paper({ weather: "雨" }),
    ];
    const issues = check(rows, R8(1));
    expect(issues.map((i) => [i.row, i.value, i.suggestion])).toEqual([
      [5, "くもり", "☀"],
      [6, "雨", "☀"],
    ]);
  });

  test("an empty or unknown weather is left to the other checks", () => {
    expect(check([paper({ weather: null }), paper({ weather: "🌈" })], R8(2))).toEqual([]);
  });

  test("no pace, no warning: no target, no actual, or a target equal to the baseline", () => {
    const rows = [
      paper({ weather: "☂", targetR8: null }),
      paper({ weather: "☂", actualR8: null }),
      paper({ weather: "☂", actualR8: "集計中" }),
      paper({ weather: "☂", targetR8: "4,600,000枚" }),
    ];
    expect(check(rows, R8(1))).toEqual([]);
  });

  test("only the quarter's fiscal year counts: an R8 list reviewed at R9Q1 has nothing to compare", () => {
    expect(check([paper({ weather: "☀" })], { fiscalYear: 9, quarter: 1 })).toEqual([]);
  });

  test("seed 004's telework rate, 11% → 20%: 17% is on pace at Q2, ☁ at Q3, ☂ at Q4", () => {
    const telework = seedRow("B1-5b", {
      kpiName: "テレワーク実施率",
      unit: "%",
      baseline: "11%",
      targetR8: "20%",
      actualR8: "17%",
      weather: "☀",
    });
    expect(check([telework], R8(2))).toEqual([]);
    const mismatch = (quarter: Quarter) =>
      check([telework], quarter).flatMap((i) => (i.code === "weather-mismatch" ? [i.params] : []));
    const [q3] = mismatch(R8(3));
    const [q4] = mismatch(R8(4));
    expect([q3.suggested, q3.quarter, q4.suggested, q4.quarter]).toEqual(["☁", "R8Q3", "☂", "R8Q4"]);
    expect(q3.pace).toBeCloseTo(6 / 9 / 0.75, 12);
    expect(q4.pace).toBeCloseTo(6 / 9, 12);
  });

  test("a city's own marks from the 選択肢 sheet", () => {
    const choices: Choices = {
      ...DEFAULT_CHOICES,
      weather: [
        { value: "◎", meaning: "順調", variants: ["二重丸"] },
        { value: "○", meaning: "やや遅れ", variants: [] },
        { value: "△", meaning: "遅れ", variants: [] },
      ],
      pace: [
        { weather: "◎", min: 1 },
        { weather: "○", min: 0.5 },
        { weather: "△", min: Number.NEGATIVE_INFINITY },
      ],
    };
    const rows = [paper({ weather: "○" }), paper({ weather: "二重丸" }), paper({ weather: "順調" })];
    const issues = check(rows, R8(2), choices);
    expect(issues.map((i) => [i.row, i.value, i.suggestion])).toEqual([
      [4, "二重丸", "○"],
      [5, "順調", "○"],
    ]);
  });

  test("declares the code it raises", () => {
    expect(weatherPace.codes).toEqual(["weather-mismatch"]);
  });
});
