import {
  SEED_COLUMNS,
  seedRow,
  type ColumnSpec,
  type RowValues,
  kpiColumns,
} from "../../../tests/builders/list-sheet";
import { checkedRows } from "../../../tests/builders/rules";
import { isPercentRow, kpiKeyForYear, kpiNumberKeys, readKpiNumber, readPolarity } from "./kpi";
import type { MeasureRow } from "../list/measure-row";

const KPI_COLUMNS = kpiColumns();

/** B1-4 (ペーパーレスの推進) on a list with KPI columns, read as the validator reads it. */
function paperRow(values: RowValues, columns: readonly ColumnSpec[] = KPI_COLUMNS): MeasureRow {
  const row = seedRow("B1-4", { kpiName: "A4コピー用紙購入枚数", ...values });
  return checkedRows([row], { spec: { columns } }).rows[0];
}

describe("readPolarity", () => {
  test.each(["増加", "増", "上昇", "増やす"])("%s means 増加", (text) => {
    expect(readPolarity(text)).toBe("増加");
  });

  test.each(["減少", "減", "削減", "減らす"])("%s means 減少", (text) => {
    expect(readPolarity(text)).toBe("減少");
  });

  test.each([null, "", "   ", "\u3000"])("an empty cell (%j) means 増加", (value) => {
    expect(readPolarity(value)).toBe("増加");
  });

  test("spaces around the word, half-width or full-width, do not matter", () => {
    expect(readPolarity(" 減少 ")).toBe("減少");
    expect(readPolarity("削減\u3000")).toBe("減少");
    expect(readPolarity("\u3000増加")).toBe("増加");
    expect(readPolarity("減少\n")).toBe("減少");
  });

  test.each(["横ばい", "維持", "増減", "増加傾向", "下げる"])("%s says neither: null", (text) => {
    expect(readPolarity(text)).toBeNull();
  });

  test("numbers, booleans and error cells say neither", () => {
    expect(readPolarity(1)).toBeNull();
    expect(readPolarity(true)).toBeNull();
    expect(readPolarity({ error: "#N/A" })).toBeNull();
  });
});

describe("readKpiNumber", () => {
  test.each<[string | number, number]>([
    [4_480_000, 4_480_000],
    ["4480000", 4_480_000],
    ["4,480,000枚", 4_480_000],
    ["４，４８０，０００枚", 4_480_000],
    ["448万枚", 4_480_000],
    ["1.2万", 12_000],
    ["1億2,000万円", 120_000_000],
    ["▲1,200円", -1200],
    ["△3件", -3],
    ["60件", 60],
    [" 28 ", 28],
    ["1.5時間", 1.5],
  ])("%j reads as %d", (value, expected) => {
    expect(readKpiNumber(paperRow({ actualR8: value }), "actual[R8]")).toEqual({
      kind: "number",
      value: expected,
    });
  });

  test.each(["約60件", "未定", "60〜70", "12a", "1.2.3", "-", "2025-08-25"])(
    "%j is not a number: the text is kept",
    (text) => {
      expect(readKpiNumber(paperRow({ actualR8: text }), "actual[R8]")).toEqual({ kind: "invalid", text });
    },
  );

  test("an empty cell, a blank one and a missing column are empty, never 0", () => {
    expect(readKpiNumber(paperRow({ actualR8: null }), "actual[R8]")).toEqual({ kind: "empty" });
    expect(readKpiNumber(paperRow({ actualR8: "\u3000" }), "actual[R8]")).toEqual({ kind: "empty" });
    expect(readKpiNumber(paperRow({}), "target[R9]")).toEqual({ kind: "empty" });
  });

  test("TRUE is not counted as 1", () => {
    expect(readKpiNumber(paperRow({ actualR8: true }), "actual[R8]")).toEqual({
      kind: "invalid",
      text: "TRUE",
    });
  });

  describe("percent rows: fractions, as Excel stores a %-formatted cell", () => {
    const telework = (values: RowValues) => paperRow({ kpiName: "テレワーク実施率", ...values });

    test("「50.1%」 reads as 0.501 and 「20％」 as 0.2", () => {
      const row = telework({ baseline: "11%", targetR8: "20％", actualR8: "50.1%" });
      expect(readKpiNumber(row, "actual[R8]")).toEqual({ kind: "number", value: 0.501 });
      expect(readKpiNumber(row, "target[R8]")).toEqual({ kind: "number", value: 0.2 });
      expect(readKpiNumber(row, "baseline")).toEqual({ kind: "number", value: 0.11 });
    });

    test("with 単位 %, a number cell is already the fraction", () => {
      const row = telework({ unit: "%", baseline: 0.11, targetR8: 0.2, actualR8: 0.155 });
      expect(readKpiNumber(row, "baseline")).toEqual({ kind: "number", value: 0.11 });
      expect(readKpiNumber(row, "actual[R8]")).toEqual({ kind: "number", value: 0.155 });
    });

    test("「16/77」 reads as the rate it states in a percent row (単位 %, or another cell typed with %)", () => {
      const byUnit = telework({ unit: "%", actualR8: "16/77" });
      const byText = telework({ unit: null, targetR8: "100%", actualR8: "16/77" });
      for (const row of [byUnit, byText]) {
        const n = readKpiNumber(row, "actual[R8]");
        expect(n.kind).toBe("number");
        if (n.kind === "number") expect(n.value).toBeCloseTo(16 / 77, 12);
      }
    });

    test("「16/77」 is not a number in a count row: it usually means 16 of 77 done", () => {
      const row = paperRow({ unit: "件", targetR8: 77, actualR8: "16/77" });
      expect(readKpiNumber(row, "actual[R8]")).toEqual({ kind: "invalid", text: "16/77" });
    });

    test("a fraction with a zero denominator is not a number even in a percent row", () => {
      const row = telework({ unit: "%", actualR8: "16/0" });
      expect(readKpiNumber(row, "actual[R8]")).toEqual({ kind: "invalid", text: "16/0" });
    });
  });
});

