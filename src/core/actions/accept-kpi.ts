import type { Quarter } from "../calendar/fiscal-calendar";
import { isPercentRow, kpiKeyForYear } from "../kpi/kpi";
import type { KpiSuggestion } from "../kpi/kpi-suggestions";
import { columnLetter } from "../port/grid";
import { measureRowsAt } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import { EMPTY_PLAN, num, type PlannedValue } from "../port/plan";
import { toRuns } from "../port/runs";
import type { ActionOutput } from "./action";

export interface AcceptKpiReport {
  /** Where the value goes (`R7年度目標値` column letter), or null when the list has no such column. */
  readonly column: string | null;
  readonly value: PlannedValue | null;
}

/**
 * Writes one KPI value a person accepted from a measure's own text (§6): into the fiscal year's
 * target or actual cell of that row, as Excel would store it (a percentage as a fraction shown as
 * %). Nothing is written when the list has no column for it: the person adds the KPI columns first.
 */
export function planAcceptKpi(
  list: OpenedList,
  suggestion: KpiSuggestion,
  quarter: Quarter,
): ActionOutput<AcceptKpiReport> {
  const [row] = measureRowsAt(list.sheet, list.layout, new Set([suggestion.row - 1]));
  const key = row ? kpiKeyForYear(row, suggestion.field, quarter.fiscalYear) : null;
  const binding = key === null ? undefined : row?.columns.get(key);
  if (!row || key === null || !binding) return { report: { column: null, value: null }, plan: EMPTY_PLAN };
  const value = storedValue(suggestion, isPercentRow(row));
  // A relative target whose figure cannot be worked out has nothing to write.
  if (value === null) return { report: { column: columnLetter(binding.col), value: null }, plan: EMPTY_PLAN };
  return {
    report: { column: columnLetter(binding.col), value },
    plan: {
      newSheets: [],
      runs: toRuns([
        {
          sheet: list.sheet.name,
          rowIndex: row.rowIndex,
          col: binding.col,
          value,
          expected: row.value(key),
          field: key,
          purpose: "kpi-value",
        },
      ]),
      dropdowns: [],
    },
  };
}

/**
 * 「50.1%」 → 0.501 shown as %; in a % KPI, 「16/77件」 → 16 ÷ 77; a relative target
 * (「前年度比10%増」) as the figure worked out from the row's own, never as 10%, and nothing when
 * there is none; anything else as read.
 */
function storedValue(s: KpiSuggestion, percentRow: boolean): PlannedValue | null {
  if (s.relative) return s.relative.target === null ? null : num(s.relative.target);
  if (s.unit === "%") return num(s.value / 100, "0.0%");
  if (percentRow && s.of !== null && s.of !== 0) return num(s.value / s.of, "0.0%");
  return num(s.value);
}
