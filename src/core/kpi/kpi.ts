import type { CellValue } from "../port/grid";
import type { MeasureRow } from "../list/measure-row";
import { normalizeChoice, normalizeHeader } from "../list/normalize";
import { readNumber } from "./numbers";

/** 目標の方向: whether a higher (増加) or a lower (減少) value is better. */
export type Polarity = "増加" | "減少";

/** The spellings of each direction (§3); an empty cell means 増加. */
export const POLARITY_FORMS: Readonly<Record<Polarity, readonly string[]>> = {
  増加: ["増加", "増", "上昇", "増やす"],
  減少: ["減少", "減", "削減", "減らす"],
};

/** The direction a cell states, 増加 when empty, or null when it says neither. */
export function readPolarity(value: CellValue): Polarity | null {
  if (value === null || (typeof value === "string" && value.trim() === "")) return "増加";
  if (typeof value !== "string") return null;
  const text = normalizeHeader(value);
  for (const [polarity, forms] of Object.entries(POLARITY_FORMS) as [Polarity, readonly string[]][]) {
    if (forms.includes(text)) return polarity;
  }
  return null;
}

/** A KPI cell read as a number: the value, or the text that could not be read. */
export type KpiNumber =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "invalid"; readonly text: string };

/**
 * Reads a baseline, target or actual cell of a row. In a row whose KPI is a percentage (単位 `%`,
 * or any of its numbers typed with `%`), percentages are fractions as Excel stores them (`80%` →
 * 0.8, so typed text and %-formatted cells agree) and `16/77` reads as the rate it states.
 */
export function readKpiNumber(row: MeasureRow, key: string): KpiNumber {
  if (row.isBlank(key)) return { kind: "empty" };
  const percent = isPercentRow(row);
  const reading = readNumber(row.value(key), { fractions: percent });
  if (!reading.ok) return { kind: "invalid", text: reading.text };
  const value = reading.unit === "%" ? reading.value / 100 : reading.value;
  return { kind: "number", value };
}

/** Every KPI number column of the row, all fiscal years: what `not-a-number` checks. */
export function kpiNumberKeys(row: MeasureRow): string[] {
  const keys: string[] = [];
  for (const binding of row.columns.values()) {
    if (binding.field === "baseline" || binding.field === "target" || binding.field === "actual")
      keys.push(binding.key);
  }
  return keys;
}

/**
 * The target or actual column for a fiscal year: its own year's column (`R8年度目標値`) first,
 * then an unlabelled one (`年度目標値`), which means "this year's".
 */
export function kpiKeyForYear(
  row: MeasureRow,
  field: "target" | "actual",
  fiscalYear: number,
): string | null {
  const own = `${field}[R${fiscalYear}]`;
  if (row.columns.has(own)) return own;
  return row.columns.has(field) ? field : null;
}

/** A row whose KPI is a percentage: 単位 `%`, or any KPI number typed with `%`. */
export function isPercentRow(row: MeasureRow): boolean {
  if (normalizeChoice(row.text("unit")) === "%") return true;
  for (const key of kpiNumberKeys(row)) {
    const value = row.value(key);
    if (typeof value === "string" && /[%％]\s*$/u.test(value)) return true;
  }
  return false;
}
