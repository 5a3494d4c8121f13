/**
 * What a cell holds after a value is written to it through `values` or `formulas`: the same
 * parsing Excel applies to what a user types (docs/excel-host.md lists each rule and what a person
 * should confirm in Excel on the web).
 */
import type { Cell, Scalar } from "./workbook";
import { dateSerial } from "./number-format";

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"] as const;

/** The content part of a cell; formats and validations are kept by the caller. */
export interface Content {
  value: Scalar | null;
  error?: boolean;
  formula?: string;
  quotePrefix?: boolean;
  /** A number format Excel picks for typed input such as `12%` or `2025-04-01`, when the cell had General. */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/u;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u;

/**
 * Types one written value. `numberFormat` is the cell's format at that moment: a cell formatted as
 * text (`@`) keeps a string exactly as written.
 */
export function typeInput(input: Scalar, numberFormat: string): Content {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: null };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input };
  const number = parseNumber(input);
  if (number) return number;
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) {
    return { value: null, formula: `=${input}` };
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if ((ERROR_LITERALS as readonly string[]).includes(upper)) return { value: upper, error: true };
  return parseDate(input) ?? { value: input };
}

/** Replaces a cell's content, keeping its number format (or taking the implied one), format and validation. */
export function applyContent(cell: Cell, content: Content): void {
  cell.value = content.value;
  if (content.error) cell.error = true;
  else delete cell.error;
  if (content.formula !== undefined) cell.formula = content.formula;
  else delete cell.formula;
  if (content.quotePrefix) cell.quotePrefix = true;
  else delete cell.quotePrefix;
  if (content.impliedFormat && (cell.numberFormat ?? "General") === "General") {
    cell.numberFormat = content.impliedFormat;
  }
}

function parseNumber(text: string): Content | null {
  if (!NUMBER.test(text) || !/\d/u.test(text)) return null;
  const percent = text.endsWith("%");
  const n = Number(text.replace(/[,%]/gu, ""));
  if (!Number.isFinite(n)) return null;
  if (!percent) return { value: n };
  const decimals = /\.(\d+)%$/u.exec(text)?.[1].length ?? 0;
  return { value: n / 100, impliedFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
}

function parseDate(text: string): Content | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const time = m[4] === undefined ? 0 : (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400;
  return {
    value: dateSerial(year, month, day) + time,
    impliedFormat: m[4] === undefined ? "yyyy/m/d" : "yyyy/m/d h:mm",
  };
}
