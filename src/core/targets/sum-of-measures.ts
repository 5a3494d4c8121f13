import type { StandingActual } from "./standing";
import type { Target, TargetLinks } from "./model";
import type { MeasureIndex } from "./measure-kpis";

/**
 * A 施策の合計 target's actual: the sum of its measures' KPI actuals for the year in the target's
 * unit (a measure in another unit is left out; the check tells it), with each measure's share.
 */
export function sumOfMeasures(
  target: Target,
  links: TargetLinks,
  measures: MeasureIndex,
  year: number,
): StandingActual {
  const parts: { measureId: string; value: number }[] = [];
  for (const link of links.measures) {
    if (target.unit !== undefined && link.kpiUnit !== undefined && link.kpiUnit !== target.unit) continue;
    const value = measures.byId(link.id)?.actual(year) ?? null;
    if (value !== null) parts.push({ measureId: link.id, value });
  }
  if (parts.length === 0) return { value: null };
  const total = Number(parts.reduce((sum, p) => sum + p.value, 0).toPrecision(12));
  return {
    value: total,
    shares: parts.map((p) => ({ ...p, share: total === 0 ? 0 : Number((p.value / total).toPrecision(12)) })),
  };
}
