import { cellText, isBlank, isCellError, type CellValue } from "../port/grid";
import { readNumber } from "../kpi/numbers";
import type { TargetValue } from "./model";

/**
 * Reads one cell of a target row: a number with its unit (6,070時間削減, 4,600,000枚, 11％), a
 * stage (導入に向けた調査・研究), or a blank. 「削減」 (or a trailing 減, 30%減) marks an amount
 * saved, so a larger figure is better; the mark is kept apart from the number. With
 * `storedPercent`, a number cell is a percent Excel stores as a fraction (0.2 for 20%).
 */
export function readTargetValue(
  value: CellValue,
  rowUnit?: string,
  options: { readonly storedPercent?: boolean } = {},
): TargetValue {
  if (value === null || isBlank(value) || isDash(value)) return { raw: rawOf(value), kind: "blank" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { raw: String(value), kind: "stage" };
    // A percent Excel stores as a fraction (0.2 for a typed 20%) reads as written, 20 with %.
    if (options.storedPercent)
      return { raw: value, kind: "number", value: Number((value * 100).toPrecision(12)), unit: "%" };
    return { raw: value, kind: "number", value, ...(rowUnit ? { unit: rowUnit } : {}) };
  }
  const text = isCellError(value) ? value.error : cellText(value);
  const compact = text.normalize("NFKC").trim();
  const saved = REDUCTION.exec(compact);
  const body = saved ? compact.slice(0, saved.index).trim() : compact;
  const reading = readNumber(body);
  if (!reading.ok) return { raw: text, kind: "stage" };
  const unit = reading.unit ?? rowUnit;
  return {
    raw: text,
    kind: "number",
    value: reading.value,
    ...(unit ? { unit: normalizeUnit(unit) } : {}),
    ...(saved ? { reduction: true } : {}),
  };
}

/** Units compared as one: 「％」 and 「%」 are the same unit. */
export function normalizeUnit(unit: string): string {
  return unit.normalize("NFKC").trim();
}

/**
 * The same value under a later year: a blank year keeps the previous target, and a merged stage
 * (its cells blank but the first) counts for every year it spans, so both read alike.
 */
export function carriedValue(previous: TargetValue): TargetValue {
  return { ...previous, carried: true };
}

/** 「削減」 or a trailing 「減」 after the figure (10,000時間削減, 30%減). */
const REDUCTION = /(?:削減|減)$/u;

/** A lone dash is how sheets write "nothing here". */
function isDash(value: CellValue): boolean {
  return typeof value === "string" && /^[-－―ー‐—–]$/u.test(value.trim());
}

function rawOf(value: CellValue): string | number | null {
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "object") return value.error;
  return value === "" ? null : value;
}
