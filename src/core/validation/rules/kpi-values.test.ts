import {
  SEED_COLUMNS,
  seedRow,
  type ColumnSpec,
  type RowValues,
  kpiColumns,
  paperRow,
} from "../../../../tests/builders/list-sheet";
import { project, runRowRule } from "../../../../tests/builders/rules";
import { kpiValues } from "./kpi-values";

const KPI_COLUMNS = kpiColumns(7, 8);

const check = (rows: readonly RowValues[], columns: readonly ColumnSpec[] = KPI_COLUMNS) =>
  runRowRule(kpiValues, rows, { spec: { columns } });

/** B1-4 with seed 004's copy-paper target: 4,600,000 → 4,480,000 sheets, a reduction. */
const paper = (values: RowValues = {}) => paperRow({ actualR8: "4,540,000枚", ...values });

describe("KPI values", () => {
  test("numbers written as Japanese sheets write them are fine", () => {
    const rows = [
      paper(),
      paper({ baseline: 4_600_000, targetR8: "448万", actualR8: "▲1,200", polarity: "削減" }),
      seedRow("B1-5b", { unit: "%", baseline: "11%", targetR8: "20％", actualR8: 0.17, polarity: null }),
      seedRow("A2-1", { unit: "%", targetR8: "100%", actualR8: "16/77", polarity: "増" }),
      seedRow("A1-4", { targetR7: "６０件", actualR7: " 28 " }),
    ];
    expect(check(rows)).toEqual([]);
  });

  test("empty KPI cells are not errors", () => {
    expect(check([seedRow("A1-1")])).toEqual([]);
  });

  test("「約60件」 is not a number: the issue quotes the text", () => {
    const issues = check([seedRow("A1-4", { unit: "件", targetR8: "約60件" })]);
    expect(project(issues)).toEqual([[3, "target[R8]", "not-a-number"]]);
    expect(issues[0]).toMatchObject({
      severity: "error",
      column: "V",
      fieldName: "target",
      id: "A1-4",
      value: "約60件",
      params: { text: "約60件" },
      suggestion: null,
    });
  });

  test("every KPI number column of every year is checked, in column order", () => {
    const rows = [
      paper({
        baseline: "約460万",
        targetR7: "未定",
        actualR7: "60〜70",
        targetR8: "448万枚程度",
        actualR8: "集計中",
      }),
    ];
    expect(check(rows).map((i) => [i.row, i.field, i.column, i.code, i.value])).toEqual([
      [3, "baseline", "S", "not-a-number", "約460万"],
      [3, "target[R7]", "T", "not-a-number", "未定"],
      [3, "actual[R7]", "U", "not-a-number", "60〜70"],
      [3, "target[R8]", "V", "not-a-number", "448万枚程度"],
      [3, "actual[R8]", "W", "not-a-number", "集計中"],
    ]);
  });

  test("「16/77」 is a number only in a percent row", () => {
    const rows = [
      seedRow("A2-1", { unit: "件", targetR8: 77, actualR8: "16/77" }),
      seedRow("A2-1", { unit: "%", targetR8: 1, actualR8: "16/77" }),
    ];
    expect(project(check(rows))).toEqual([[3, "actual[R8]", "not-a-number"]]);
  });

  test("TRUE in a KPI cell is not counted as 1", () => {
    const issues = check([seedRow("A1-4", { actualR8: true })]);
    expect(issues.map((i) => [i.field, i.code, i.value, i.params])).toEqual([
      ["actual[R8]", "not-a-number", true, { text: "TRUE" }],
    ]);
  });

  test("error cells are left to the cell-error check", () => {
    const rows = [
      paper({ baseline: { error: "#REF!" }, actualR8: { error: "#N/A" }, polarity: { error: "#N/A" } }),
    ];
    expect(check(rows)).toEqual([]);
  });

  test("the rows of every header block are checked", () => {
    const rows = [paper(), paper({ branch2: 9, actualR8: "約450万枚" })];
    const issues = runRowRule(kpiValues, rows, { spec: { columns: KPI_COLUMNS, blockSize: 1 } });
    expect(project(issues)).toEqual([[7, "actual[R8]", "not-a-number"]]);
  });

  test("a plain 年度目標値 / 実績値 column is checked too", () => {
    const columns = [
      ...SEED_COLUMNS,
      { key: "target", header: "年度目標値" },
      { key: "actual", header: "実績値" },
    ];
    expect(project(check([seedRow("A1-4", { target: "60件", actual: "半分" })], columns))).toEqual([
      [3, "actual", "not-a-number"],
    ]);
  });

  describe("目標の方向", () => {
    test.each(["増加", "増", "上昇", "増やす", "減少", "減", "削減", "減らす", " 減少\u3000", null])(
      "%j is fine",
      (polarity) => {
        expect(check([paper({ polarity })])).toEqual([]);
      },
    );

    test("anything else is invalid-polarity, with no guessed fix", () => {
      const issues = check([paper({ polarity: "横ばい" }), paper({ polarity: 1 })]);
      expect(
        issues.map((i) => [i.row, i.field, i.column, i.code, i.severity, i.value, i.suggestion]),
      ).toEqual([
        [3, "polarity", "X", "invalid-polarity", "error", "横ばい", null],
        [4, "polarity", "X", "invalid-polarity", "error", 1, null],
      ]);
    });

    test("a list without the column has nothing to check", () => {
      expect(check([seedRow("A1-4", { polarity: "横ばい" })], SEED_COLUMNS)).toEqual([]);
    });
  });

  test("both codes on one row, the numbers first", () => {
    expect(project(check([paper({ actualR8: "約4,500,000枚", polarity: "下げる" })]))).toEqual([
      [3, "actual[R8]", "not-a-number"],
      [3, "polarity", "invalid-polarity"],
    ]);
  });

  test("declares the codes it raises", () => {
    expect(kpiValues.codes).toEqual(["not-a-number", "invalid-polarity"]);
  });
});
