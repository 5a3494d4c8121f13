import type { TargetGaps, TargetResult } from "./model";
import type { MeasureKpi } from "./measure-kpis";
import { isKgiBase } from "./kgi";

/**
 * The gap in the plan the quarterly review should see: targets no measure carries (the KGI's base
 * row is a figure, not a target), and measures with a KPI that serves no target.
 */
export function findGaps(results: readonly TargetResult[], measures: readonly MeasureKpi[]): TargetGaps {
  const serving = new Set(results.flatMap((r) => r.links.measures.map((m) => m.id)));
  return {
    targetsWithoutMeasures: results
      .filter((r) => r.links.measures.length === 0 && !isKgiBase(r.target))
      .map((r) => r.target.name),
    measuresServingNoTarget: measures
      .filter((m) => m.kpiName !== undefined && !serving.has(m.id))
      .map((m) => ({ id: m.id, name: m.name, kpiName: m.kpiName ?? "" })),
  };
}
