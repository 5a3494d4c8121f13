import { labelOfKey } from "../list/fields";
import { parseFiscalYearLabel } from "../calendar/fiscal-calendar";
import { kpiKeyForYear, readKpiNumber } from "./kpi";
import { findKpiHints, type KpiHint } from "./kpi-hints";
import type { MeasureRow } from "../list/measure-row";

/**
 * A KPI value read from a row's own text (§6, last paragraph), offered with the words it came
 * from. It is only ever shown: nothing writes it unless a person accepts it.
 */
export interface KpiSuggestion {
  readonly row: number;
  readonly id: string | null;
  readonly field: "target" | "actual";
  readonly value: number;
  /** The total of a ratio (「28/60完了」 → 60), null for other hints. */
  readonly of: number | null;
  readonly unit: string | null;
  /** The column the text is in (`R7年度末時点`, `進捗状況`). */
  readonly from: string;
  /** The words the number was read from: 「改善実施数:60」, 「28/60完了」. */
  readonly source: string;
}

/**
 * For rows whose target or actual for the fiscal year is empty (or has no column), the number
 * their texts state: the year's milestone (`R7年度末時点`) for the target, the progress text for
 * the actual. A ratio 「28/60完了」 gives 28 done; a label naming a fiscal year (「R7：1,852,821枚」)
 * counts only for that year.
 */
export function suggestKpiValues(rows: readonly MeasureRow[], fiscalYear: number): KpiSuggestion[] {
  const out: KpiSuggestion[] = [];
  for (const row of rows) {
    if (lacks(row, "target", fiscalYear)) {
      // Only the year's own milestone: a 「Q4末 到達目標」 column carries no year of its own.
      const found = firstHint(row, [`milestone[R${fiscalYear}]`], fiscalYear, false);
      if (found) out.push(suggestion(row, "target", found));
    }
    if (lacks(row, "actual", fiscalYear)) {
      const found = firstHint(row, ["progress"], fiscalYear, true);
      if (found) out.push(suggestion(row, "actual", found));
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
  ratios: boolean,
): { key: string; hint: KpiHint } | null {
  for (const key of keys) {
    const text = row.text(key);
    if (text === "") continue;
    for (const hint of findKpiHints(text)) {
      if (hint.kind === "ratio" && !ratios) continue;
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
): KpiSuggestion {
  return {
    row: row.row,
    id: row.id,
    field,
    value: found.hint.value,
    of: found.hint.of,
    unit: found.hint.unit,
    from: labelOfKey(found.key),
    source: found.hint.source,
  };
}
