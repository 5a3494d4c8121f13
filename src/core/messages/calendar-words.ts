import { quarterEnd, quarterStart, type CalendarDate, type Quarter } from "../calendar/fiscal-calendar";
import type { Language } from "./messages";

/**
 * Quarters, fiscal years and dates as a city hall writes them, one function per form, so every
 * screen says them alike. Where there is no room (sheet names, buttons, the quarter picker), the
 * short form is `formatQuarter` (`R7Q2`, calendar/fiscal-calendar.ts).
 */

/** 「令和7年度 第2四半期（7〜9月）」, "FY2025 Q2 (July–September)": a quarter where there is room. */
export function quarterName(q: Quarter, language: Language = "ja"): string {
  return `${fiscalYearName(q.fiscalYear, language)} ${quarterInYearName(q, language)}`;
}

/** 「第2四半期（7〜9月）」, "Q2 (July–September)": a quarter of a fiscal year already named. */
export function quarterInYearName(q: Quarter, language: Language = "ja"): string {
  const from = quarterStart(q).month;
  const to = quarterEnd(q).month;
  if (language === "ja") return `第${q.quarter}四半期（${from}〜${to}月）`;
  return `Q${q.quarter} (${MONTHS[from - 1]}–${MONTHS[to - 1]})`;
}

/** 「令和7年度」（令和元年度 for the first), "FY2025": the fiscal year that starts in April 2025. */
export function fiscalYearName(fiscalYear: number, language: Language = "ja"): string {
  if (language === "ja") return `令和${fiscalYear === 1 ? "元" : fiscalYear}年度`;
  return `FY${fiscalYear + REIWA_OFFSET}`;
}

/** 「令和7年10月10日（金）」, "Friday 10 October 2025": a day, with its weekday, as a letter writes it. */
export function dateName(date: CalendarDate, language: Language = "ja"): string {
  const weekday = weekdayOf(date);
  if (language === "ja") {
    const reiwa = date.year - REIWA_OFFSET;
    // 令和 began on 1 May 2019; a day before it keeps the Gregorian year.
    const inReiwa = reiwa > 1 || (reiwa === 1 && date.month >= 5);
    const year = inReiwa ? `令和${reiwa === 1 ? "元" : reiwa}年` : `${date.year}年`;
    return `${year}${date.month}月${date.day}日（${WEEKDAYS_JA[weekday]}）`;
  }
  return `${WEEKDAYS_EN[weekday]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** 0 for Sunday … 6 for Saturday (proleptic Gregorian), from the date alone: no clock, no time zone. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** 令和 n is the Gregorian year 2018 + n; the fiscal year R n starts in April of that year. */
const REIWA_OFFSET = 2018;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const WEEKDAYS_JA = ["日", "月", "火", "水", "木", "金", "土"] as const;
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
