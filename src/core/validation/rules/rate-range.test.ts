import {
  SEED_COLUMNS,
  kpiColumns,
  listSheet,
  paperRow,
  seedRow,
  workbookOf,
  type ColumnSpec,
  type RowValues,
} from "../../../../tests/builders/list-sheet";
import { project, runRowRule } from "../../../../tests/builders/rules";
import { openList } from "../../list/open-list";
import { validateList } from "../validate";
import { rateRange } from "./rate-range";

const check = (rows: readonly RowValues[], columns: readonly ColumnSpec[] = kpiColumns()) =>
  runRowRule(rateRange, rows, { spec: { columns } });

const telework = (values: RowValues) => seedRow("B1-5b", { kpiName: "テレワーク実施率", ...values });

describe("rates beyond what a number holds", () => {
  test("a baseline of -1e308 and a target of 1e308: the difference overflows, the rate is NaN", () => {
    const issues = check([telework({ baseline: -1e308, targetR8: 1e308, actualR8: 1e308 })]);
    expect(project(issues)).toEqual([[3, "target[R8]", "out-of-range"]]);
    expect(issues[0]).toMatchObject({
      severity: "error",
      column: "T",
      id: "B1-5b",
      value: 1e308,
      params: { fiscalYear: "R8" },
    });
  });

  test("every formula of §6 that can overflow, and a rate whose Q1 pace (four times it) would", () => {
    const rows = [
      telework({ targetR8: 1e-300, actualR8: 1e300 }), // 増加: actual ÷ target
      telework({ baseline: 0, targetR8: 1e-300, actualR8: 1e300 }), // 増加 with a baseline
      paperRow({ baseline: 1e-300, targetR8: 0, actualR8: -1e300 }), // 減少 with a baseline
      paperRow({ baseline: null, targetR8: 1e300, actualR8: 1e-300 }), // 減少: target ÷ actual
      telework({ targetR8: 1, actualR8: 1e308 }), // rate 1e308 is finite, its Q1 pace is not
    ];
    expect(check(rows).map((i) => [i.row, i.code])).toEqual([
      [3, "out-of-range"],
      [4, "out-of-range"],
      [5, "out-of-range"],
      [6, "out-of-range"],
      [7, "out-of-range"],
    ]);
  });

  test("large numbers that give an ordinary rate, and rows with no rate at all, raise nothing", () => {
    const rows = [
      telework({ baseline: 1e307, targetR8: 3e307, actualR8: 2e307 }), // rate 0.5
      telework({ targetR8: 1e308, actualR8: 1e308 }), // rate 1
      telework({ targetR8: 1e308, actualR8: null }), // no actual: not computable, not out of range
      telework({ baseline: 1e308, targetR8: 1e308, actualR8: 1 }), // target equals baseline
      seedRow("A1-1"),
    ];
    expect(check(rows)).toEqual([]);
  });

  test("each year's columns are checked, and the columns without a year", () => {
    const perYear = check(
      [telework({ targetR7: 1e-300, actualR7: 1e300, targetR8: 1, actualR8: 0.5 })],
      kpiColumns(7, 8),
    );
    expect(perYear.map((i) => [i.field, i.params])).toEqual([["target[R7]", { fiscalYear: "R7" }]]);
    const plain: ColumnSpec[] = [
      ...SEED_COLUMNS,
      { key: "target", header: "年度目標値" },
      { key: "actual", header: "実績値" },
    ];
    const noYear = check([telework({ target: 1e-300, actual: 1e300 })], plain);
    expect(noYear.map((i) => [i.field, i.params])).toEqual([["target", { fiscalYear: null }]]);
  });

  test("in the check: text too big for a number (1e400, 400 digits, 億) is not-a-number, not out of range", () => {
    const sheet = listSheet({
      columns: kpiColumns(),
      rows: [
        telework({ targetR8: "1e400", actualR8: 1 }),
        telework({ targetR8: `${"9".repeat(400)}件`, actualR8: 1 }),
        telework({ targetR8: `${"9".repeat(301)}億`, actualR8: 1 }),
        telework({ targetR8: 1, actualR8: 1e308 }),
      ],
    });
    const list = openList(workbookOf(sheet));
    if (!list.ok) throw new Error(list.error.code);
    const report = validateList({
      sheet: list.value.sheet,
      layout: list.value.layout,
      choices: list.value.choices,
    });
    // The rows repeat one seed row: only the KPI cells' issues are of interest here.
    expect(project(report.issues.filter((i) => i.field === "target[R8]"))).toEqual([
      [3, "target[R8]", "not-a-number"],
      [4, "target[R8]", "not-a-number"],
      [5, "target[R8]", "not-a-number"],
      [6, "target[R8]", "out-of-range"],
    ]);
    expect(rateRange.codes).toEqual(["out-of-range"]);
  });
});
