import { formatQuarter, type Quarter } from "../calendar/fiscal-calendar";
import { dateName, fiscalYearName, quarterInYearName, quarterName, weekdayOf } from "./calendar-words";

const q = (fiscalYear: number, quarter: Quarter["quarter"]): Quarter => ({ fiscalYear, quarter });

describe("quarters where there is room, and where there is not", () => {
  test.each<[Quarter, string, string, string]>([
    [q(7, 1), "令和7年度 第1四半期（4〜6月）", "FY2025 Q1 (April–June)", "R7Q1"],
    [q(7, 2), "令和7年度 第2四半期（7〜9月）", "FY2025 Q2 (July–September)", "R7Q2"],
    [q(7, 3), "令和7年度 第3四半期（10〜12月）", "FY2025 Q3 (October–December)", "R7Q3"],
    [q(7, 4), "令和7年度 第4四半期（1〜3月）", "FY2025 Q4 (January–March)", "R7Q4"],
    [q(1, 1), "令和元年度 第1四半期（4〜6月）", "FY2019 Q1 (April–June)", "R1Q1"],
  ])("%j: 「%s」, %p, %p", (quarter, ja, en, short) => {
    expect(quarterName(quarter)).toBe(ja);
    expect(quarterName(quarter, "en")).toBe(en);
    expect(formatQuarter(quarter)).toBe(short);
  });

  test("within a fiscal year already named, the quarter alone", () => {
    expect(quarterInYearName(q(8, 2))).toBe("第2四半期（7〜9月）");
    expect(quarterInYearName(q(8, 4), "en")).toBe("Q4 (January–March)");
    expect(fiscalYearName(8)).toBe("令和8年度");
    expect(fiscalYearName(8, "en")).toBe("FY2026");
  });
});

describe("a day as a letter writes it", () => {
  test.each<[string, string, string]>([
    ["2025-10-10", "令和7年10月10日（金）", "Friday 10 October 2025"],
    ["2026-01-05", "令和8年1月5日（月）", "Monday 5 January 2026"],
    ["2019-05-01", "令和元年5月1日（水）", "Wednesday 1 May 2019"],
    // 令和 began on 1 May 2019: the day before is written with its Gregorian year.
    ["2019-04-30", "2019年4月30日（火）", "Tuesday 30 April 2019"],
  ])("%s → 「%s」, %p", (iso, ja, en) => {
    const [year, month, day] = iso.split("-").map(Number);
    const date = { year, month, day };
    expect(dateName(date)).toBe(ja);
    expect(dateName(date, "en")).toBe(en);
  });

  test("weekdays follow on across a month, a year and a leap day", () => {
    expect(weekdayOf({ year: 2024, month: 2, day: 28 })).toBe(3);
    expect(weekdayOf({ year: 2024, month: 2, day: 29 })).toBe(4);
    expect(weekdayOf({ year: 2024, month: 3, day: 1 })).toBe(5);
    expect(weekdayOf({ year: 2025, month: 12, day: 31 })).toBe(3);
    expect(weekdayOf({ year: 2026, month: 1, day: 1 })).toBe(4);
  });
});