describe("isPercentRow", () => {
  test("単位 % (half- or full-width), or any KPI number typed with %", () => {
    expect(isPercentRow(paperRow({ unit: "%" }))).toBe(true);
    expect(isPercentRow(paperRow({ unit: "％" }))).toBe(true);
    expect(isPercentRow(paperRow({ unit: null, baseline: "84%" }))).toBe(true);
    expect(isPercentRow(paperRow({ unit: "枚", baseline: "4,600,000枚", targetR8: 4_480_000 }))).toBe(false);
  });

  test("a % in the 指標名 or the progress text does not make the KPI a percentage", () => {
    const row = paperRow({ unit: "枚", kpiName: "ペーパーレス50%", progress: "Q1平均50.1%" });
    expect(isPercentRow(row)).toBe(false);
  });
});

describe("kpiKeyForYear", () => {
  const yearColumns: readonly ColumnSpec[] = [
    ...SEED_COLUMNS,
    { key: "targetR7", header: "R7年度目標値" },
    { key: "actualR7", header: "R7実績値" },
    { key: "targetR8", header: "R8目標値" },
    { key: "actualR8", header: "令和8年度実績" },
  ];
  const withPlain: readonly ColumnSpec[] = [
    ...yearColumns,
    { key: "target", header: "年度目標値" },
    { key: "actual", header: "実績値" },
  ];

  test("the year's own column, under any of its spellings", () => {
    const row = paperRow({}, yearColumns);
    expect(kpiKeyForYear(row, "target", 8)).toBe("target[R8]");
    expect(kpiKeyForYear(row, "actual", 8)).toBe("actual[R8]");
    expect(kpiKeyForYear(row, "target", 7)).toBe("target[R7]");
    expect(kpiKeyForYear(row, "actual", 7)).toBe("actual[R7]");
  });

  test("another year's column never stands in: no column for R9", () => {
    const row = paperRow({}, yearColumns);
    expect(kpiKeyForYear(row, "target", 9)).toBeNull();
    expect(kpiKeyForYear(row, "actual", 9)).toBeNull();
  });

  test("an unlabelled 年度目標値 / 実績値 means this year's, used when the year has no column", () => {
    const row = paperRow({}, withPlain);
    expect(kpiKeyForYear(row, "target", 8)).toBe("target[R8]");
    expect(kpiKeyForYear(row, "target", 9)).toBe("target");
    expect(kpiKeyForYear(row, "actual", 9)).toBe("actual");
  });

  test("the aliases 数値目標 and 実績 are the unlabelled columns", () => {
    const columns = [...SEED_COLUMNS, { key: "t", header: "数値目標" }, { key: "a", header: "実績" }];
    const row = paperRow({}, columns);
    expect([kpiKeyForYear(row, "target", 8), kpiKeyForYear(row, "actual", 8)]).toEqual(["target", "actual"]);
  });

  test("the seed list without KPI columns has neither", () => {
    const row = paperRow({}, SEED_COLUMNS);
    expect([kpiKeyForYear(row, "target", 8), kpiKeyForYear(row, "actual", 8)]).toEqual([null, null]);
  });
});

describe("kpiNumberKeys", () => {
  test("baseline, target and actual of every year, in column order", () => {
    const columns = [
      ...KPI_COLUMNS,
      { key: "targetR7", header: "R7年度目標値" },
      { key: "actualR7", header: "R7実績値" },
    ];
    expect(kpiNumberKeys(paperRow({}, columns))).toEqual([
      "baseline",
      "target[R8]",
      "actual[R8]",
      "target[R7]",
      "actual[R7]",
    ]);
  });
});
