/**
 * The Japanese fiscal calendar (§7): 令和 n = 2018 + n, fiscal year R n runs from 1 April (2018+n)
 * to 31 March (2019+n), Q1 is April–June and Q4 is January–March. Nothing here reads the clock:
 * callers pass today, so every answer is reproducible in tests and in the CLI.
 */
import { fail, ok, type Result } from "../result";

/** A quarter of a fiscal year, written `R8Q2`. */
export interface Quarter {
  /** The Reiwa year n of the fiscal year (R8 = 令和8年度 = April 2026 – March 2027). */
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** A calendar date with a 1-based month, as people write it. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Why a text is not a quarter; the message modules word it and name the accepted forms. */
export type QuarterFailure =
  | { readonly code: "quarter-empty"; readonly text: string }
  | { readonly code: "quarter-unreadable"; readonly text: string }
  | { readonly code: "quarter-number"; readonly text: string }
  | { readonly code: "quarter-before-reiwa"; readonly text: string; readonly year: number }
  | { readonly code: "quarter-no-such-reiwa"; readonly text: string; readonly reiwa: string };

/**
 * Reads `R8Q2`, `FY2026Q2` or `令和8年度第2四半期` (also 令和元年度 and full-width digits). Spaces, case and a hyphen between the
 * year and the quarter are ignored, and the year and quarter forms may be mixed (`R8年度第2四半期`,
 * `2026年度Q2`) because people mix them.
 */
export function parseQuarter(text: string): Result<Quarter, QuarterFailure> {
  const shown = text.trim();
  const compact = compactLabel(text);
  if (compact === "") return fail({ code: "quarter-empty", text: shown });
  const match = QUARTER_PATTERN.exec(compact);
  if (!match) return fail({ code: "quarter-unreadable", text: shown });
  const [, yearPart = "", quarterPart = ""] = match;
  const year = readFiscalYear(yearPart, shown);
  if (!year.ok) return year;
  const quarter = Number(/\d+/u.exec(quarterPart)?.[0]);
  if (!isQuarterNumber(quarter)) return fail({ code: "quarter-number", text: shown });
  return ok({ fiscalYear: year.value, quarter });
}

/** `R8Q2`: the canonical spelling used in sheet names and the CLI. */
export function formatQuarter(q: Quarter): string {
  return `${fiscalYearLabel(q.fiscalYear)}Q${q.quarter}`;
}

/** `R8` for fiscal year 令和8年度. */
export function fiscalYearLabel(fiscalYear: number): string {
  return `R${fiscalYear}`;
}

/**
 * The Reiwa year of a fiscal-year label: `R8`, `R8年度`, `令和8年度`, `令和8`, `令和元年度`, `FY2026`,
 * `2026年度` → 8; anything else (including R0 and years before 令和) → null. 「令和8年」 without 度 is
 * a calendar year, which starts three months earlier, so it is not accepted.
 */
export function parseFiscalYearLabel(text: string): number | null {
  const compact = compactLabel(text);
  if (!YEAR_PATTERN.test(compact)) return null;
  const year = readFiscalYear(compact, text.trim());
  return year.ok ? year.value : null;
}

/** The first day of the quarter. */
export function quarterStart(q: Quarter): CalendarDate {
  const month = q.quarter === 4 ? 1 : q.quarter * 3 + 1;
  return { year: calendarYear(q.fiscalYear, month), month, day: 1 };
}

/** The last day of the quarter: 30 June, 30 September, 31 December or 31 March of the next year. */
export function quarterEnd(q: Quarter): CalendarDate {
  const month = q.quarter === 4 ? 3 : q.quarter * 3 + 3;
  return { year: calendarYear(q.fiscalYear, month), month, day: month === 6 || month === 9 ? 30 : 31 };
}

/**
 * The quarter containing the date. Dates before April 2019 give fiscal year 0 or less (平成30年度 is
 * R0), which keeps the arithmetic total; `parseQuarter` never accepts such a quarter.
 */
export function quarterOf(date: CalendarDate): Quarter {
  const { year, month } = date;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1..12, got ${month}`);
  }
  if (month <= 3) return { fiscalYear: year - REIWA_OFFSET - 1, quarter: 4 };
  return { fiscalYear: year - REIWA_OFFSET, quarter: toQuarter(Math.floor((month - 4) / 3) + 1) };
}

/**
 * The quarter under review by default (§7): the last one that has ended. A quarter ends after its
 * last day, because PLs are still writing that day's progress; so on 2026-09-30 the default is R8Q1
 * and from 2026-10-01 it is R8Q2.
 */
export function defaultQuarter(today: CalendarDate): Quarter {
  return previousQuarter(quarterOf(today));
}

/** The share of the year's target expected by the end of the quarter (§6 pace): Q2 → 0.5. */
export function quarterShare(q: Quarter): number {
  return q.quarter / 4;
}

/** The quarter before: R8Q1 → R7Q4. Used to find the previous summary sheet. */
export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { fiscalYear: q.fiscalYear - 1, quarter: 4 }
    : { fiscalYear: q.fiscalYear, quarter: toQuarter(q.quarter - 1) };
}

/** Today's date in the host's local time zone: the one the PL's calendar shows. */
/** A moment as the person's clock shows it: when a summary was made, when a change was logged. */
export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** The local date and time of a moment. */
export function localTime(date: Date): LocalTime {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  };
}

/** `2026-11-20 09:30`: how the summary and the 変更履歴 sheet write a time. */
export function formatLocalTime(t: LocalTime): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${t.year}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}`;
}

export function todayFrom(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** 令和 n is the Gregorian year 2018 + n. */
const REIWA_OFFSET = 2018;

/** Fiscal-year forms after NFKC, with spaces removed and upper-cased. */
const YEAR_SOURCE = String.raw`(?:R\d+(?:年度)?|FY\d{4}(?:年度)?|令和(?:\d+|元)(?:年度)?|\d{4}年度)`;
const QUARTER_SOURCE = String.raw`(?:Q\d+|第\d+四半期)`;
const YEAR_PATTERN = new RegExp(`^${YEAR_SOURCE}$`, "u");
const QUARTER_PATTERN = new RegExp(`^(${YEAR_SOURCE})-?(${QUARTER_SOURCE})$`, "u");

/** NFKC (full-width digits and letters), no white space (incl. U+3000), upper case (`r8q2`). */
function compactLabel(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "").toUpperCase();
}

/** The Reiwa year of a matched year part; the failure explains why the year is not a 令和 year. */
function readFiscalYear(part: string, text: string): Result<number, QuarterFailure> {
  const gregorian = /^(?:FY)?(\d{4})(?:年度)?$/u.exec(part);
  if (gregorian) {
    const year = Number(gregorian[1]);
    if (year <= REIWA_OFFSET) return fail({ code: "quarter-before-reiwa", text, year });
    return ok(year - REIWA_OFFSET);
  }
  const reiwa = /(\d+|元)/u.exec(part)?.[1] ?? "";
  const n = reiwa === "元" ? 1 : Number(reiwa);
  if (!Number.isSafeInteger(n) || n < 1) return fail({ code: "quarter-no-such-reiwa", text, reiwa });
  return ok(n);
}

/** The calendar year of a month within fiscal year R n: January–March belong to the next year. */
function calendarYear(fiscalYear: number, month: number): number {
  return fiscalYear + REIWA_OFFSET + (month <= 3 ? 1 : 0);
}

function isQuarterNumber(n: number): n is 1 | 2 | 3 | 4 {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

function toQuarter(n: number): 1 | 2 | 3 | 4 {
  if (!isQuarterNumber(n)) throw new RangeError(`quarter must be 1..4, got ${n}`);
  return n;
}
