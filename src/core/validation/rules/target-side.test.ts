import { kpiColumns, paperRow, seedRow, type RowValues } from "../../../../tests/builders/list-sheet";
import { project, runRowRule } from "../../../../tests/builders/rules";
import { targetSide } from "./target-side";

const check = (rows: readonly RowValues[]) =>
  runRowRule(targetSide, rows, { spec: { columns: kpiColumns(7, 8) } });

describe("a target on the wrong side of its baseline", () => {
  test("seed 004's targets are on the right side: copy paper down, telework up", () => {
    const telework = seedRow("B1-5b", { unit: "%", baseline: "11%", targetR8: "20%", polarity: "増加" });
    expect(check([paperRow(), telework])).toEqual([]);
  });

  test("減少 with a target above the baseline, and 増加 with one below, are warnings at the target", () => {
    const issues = check([
      paperRow({ targetR8: "4,700,000枚" }),
      seedRow("B1-5b", { unit: "%", baseline: "11%", targetR7: "9%", targetR8: "20%", polarity: "増" }),
    ]);
    expect(project(issues)).toEqual([
      [3, "target[R8]", "target-wrong-side"],
      [4, "target[R7]", "target-wrong-side"],
    ]);
    expect(issues.map((i) => i.severity)).toEqual(["warning", "warning"]);
    expect(issues[0]).toMatchObject({ params: { polarity: "減少", baseline: 4_600_000, target: 4_700_000 } });
  });

  test("an empty direction means 増加; a target equal to the baseline or without one is no issue", () => {
    const rows = [
      seedRow("A1-4", { unit: "件", baseline: 60, targetR8: 40, polarity: null }),
      seedRow("A1-1", { unit: "件", baseline: 60, targetR8: 60 }),
      seedRow("A1-2", { unit: "件", targetR8: -5 }),
    ];
    expect(project(check(rows))).toEqual([[3, "target[R8]", "target-wrong-side"]]);
  });

  test("an unreadable baseline, target or direction is left to the other rules", () => {
    const rows = [
      paperRow({ baseline: "約460万枚", targetR8: "4,700,000枚" }),
      paperRow({ targetR8: "未定" }),
      paperRow({ polarity: "横ばい", targetR8: "4,700,000枚" }),
    ];
    expect(check(rows)).toEqual([]);
  });
});
