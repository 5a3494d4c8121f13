import { readRoleHeader, readYearHeader } from "./year-header";

describe("year headers in the city's spellings", () => {
  test.each([
    ["2026年度", 2026, "target"],
    ["R8", 2026, "target"],
    ["Ｒ８年度", 2026, "target"],
    ["令和8年度", 2026, "target"],
    ["FY2026", 2026, "target"],
    ["2026年度目標", 2026, "target"],
    ["R8年度目標値", 2026, "target"],
    ["2026年度実績", 2026, "actual"],
    ["実績 R8", 2026, "actual"],
    ["令和10年度", 2028, "target"],
  ])("%s is fiscal year %i (%s)", (text, year, role) => {
    expect(readYearHeader(text)).toEqual({ year, role });
  });

  test.each(["R7年度末時点", "R8年度 実施内容", "項目", "現在地（2025年度）", "令和8年", "2026年度 実施"])(
    "%s is no year column",
    (text) => {
      expect(readYearHeader(text)).toBeNull();
    },
  );

  test("the words under a year in a two-row header", () => {
    expect(["目標", "目標値", "実績", "実績値", "達成度", ""].map(readRoleHeader)).toEqual([
      "target",
      "target",
      "actual",
      "actual",
      null,
      null,
    ]);
  });
});
