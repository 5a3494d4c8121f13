import { parseFiscalYearLabel } from "../calendar/fiscal-calendar";
import { normalizeHeader } from "../list/normalize";

/** 令和 N年度 is fiscal year N + 2018 (令和8年度 = 2026年度). */
export const REIWA_OFFSET = 2018;

/** What a year column holds: that year's target, or its 実績. */
export type YearRole = "target" | "actual";

/**
 * A year column's header in any of the city's spellings — 2026年度, R8, R8年度, 令和8年度, FY2026 —
 * with an optional word saying what it holds (「2026年度実績」, 「R8目標値」). Anything else
 * (「R7年度末時点」, 「R8年度 実施内容」 of the list) is not a year column.
 */
export function readYearHeader(text: string): { readonly year: number; readonly role: YearRole } | null {
  const compact = normalizeHeader(text);
  const withoutActual = compact.replace(ACTUAL_AFFIX, "");
  if (withoutActual !== compact) {
    const year = westernYear(withoutActual);
    return year === null ? null : { year, role: "actual" };
  }
  const year = westernYear(compact.replace(TARGET_AFFIX, ""));
  return year === null ? null : { year, role: "target" };
}

/** The role a sub-header under a year names (目標, 実績); null for other words (達成度). */
export function readRoleHeader(text: string): YearRole | null {
  const compact = normalizeHeader(text);
  if (ACTUAL_WORDS.includes(compact)) return "actual";
  if (TARGET_WORDS.includes(compact)) return "target";
  return null;
}

/** The western fiscal year of a label (`令和7年度` → 2025), or null. */
export function westernYear(text: string): number | null {
  const reiwa = parseFiscalYearLabel(text);
  return reiwa === null ? null : reiwa + REIWA_OFFSET;
}

/** `R8` for 2026: the CLI's and the list's spelling. */
export function reiwaLabel(year: number): string {
  return `R${year - REIWA_OFFSET}`;
}

const ACTUAL_WORDS = ["実績", "実績値"];
const TARGET_WORDS = ["目標", "目標値", "数値", "数値目標", "計画"];

/** The words a year header may carry before or after the year. */
const ACTUAL_AFFIX = /^実績値?|実績値?$/u;
const TARGET_AFFIX = /^(?:目標値?|数値目標|計画)|(?:目標値?|数値目標|計画|末)$/u;
