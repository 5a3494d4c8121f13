import { ChoiceIndex, gradeFor, weatherForPace, type Choices } from "../choices/choices";
import { fiscalYearLabel, formatQuarter, quarterShare, type Quarter } from "../calendar/fiscal-calendar";
import {
  isPercentRow,
  kpiKeyForYear,
  readKpiNumber,
  readPolarity,
  type KpiNumber,
  type Polarity,
} from "./kpi";
import type { MeasureRow } from "../list/measure-row";

/** The numbers §6 needs for one row and one fiscal year. */
export interface KpiValues {
  readonly baseline: number | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly polarity: Polarity;
}

/**
 * 達成率 as a fraction (0.5 is 50%), or null when it cannot be computed (§6). Rates are not capped.
 * - 増加: actual ÷ target, or (actual − baseline) ÷ (target − baseline) with a baseline.
 * - 減少: (baseline − actual) ÷ (baseline − target) with a baseline; without one target ÷ actual,
 *   and at least 1 once the actual is at or below the target.
 * Null too when the numbers are out of range (`rateOutOfRange`): never Infinity or NaN.
 */
export function attainmentRate(k: KpiValues): number | null {
  const rate = rawRate(k);
  if (rate === null) return null;
  const cleaned = clean(rate);
  return inRange(cleaned) ? cleaned : null;
}

/**
 * True when the row's numbers give a rate, but not a finite one: 1e308 against a baseline of
 * -1e308 overflows to Infinity, and Infinity ÷ Infinity is NaN. A rate counts only while its pace
 * for every quarter (at most four times the rate) is finite too, so that rate and pace are either
 * both computed or both not. The check reports such a row as `out-of-range`.
 */
export function rateOutOfRange(k: KpiValues): boolean {
  const rate = rawRate(k);
  return rate !== null && !inRange(clean(rate));
}

/** Within what a number holds, pace included: the pace at the end of Q1 is four times the rate. */
function inRange(rate: number): boolean {
  return Number.isFinite(rate * 4);
}

/**
 * Rounds away binary float noise: (0.182 − 0.11) ÷ (0.2 − 0.11) is 0.7999999999999998 in floating
 * point, which would fall just short of grade B's 80%. Twelve significant digits is far beyond
 * anything a KPI cell holds.
 */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

function rawRate(k: KpiValues): number | null {
  const { baseline, target, actual } = k;
  if (target === null || actual === null) return null;
  if (k.polarity === "増加") {
    if (baseline === null) return target === 0 ? null : actual / target;
    return target === baseline ? null : (actual - baseline) / (target - baseline);
  }
  if (baseline !== null) return baseline === target ? null : (baseline - actual) / (baseline - target);
  if (actual <= target) return actual > 0 ? Math.max(1, target / actual) : 1;
  return target / actual;
}

/** Pace for the quarter: the rate against the share of the year gone by (q/4). */
export function paceFor(rate: number | null, quarter: Quarter): number | null {
  if (rate === null) return null;
  const pace = clean(rate / quarterShare(quarter));
  return Number.isFinite(pace) ? pace : null;
}

/** One row's attainment for the quarter under review; the fields the §9 JSON prints. */
export interface RowAttainment {
  /** 0-based grid row. */
  readonly rowIndex: number;
  readonly row: number;
  readonly id: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly polarity: Polarity;
  readonly rate: number | null;
  readonly grade: string;
  readonly pace: number | null;
  readonly suggestedWeather: string | null;
  /** The weather the PL chose, canonical, or null when empty or unknown. */
  readonly weather: string | null;
  /** The KPI is a percentage: its numbers are fractions (0.8 is 80%), as Excel stores them. */
  readonly percent: boolean;
}

export interface AttainmentReport {
  readonly fiscalYear: string;
  readonly quarter: string;
  /** Rows that have a target for the fiscal year, top to bottom. */
  readonly rows: readonly RowAttainment[];
  /** Rows per grade, every grade of the thresholds present plus `-`. */
  readonly grades: Readonly<Record<string, number>>;
}

/** Attainment of every row with a target for the quarter's fiscal year. */
export function computeAttainment(
  rows: readonly MeasureRow[],
  quarter: Quarter,
  choices: Choices,
): AttainmentReport {
  const weather = new ChoiceIndex(choices.weather);
  const results: RowAttainment[] = [];
  for (const row of rows) {
    const result = rowAttainment(row, quarter, choices, weather);
    if (result) results.push(result);
  }
  const grades: Record<string, number> = {};
  for (const g of choices.grades) grades[g.grade] = 0;
  grades["-"] = 0;
  for (const r of results) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
  return {
    fiscalYear: fiscalYearLabel(quarter.fiscalYear),
    quarter: formatQuarter(quarter),
    rows: results,
    grades,
  };
}

/**
 * A row's attainment, or null when it has no target for the year. Unreadable numbers count as
 * missing here; validation reports them as `not-a-number`.
 */
export function rowAttainment(
  row: MeasureRow,
  quarter: Quarter,
  choices: Choices,
  weather: ChoiceIndex = new ChoiceIndex(choices.weather),
): RowAttainment | null {
  const found = kpiValuesFor(row, quarter.fiscalYear);
  if (found === null) return null;
  const { values } = found;
  const rate = attainmentRate(values);
  const pace = paceFor(rate, quarter);
  const chosen = weather.match(row.value("weather"));
  return {
    rowIndex: row.rowIndex,
    row: row.row,
    id: row.id,
    ...values,
    rate,
    grade: gradeFor(rate, choices.grades),
    pace,
    suggestedWeather: weatherForPace(pace, choices.pace),
    weather: chosen.kind === "canonical" || chosen.kind === "variant" ? chosen.value : null,
    percent: isPercentRow(row),
  };
}

/**
 * A row's numbers for a fiscal year, with the target column they come from, or null when the row
 * has no target for it. `fiscalYear` null reads the columns without a year (`年度目標値`) only.
 * Unreadable numbers count as missing; validation reports them as `not-a-number`.
 */
export function kpiValuesFor(
  row: MeasureRow,
  fiscalYear: number | null,
): { readonly targetKey: string; readonly values: KpiValues } | null {
  const keyOf = (field: "target" | "actual") =>
    fiscalYear === null ? (row.columns.has(field) ? field : null) : kpiKeyForYear(row, field, fiscalYear);
  const targetKey = keyOf("target");
  const target = targetKey === null ? null : numberOf(readKpiNumber(row, targetKey));
  if (targetKey === null || target === null) return null;
  const actualKey = keyOf("actual");
  return {
    targetKey,
    values: {
      baseline: row.columns.has("baseline") ? numberOf(readKpiNumber(row, "baseline")) : null,
      target,
      actual: actualKey === null ? null : numberOf(readKpiNumber(row, actualKey)),
      polarity: readPolarity(row.value("polarity")) ?? "増加",
    },
  };
}

/**
 * The weather the pace suggests, when the PL chose a different one (§6); null when they agree or
 * either is unknown. The one home of the weather-versus-pace rule: the check's weather-mismatch,
 * the attainment report and the summary's watch list all ask here.
 */
export function paceDisagreement(result: RowAttainment | null | undefined): string | null {
  if (!result || result.pace === null || result.weather === null || result.suggestedWeather === null)
    return null;
  return result.weather === result.suggestedWeather ? null : result.suggestedWeather;
}

function numberOf(n: KpiNumber): number | null {
  return n.kind === "number" ? n.value : null;
}
