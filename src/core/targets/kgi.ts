import { normalizeHeader } from "../list/normalize";
import type { KgiReading, Target, TargetResult } from "./model";
import type { MeasureIndex } from "./measure-kpis";

/**
 * The headline KGI (seed 001: 既存業務の業務量 30%減). Its share needs a base, the total yearly
 * workload, from a row naming 業務量 and 基準; with none, what is known is said (the hours saved by
 * its measures, else the hours-saved row's actual or 現在地) and `needs` says what base is missing.
 * A base is never assumed.
 */
export function readKgi(
  results: readonly TargetResult[],
  measures: MeasureIndex,
  year: number,
  needsBase: string,
): KgiReading | null {
  const kgi = results.find((r) => r.target.kgi);
  if (!kgi) return null;
  const base = baseOf(results.map((r) => r.target));
  const hoursSaved = hoursFromMeasures(kgi, measures, year) ?? hoursFromRow(results, year);
  const achievedShare =
    base !== null && hoursSaved !== null && base.value !== 0
      ? Number((hoursSaved / base.value).toPrecision(12))
      : null;
  return {
    row: kgi.target.row,
    name: kgi.target.name,
    targetShare: goalShare(kgi.target, year),
    base,
    achievedShare,
    hoursSaved,
    needs: base === null ? needsBase : null,
  };
}

/** True for the row that gives the KGI's base: 業務量 and 基準 in its name. */
export function isKgiBase(target: Target): boolean {
  const name = normalizeHeader(target.name);
  return name.includes("業務量") && name.includes("基準");
}

/** The goal as a share: the year's target in percent, else the last one written (30%減 → 0.3). */
function goalShare(target: Target, year: number): number | null {
  const percent = target.path.filter((s) => s.target.kind === "number" && s.target.unit === "%");
  const step = percent.find((s) => s.year === year) ?? percent.at(-1);
  return step?.target.value === undefined ? null : Number((step.target.value / 100).toPrecision(12));
}

function baseOf(targets: readonly Target[]): KgiReading["base"] {
  const row = targets.find(isKgiBase);
  if (!row) return null;
  const value = [row.baseline.value, ...row.path.map((s) => s.target)].find((v) => v.kind === "number");
  if (value?.value === undefined) return null;
  return { name: row.name, value: value.value, unit: value.unit ?? row.unit ?? "" };
}

/** Hours saved by the KGI's own measures: their KPI actuals in 時間 for the year. */
function hoursFromMeasures(kgi: TargetResult, measures: MeasureIndex, year: number): number | null {
  const values = kgi.links.measures
    .filter((m) => m.kpiUnit === "時間")
    .map((m) => measures.byId(m.id)?.actual(year) ?? null)
    .filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

/** The row that counts hours saved (時間 and 削減): its actual for the year, else its 現在地. */
function hoursFromRow(results: readonly TargetResult[], year: number): number | null {
  const row = results.find(
    (r) =>
      !r.target.kgi &&
      r.target.unit === "時間" &&
      [r.target.baseline.value, ...r.target.path.map((s) => s.target)].some((v) => v.reduction === true),
  );
  if (!row) return null;
  if (row.standing.kind === "numeric" && row.standing.actual !== null && row.standing.year === year)
    return row.standing.actual;
  const actual = row.target.path.filter((s) => s.year <= year && s.actual?.kind === "number").at(-1)
    ?.actual?.value;
  return actual ?? row.target.baseline.value.value ?? null;
}
