/**
 * A date serial (Excel's 1900 date system: days since 1899-12-30, the time as the fraction)
 * through a date section's tokens: years, months, days, weekdays, hours, minutes, seconds,
 * AM/PM, elapsed time, and the Japanese era (和暦: g, gg, ggg, e, ee) and weekdays (aaa, aaaa).
 */
import type { Token } from "./format-sections";

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
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS_JA = ["日", "月", "火", "水", "木", "金", "土"];

/** Japanese eras from their first day, newest first: 令和 began on 1 May 2019. */
const ERAS = [
  { from: [2019, 5, 1], letter: "R", short: "令", name: "令和" },
  { from: [1989, 1, 8], letter: "H", short: "平", name: "平成" },
  { from: [1926, 12, 25], letter: "S", short: "昭", name: "昭和" },
  { from: [1912, 7, 30], letter: "T", short: "大", name: "大正" },
  { from: [1868, 9, 8], letter: "M", short: "明", name: "明治" },
] as const;

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 system, after its fictitious 29 February 1900. */
const EPOCH = Date.UTC(1899, 11, 30);

/** `serial` as the tokens show it; null when it is no date Excel can show (negative, past 9999). */
export function formatDate(serial: number, tokens: readonly Token[]): string | null {
  if (serial < 0 || serial >= 2_958_466) return null;
  const fraction = secondFraction(tokens);
  const unit = 1000 / 10 ** fraction.length;
  // Excel rounds the time to the smallest unit shown before splitting it into parts.
  const ms = Math.round((serial * DAY_MS) / unit) * unit;
  // Days 1-59 are before Excel's 29 February 1900, which never was: they are one day later.
  const date = new Date(EPOCH + ms + (serial < 60 ? DAY_MS : 0));
  const twelveHour = tokens.some((t) => t.kind === "ampm");
  const minutes = minuteTokens(tokens);
  const parts = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
  const era = ERAS.find((e) => compare([parts.year, parts.month, parts.day], e.from) >= 0);
  const out: string[] = [];
  tokens.forEach((token, i) => {
    switch (token.kind) {
      case "literal":
        return out.push(token.text);
      case "ampm": {
        const pm = parts.hour >= 12;
        const text = token.short ? (pm ? "P" : "A") : pm ? "PM" : "AM";
        return out.push(token.lower ? text.toLowerCase() : text);
      }
      case "elapsed": {
        const total = { h: ms / 3_600_000, m: ms / 60_000, s: ms / 1000 }[token.unit];
        return out.push(String(Math.floor(total)).padStart(token.width, "0"));
      }
      case "point":
        return out.push(".");
      case "digit": {
        const k = fraction.indexOf(i);
        return out.push(k >= 0 ? String(parts.millisecond).padStart(3, "0")[k] : token.placeholder);
      }
      case "date":
        return out.push(datePart(token.part, parts, era, twelveHour, minutes.has(i)));
      case "percent":
        return out.push("%");
      case "comma":
        return out.push(",");
      default:
        return;
    }
  });
  return out.join("");
}

function datePart(
  part: string,
  p: {
    year: number;
    month: number;
    day: number;
    weekday: number;
    hour: number;
    minute: number;
    second: number;
  },
  era: (typeof ERAS)[number] | undefined,
  twelveHour: boolean,
  isMinute: boolean,
): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const letter = part[0];
  const width = part.length;
  if (letter === "y") return width <= 2 ? two(p.year % 100) : String(p.year);
  if (letter === "m" && isMinute) return width >= 2 ? two(p.minute) : String(p.minute);
  if (letter === "m") {
    if (width === 1) return String(p.month);
    if (width === 2) return two(p.month);
    const name = MONTHS[p.month - 1];
    return width === 3 ? name.slice(0, 3) : width === 5 ? name[0] : name;
  }
  if (letter === "d") {
    if (width === 1) return String(p.day);
    if (width === 2) return two(p.day);
    return width === 3 ? DAYS[p.weekday].slice(0, 3) : DAYS[p.weekday];
  }
  if (letter === "a") return width === 3 ? DAYS_JA[p.weekday] : `${DAYS_JA[p.weekday]}曜日`;
  if (letter === "h") {
    const hour = twelveHour ? p.hour % 12 || 12 : p.hour;
    return width >= 2 ? two(hour) : String(hour);
  }
  if (letter === "s") return width >= 2 ? two(p.second) : String(p.second);
  if (letter === "g") {
    if (!era) return "";
    return width === 1 ? era.letter : width === 2 ? era.short : era.name;
  }
  if (letter === "e") {
    const year = era ? p.year - era.from[0] + 1 : p.year;
    return width >= 2 ? two(year) : String(year);
  }
  return part;
}

/** Token indexes of `m` runs that mean minutes: right after an hour, or right before seconds. */
function minuteTokens(tokens: readonly Token[]): Set<number> {
  const timeParts = tokens.flatMap((t, i) => (t.kind === "date" || t.kind === "elapsed" ? [i] : []));
  const letterAt = (i: number) => {
    const t = tokens[i];
    return t.kind === "date" ? t.part[0] : t.kind === "elapsed" ? t.unit : "";
  };
  const minutes = new Set<number>();
  timeParts.forEach((at, k) => {
    const token = tokens[at];
    if (token.kind !== "date" || token.part[0] !== "m" || token.part.length > 2) return;
    const before = k > 0 ? letterAt(timeParts[k - 1]) : "";
    const after = k + 1 < timeParts.length ? letterAt(timeParts[k + 1]) : "";
    if (before === "h" || after === "s") minutes.add(at);
  });
  return minutes;
}

/** The token indexes of the `0`s after a point right after the seconds (ss.00), at most 3. */
function secondFraction(tokens: readonly Token[]): number[] {
  const point = tokens.findIndex((t, i) => {
    const before = tokens[i - 1];
    return t.kind === "point" && before?.kind === "date" && before.part[0] === "s";
  });
  const digits: number[] = [];
  if (point < 0) return digits;
  for (let i = point + 1; tokens[i]?.kind === "digit" && digits.length < 3; i++) digits.push(i);
  return digits;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
