import fc from "fast-check";
import { failureMessage } from "../messages/failures";
import {
  defaultQuarter,
  fiscalYearLabel,
  formatQuarter,
  parseFiscalYearLabel,
  parseQuarter,
  previousQuarter,
  quarterEnd,
  quarterOf,
  quarterShare,
  quarterStart,
  todayFrom,
  type CalendarDate,
  type Quarter,
} from "./fiscal-calendar";

const R8Q2: Quarter = { fiscalYear: 8, quarter: 2 };

function date(text: string): CalendarDate {
  const [year = 0, month = 0, day = 0] = text.split("-").map(Number);
  return { year, month, day };
}

function label(q: Quarter): string {
  return formatQuarter(q);
}

describe("parseQuarter", () => {
  test.each<[string, string]>([
    ["R8Q2", "R8Q2"],
    ["r8q2", "R8Q2"],
    ["Ｒ８Ｑ２", "R8Q2"],
    [" R8 Q2 ", "R8Q2"],
    ["R8-Q2", "R8Q2"],
    ["R08Q2", "R8Q2"],
    ["R8年度Q2", "R8Q2"],
    ["FY2026Q2", "R8Q2"],
    ["fy2026q2", "R8Q2"],
    ["FY2026 Q2", "R8Q2"],
    ["FY2019Q1", "R1Q1"],
    ["令和8年度第2四半期", "R8Q2"],
    ["令和８年度第２四半期", "R8Q2"],
    ["令和8年度　第2四半期", "R8Q2"],
    ["令和元年度第1四半期", "R1Q1"],
    ["令和元年度第4四半期", "R1Q4"],
    ["2026年度第3四半期", "R8Q3"],
    ["R12Q4", "R12Q4"],
  ])("%p → %p", (text, expected) => {
    const result = parseQuarter(text);
    expect(result.ok && label(result.value)).toBe(expected);
  });

  test.each<[string, string]>([
    ["R0Q1", "令和0年度はありません"],
    ["令和0年度第1四半期", "令和0年度はありません"],
    ["R8Q5", "四半期は1〜4です"],
    ["R8Q0", "四半期は1〜4です"],
    ["令和8年度第5四半期", "四半期は1〜4です"],
    ["FY2018Q4", "2018年度は令和より前の年度です"],
    ["", "四半期が空です"],
    ["R8", "「R8」は四半期として読めません"],
    ["8Q2", "「8Q2」は四半期として読めません"],
    ["来期", "「来期」は四半期として読めません"],
    ["H30Q1", "「H30Q1」は四半期として読めません"],
    ["令和8年第2四半期", "「令和8年第2四半期」は四半期として読めません"],
  ])("%p は読めない", (text, reason) => {
    const result = parseQuarter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const message = failureMessage(result.error);
      expect(message).toContain(reason);
      expect(message).toContain("R8Q2、FY2026Q2、令和8年度第2四半期");
      expect(message).not.toContain("\n");
      expect(failureMessage(result.error, "en")).toContain("R8Q2, FY2026Q2 or 令和8年度第2四半期");
    }
  });

  test("formatQuarter の結果は読み戻せる", () => {
    const quarter = fc.record({
      fiscalYear: fc.integer({ min: 1, max: 200 }),
      quarter: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
    });
    fc.assert(
      fc.property(quarter, (q) => {
        expect(parseQuarter(formatQuarter(q))).toEqual({ ok: true, value: q });
      }),
    );
  });
});

describe("labels", () => {
  test("formatQuarter と fiscalYearLabel", () => {
    expect(formatQuarter(R8Q2)).toBe("R8Q2");
    expect(fiscalYearLabel(8)).toBe("R8");
  });

  test.each<[string, number | null]>([
    ["R8", 8],
    ["r8", 8],
    ["R8年度", 8],
    ["令和8年度", 8],
    ["令和8", 8],
    ["令和８年度", 8],
    ["令和元年度", 1],
    ["令和元", 1],
    ["FY2026", 8],
    ["FY2026年度", 8],
    ["2026年度", 8],
    [" R 8 ", 8],
    ["R0", null],
    ["令和8年", null],
    ["2026", null],
    ["FY2018", null],
    ["2018年度", null],
    ["R8Q2", null],
    ["", null],
  ])("parseFiscalYearLabel(%p) → %p", (text, expected) => {
    expect(parseFiscalYearLabel(text)).toBe(expected);
  });
});

