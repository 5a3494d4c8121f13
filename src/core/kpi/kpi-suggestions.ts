import { labelOfKey } from "../list/fields";
import { parseFiscalYearLabel } from "../calendar/fiscal-calendar";
import { isPercentRow, kpiKeyForYear, readKpiNumber } from "./kpi";
import { findKpiHints, type KpiHint, type RelativeHint } from "./kpi-hints";
import type { MeasureRow } from "../list/measure-row";

/**
 * A KPI value read from a row's own text (§6, last paragraph), offered with the words it came
 * from. It is only ever shown: nothing writes it unless a person accepts it.
 */
export interface KpiSuggestion {
  readonly row: number;
  readonly id: string | null;
  readonly field: "target" | "actual";
  /** The number as written: for a relative target the percentage (「前年度比10%増」 → 10). */
  readonly value: number;
  /** The total of a ratio (「28/60完了」 → 60), null for other hints. */
  readonly of: number | null;
  readonly unit: string | null;
  /** The column the text is in (`R7年度末時点`, `進捗状況`). */
  readonly from: string;
  /** The words the number was read from: 「改善実施数:60」, 「28/60完了」. */
  readonly source: string;
  /** A target written against an earlier figure (「前年度比10%増」), never an absolute 10%; else null. */
  readonly relative: RelativeTarget | null;
}

/**
 * A relative target as this row can state it: what it is measured from, the figure the row has for
 * that, and the target worked out from it, or why there is none.
 */
export interface RelativeTarget {
  /** A fiscal year's figure (前年度 resolved: R7's 前年度 is R6), or the row's 基準値 (「30%削減」). */
  readonly base:
    | { readonly kind: "year"; readonly fiscalYear: number; readonly previous: boolean }
    | {
        readonly kind: "baseline";
      };
  readonly change: RelativeHint["change"];
  /**
   * The figure it is measured from, as the row has it: that year's 実績値 (`actual[R6]`), else,
   * for the year before, the 基準値; for 「30%削減」 the 基準値. Null when the row has none.
   */
  readonly basis: { readonly key: string; readonly value: number } | null;
  /** The target: the basis moved by the percentage, rounded as the basis is written; null when unknown. */
  readonly target: number | null;
  /** The row's 単位 (件, 枚), "" when it has none: what the basis and the target count. */
  readonly unit: string;
  /**
   * Why there is no target: no figure to measure from, a text that does not say up or down, or a %
   * KPI (whether 「10%増」 of a rate means 10 points or a tenth more cannot be told).
   */
  readonly missing: "basis" | "direction" | "percent-kpi" | null;
}

/**
 * For rows whose target or actual for the fiscal year is empty (or has no column), the number
 * their texts state: the year's milestone (`R7年度末時点`) for the target, the progress text for
 * the actual. A ratio 「28/60完了」 gives 28 done; a label naming a fiscal year (「R7：1,852,821枚」)
 * counts only for that year. A percentage against an earlier figure (「前年度比10%増」) is a target
 * relative to it, worked out from the row's own figures where it has them; it is never an actual.
 */
export function suggestKpiValues(rows: readonly MeasureRow[], fiscalYear: number): KpiSuggestion[] {
  const out: KpiSuggestion[] = [];
  for (const row of rows) {
    if (lacks(row, "target", fiscalYear)) {
      // Only the year's own milestone: a 「Q4末 到達目標」 column carries no year of its own.
      const found = firstHint(row, [`milestone[R${fiscalYear}]`], fiscalYear, {
        ratios: false,
        relative: true,
      });
      if (found) out.push(suggestion(row, "target", found, fiscalYear));
    }
    if (lacks(row, "actual", fiscalYear)) {
      const found = firstHint(row, ["progress"], fiscalYear, { ratios: true, relative: false });
      if (found) out.push(suggestion(row, "actual", found, fiscalYear));
    }
  }
  return out;
}

function lacks(row: MeasureRow, field: "target" | "actual", fiscalYear: number): boolean {
  const key = kpiKeyForYear(row, field, fiscalYear);
  return key === null || readKpiNumber(row, key).kind === "empty";
}

function firstHint(
  row: MeasureRow,
  keys: readonly string[],
  fiscalYear: number,
  allow: { readonly ratios: boolean; readonly relative: boolean },
): { key: string; hint: KpiHint } | null {
  for (const key of keys) {
    const text = row.text(key);
    if (text === "") continue;
    for (const hint of findKpiHints(text)) {
      if (hint.kind === "ratio" && !allow.ratios) continue;
      if (hint.relative !== null && !allow.relative) continue;
      const year = hint.label === null ? null : parseFiscalYearLabel(hint.label);
      if (year !== null && year !== fiscalYear) continue;
      return { key, hint };
    }
  }
  return null;
}

function suggestion(
  row: MeasureRow,
  field: "target" | "actual",
  found: { key: string; hint: KpiHint },
  fiscalYear: number,
): KpiSuggestion {
  const { hint } = found;
  return {
    row: row.row,
    id: row.id,
    field,
    value: hint.value,
    of: hint.of,
    unit: hint.unit,
    from: labelOfKey(found.key),
    source: hint.source,
    relative: hint.relative === null ? null : relativeTarget(row, hint.relative, hint.value, fiscalYear),
  };
}

/** The relative target's figures from the row: its basis, and the target when it can be told. */
function relativeTarget(
  row: MeasureRow,
  relative: RelativeHint,
  percent: number,
  fiscalYear: number,
): RelativeTarget {
  const base: RelativeTarget["base"] =
    relative.base.kind === "current"
      ? { kind: "baseline" }
      : relative.base.kind === "previous-year"
        ? { kind: "year", fiscalYear: fiscalYear - 1, previous: true }
        : {
            kind: "year",
            fiscalYear: relative.base.fiscalYear,
            previous: relative.base.fiscalYear === fiscalYear - 1,
          };
  const basis = basisOf(row, base);
  // What no figure can mend is said first; a missing basis the PMO can add.
  const missing =
    relative.change === null
      ? "direction"
      : isPercentRow(row)
        ? "percent-kpi"
        : basis === null
          ? "basis"
          : null;
  const target = basis !== null && missing === null ? moved(basis.value, relative.change, percent) : null;
  return { base, change: relative.change, basis, target, unit: row.text("unit").trim(), missing };
}

/** That year's 実績値 column, else the 基準値 when the base is the year before (or the level now). */
function basisOf(row: MeasureRow, base: RelativeTarget["base"]): RelativeTarget["basis"] {
  const keys =
    base.kind === "baseline"
      ? ["baseline"]
      : [`actual[R${base.fiscalYear}]`, ...(base.previous ? ["baseline"] : [])];
  for (const key of keys) {
    if (!row.columns.has(key)) continue;
    const read = readKpiNumber(row, key);
    if (read.kind === "number") return { key, value: read.value };
  }
  return null;
}

/** 38,929 up 10% → 42,822: a whole basis gives a whole target, any other two decimals. */
function moved(basis: number, change: RelativeHint["change"], percent: number): number | null {
  const share = Math.abs(percent) / 100;
  const factor =
    change === "increase" ? 1 + share : change === "decrease" ? 1 - share : change === "of" ? share : null;
  if (factor === null) return null;
  const exact = basis * factor;
  if (!Number.isFinite(exact)) return null;
  return Number.isInteger(basis) ? Math.round(exact) : Math.round(exact * 100) / 100;
}
