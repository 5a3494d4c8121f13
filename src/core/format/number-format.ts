/**
 * A cell's value as Excel shows it through the cell's number format: 0.96875 under `0%` is 97%,
 * 45894 under `yyyy/m/d` is 2025/8/25, 1234567 under `#,##0` is 1,234,567. Column widths are not
 * known here, so nothing is cut or filled to a width (`*` fills and `_` spaces are one space at
 * most); colours and locales change no character.
 */
import { cellText, isCellError, type CellValue } from "../port/grid";
import { formatDate } from "./format-date";
import { formatDigits, formatGeneral } from "./format-digits";
import { meets, parseSections, type Section, type Token } from "./format-sections";

/** What Excel shows where a date cannot be shown (a negative serial, a year past 9999). */
export const NOT_A_DATE = "########";

/**
 * The text shown for `value` in a cell whose number format is `code` ("General" when it has
 * none). Dates are given as their serial numbers, as the file holds them.
 */
export function formatCellValue(value: CellValue, code: string): string {
  if (value === null || typeof value === "boolean" || isCellError(value)) return cellText(value);
  const sections = sectionsOf(code.trim() === "" ? "General" : code);
  if (typeof value === "string") return formatText(value, sections);
  if (!Number.isFinite(value)) return cellText(value);
  const chosen = chooseSection(sections, value);
  if (chosen === null) return formatGeneral(value);
  const { section, minus } = chosen;
  const sign = minus ? "-" : "";
  const abs = Math.abs(value);
  if (section.isDate) {
    const date = formatDate(value, section.tokens);
    return date === null ? NOT_A_DATE : date;
  }
  const hasDigits = section.tokens.some((t) => t.kind === "digit");
  if (!hasDigits && section.tokens.some((t) => t.kind === "general" || t.kind === "text")) {
    return sign + section.tokens.map((t) => generalPiece(t, abs)).join("");
  }
  if (!hasDigits) return section.tokens.map((t) => (t.kind === "literal" ? t.text : "")).join("");
  return sign + formatDigits(abs, section.tokens);
}

/**
 * The section for a number: without conditions, positive;negative;zero (a negative number shown
 * through the second section loses its minus, which that section writes itself if it wants
 * one); with conditions, the first section whose condition holds, else the next one without.
 */
function chooseSection(
  sections: readonly Section[],
  value: number,
): { section: Section; minus: boolean } | null {
  const numeric = sections.slice(0, 3);
  if (numeric.some((s) => s.condition !== null)) {
    for (const [i, section] of numeric.entries()) {
      if (section.condition === null || meets(section.condition, value))
        return { section, minus: value < 0 && i !== 1 };
    }
    return null;
  }
  const [positive, negative, zero] = numeric;
  if (value < 0 && negative) return { section: negative, minus: false };
  if (value === 0 && zero) return { section: zero, minus: false };
  return { section: positive, minus: value < 0 };
}

/** Text through the fourth section, or the only one when it holds `@`; else as it is. */
function formatText(text: string, sections: readonly Section[]): string {
  const only = sections.length === 1 ? sections[0] : undefined;
  const section = sections[3] ?? (only?.tokens.some((t) => t.kind === "text") ? only : undefined);
  if (!section) return text;
  return section.tokens.map((t) => (t.kind === "text" ? text : t.kind === "literal" ? t.text : "")).join("");
}

function generalPiece(token: Token, abs: number): string {
  if (token.kind === "general" || token.kind === "text") return formatGeneral(abs);
  return token.kind === "literal" ? token.text : "";
}

const parsed = new Map<string, Section[]>();

/** A sheet has few distinct formats and thousands of cells: each code is read once. */
function sectionsOf(code: string): Section[] {
  let sections = parsed.get(code);
  if (!sections) {
    if (parsed.size >= 500) parsed.clear();
    sections = parseSections(code);
    parsed.set(code, sections);
  }
  return sections;
}