describe("quarter dates", () => {
  test.each<[string, string, string]>([
    ["R8Q1", "2026-4-1", "2026-6-30"],
    ["R8Q2", "2026-7-1", "2026-9-30"],
    ["R8Q3", "2026-10-1", "2026-12-31"],
    ["R8Q4", "2027-1-1", "2027-3-31"],
    ["R1Q1", "2019-4-1", "2019-6-30"],
    ["R1Q4", "2020-1-1", "2020-3-31"],
  ])("%s は %s から %s", (text, start, end) => {
    const parsed = parseQuarter(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(quarterStart(parsed.value)).toEqual(date(start));
    expect(quarterEnd(parsed.value)).toEqual(date(end));
  });

  test.each<[string, string]>([
    ["2026-04-01", "R8Q1"],
    ["2026-06-30", "R8Q1"],
    ["2026-07-01", "R8Q2"],
    ["2026-09-30", "R8Q2"],
    ["2026-10-01", "R8Q3"],
    ["2026-12-31", "R8Q3"],
    ["2027-01-01", "R8Q4"],
    ["2027-02-15", "R8Q4"],
    ["2027-03-31", "R8Q4"],
    ["2027-04-01", "R9Q1"],
    ["2019-04-01", "R1Q1"],
    ["2020-03-31", "R1Q4"],
  ])("quarterOf(%s) → %s", (day, expected) => {
    expect(label(quarterOf(date(day)))).toBe(expected);
  });

  test("令和より前の日付は R0 以下になる", () => {
    expect(quarterOf(date("2019-03-31"))).toEqual({ fiscalYear: 0, quarter: 4 });
  });

  test("月が 1〜12 でなければバグとして投げる", () => {
    expect(() => quarterOf({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
  });

  test("どの日付もその四半期の初日と末日の間にある", () => {
    const day = fc.date({ min: new Date(2019, 3, 1), max: new Date(2100, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const today = todayFrom(d);
        const q = quarterOf(today);
        expect(compare(quarterStart(q), today)).toBeLessThanOrEqual(0);
        expect(compare(today, quarterEnd(q))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("defaultQuarter: 終わった最後の四半期", () => {
  test.each<[string, string]>([
    ["2026-11-20", "R8Q2"],
    ["2026-10-01", "R8Q2"],
    ["2026-09-30", "R8Q1"],
    ["2026-07-01", "R8Q1"],
    ["2026-06-30", "R7Q4"],
    ["2026-04-01", "R7Q4"],
    ["2026-03-31", "R7Q3"],
    ["2026-01-01", "R7Q3"],
    ["2025-12-31", "R7Q2"],
    ["2019-07-01", "R1Q1"],
  ])("%s → %s", (today, expected) => {
    expect(label(defaultQuarter(date(today)))).toBe(expected);
  });

  test("既定の四半期の末日は今日より前", () => {
    const day = fc.date({ min: new Date(2019, 6, 1), max: new Date(2100, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const today = todayFrom(d);
        const q = defaultQuarter(today);
        expect(compare(quarterEnd(q), today)).toBeLessThan(0);
        expect(compare(quarterEnd(quarterOf(today)), today)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe("quarterShare と previousQuarter", () => {
  test.each<[1 | 2 | 3 | 4, number]>([
    [1, 0.25],
    [2, 0.5],
    [3, 0.75],
    [4, 1],
  ])("Q%d → %d", (quarter, share) => {
    expect(quarterShare({ fiscalYear: 8, quarter })).toBe(share);
  });

  test.each<[string, string]>([
    ["R8Q2", "R8Q1"],
    ["R8Q4", "R8Q3"],
    ["R8Q1", "R7Q4"],
    ["R2Q1", "R1Q4"],
  ])("%s の前は %s", (text, expected) => {
    const parsed = parseQuarter(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(label(previousQuarter(parsed.value))).toBe(expected);
  });
});

describe("todayFrom", () => {
  test("ローカル時刻の年月日（月は 1 始まり）", () => {
    expect(todayFrom(new Date(2026, 8, 30, 23, 59))).toEqual({ year: 2026, month: 9, day: 30 });
    expect(todayFrom(new Date(2027, 0, 1, 0, 0))).toEqual({ year: 2027, month: 1, day: 1 });
  });
});

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
