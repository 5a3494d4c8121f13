/**
 * Numbers as Japanese sheets write them (§3 KPI columns): typed as text, with full-width digits,
 * thousands separators, `▲`/`△` for minus, 万/億 and a trailing unit. A value that is not one
 * number is a failure that quotes the text, never a silent 0, so a PL's 「約60件」 becomes an issue
 * the PMO can see instead of a wrong attainment rate.
 */
import { cellText, isBlank, isCellError, type CellValue } from "../port/grid";

/**
 * Units a number may carry after it. Kept in one list so the KPI hints read the same units as the
 * cells; compared after NFKC, so `％` reads as `%`.
 */
export const NUMBER_UNITS = ["件", "人", "枚", "時間", "回", "円", "個", "項目", "%", "％"] as const;

/**
 * Why a value could not be read as one number; each becomes its own message.
 * - `empty`: no value or only white space (a missing value, not a bad one).
 * - `error-cell`: the cell shows an error such as `#N/A` or `#REF!`.
 * - `boolean`: TRUE/FALSE, which Excel would happily count as 1/0.
 * - `not-a-number`: text that is not a number as written (「約60件」「未定」「-」「12a」「1.2.3」),
 *   a fraction when fractions were not asked for, a zero denominator, or a date.
 * - `several-numbers`: text holding more than one number (「60〜70」「2025/6/20」), where picking one
 *   would be a guess.
 */
export type NumberFailure = "empty" | "error-cell" | "boolean" | "not-a-number" | "several-numbers";

/** One number (finite, never NaN) with its unit, or why there is none and the text as the cell shows it. */
export type NumberReading =
  | { readonly ok: true; readonly value: number; readonly unit: string | null }
  | { readonly ok: false; readonly reason: NumberFailure; readonly text: string };

export interface ReadNumberOptions {
  /**
   * Read `28/60` as 28 ÷ 60. Off by default: in a count column 「28/60」 usually means "28 of 60
   * done", so only a caller that knows the column holds a rate may read it as one.
   */
  readonly fractions?: boolean;
}

/**
 * Reads a cell as one number. `50%` is 50 with unit `%` (§3), `▲1,200円` is -1200 with unit 円,
 * `1億2,000万` is 120,000,000.
 */
export function readNumber(value: CellValue, options: ReadNumberOptions = {}): NumberReading {
  if (isCellError(value)) return failure("error-cell", value.error);
  if (typeof value === "boolean") return failure("boolean", cellText(value));
  if (typeof value === "number") {
    return Number.isFinite(value) ? success(value, null) : failure("not-a-number", String(value));
  }
  if (value === null || isBlank(value)) return failure("empty", value ?? "");
  return readText(value, options.fractions === true);
}

/**
 * A number for messages: thousands separators, at most two decimals, no float noise
 * (`0.1 + 0.2` prints as `0.3`).
 */
export function formatNumberJa(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // Made on first use: building a number format costs start-up time every command would pay.
  jaFormat ??= new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 2, useGrouping: true });
  const text = jaFormat.format(n);
  // Rounding a tiny negative (or formatting -0) leaves a sign on zero, which reads as a bug.
  return /^-0(?:\.0*)?$/u.test(text) ? "0" : text;
}

let jaFormat: Intl.NumberFormat | null = null;

/** A decimal with optional thousands grouping; grouping must be exact so `12,34` is not 1234. */
const DECIMAL = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)`;
const SIGN = "[-−▲△+]";
const UNIT_ALTERNATION = [...new Set(NUMBER_UNITS.map((unit) => unit.normalize("NFKC")))]
  .sort((a, b) => b.length - a.length)
  .join("|");

const PLAIN_NUMBER = new RegExp(
  `^(?<sign>${SIGN})?\\s*(?:(?<oku>${DECIMAL})億)?(?:(?<man>${DECIMAL})万)?(?<ones>${DECIMAL})?\\s*(?<unit>${UNIT_ALTERNATION})?$`,
  "u",
);
const FRACTION = new RegExp(`^(?<sign>${SIGN})?\\s*(?<num>${DECIMAL})\\s*[/⁄]\\s*(?<den>${DECIMAL})$`, "u");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/u;
const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/gu;

function readText(raw: string, fractions: boolean): NumberReading {
  const text = raw.normalize("NFKC").trim();
  const plain = PLAIN_NUMBER.exec(text)?.groups;
  if (plain && (plain.oku ?? plain.man ?? plain.ones) !== undefined) {
    const magnitude = shifted(plain.oku, 8) + shifted(plain.man, 4) + shifted(plain.ones, 0);
    return finite(signed(plain.sign, magnitude), plain.unit ?? null, raw);
  }
  const fraction = FRACTION.exec(text)?.groups;
  if (fraction) {
    const denominator = shifted(fraction.den, 0);
    if (!fractions || denominator === 0) return failure("not-a-number", raw);
    return finite(signed(fraction.sign, shifted(fraction.num, 0) / denominator), null, raw);
  }
  // A date typed into a number cell arrives as an ISO string: one value, just not a number.
  if (ISO_DATE.test(text)) return failure("not-a-number", raw);
  const numbers = text.match(NUMBER_TOKEN) ?? [];
  return failure(numbers.length >= 2 ? "several-numbers" : "not-a-number", raw);
}

/**
 * The decimal times 10^power, computed by moving the decimal point in the text so that `1.1万`
 * is exactly 11000, not 11000.000000000002.
 */
function shifted(decimal: string | undefined, power: number): number {
  if (decimal === undefined) return 0;
  const [whole = "", fraction = ""] = decimal.replace(/,/gu, "").split(".");
  const padded = fraction.padEnd(power, "0");
  return Number(`${whole}${padded.slice(0, power)}.${padded.slice(power) || "0"}`);
}

function signed(sign: string | undefined, magnitude: number): number {
  return sign === undefined || sign === "+" ? magnitude : -magnitude;
}

/** Guards the promise that an ok reading is never NaN or Infinity (e.g. 400 digits overflow). */
function finite(value: number, unit: string | null, raw: string): NumberReading {
  return Number.isFinite(value) ? success(value, unit) : failure("not-a-number", raw);
}

function success(value: number, unit: string | null): NumberReading {
  // `▲0` would otherwise come out as -0, which prints as 0 but compares oddly.
  return { ok: true, value: value === 0 ? 0 : value, unit };
}

function failure(reason: NumberFailure, text: string): NumberReading {
  return { ok: false, reason, text };
}
