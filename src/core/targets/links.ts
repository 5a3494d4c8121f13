import type { Target, TargetLinks } from "./model";
import type { MeasureIndex, MeasureKpi } from "./measure-kpis";

/**
 * The measures behind a target: each 関連施策 entry names a measure number (A1-1) or a KPI's 指標名;
 * a measure whose 指標名 is the target's own 項目 serves it too, written or not. Entries that name
 * nothing stay in `unmatched` for the check to report.
 */
export function resolveLinks(target: Target, measures: MeasureIndex): TargetLinks {
  const found: MeasureKpi[] = [];
  const unmatched: string[] = [];
  const add = (m: MeasureKpi) => {
    if (!found.includes(m)) found.push(m);
  };
  for (const link of target.links) {
    const byId = measures.byId(link);
    const byKpi = byId ? [] : measures.byKpiName(link);
    if (byId) add(byId);
    else if (byKpi.length > 0) byKpi.forEach(add);
    else unmatched.push(link);
  }
  measures.byKpiName(target.name).forEach(add);
  return {
    measures: found.map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.kpiName !== undefined ? { kpiName: m.kpiName } : {}),
      ...(m.kpiUnit !== undefined ? { kpiUnit: m.kpiUnit } : {}),
      row: m.row,
    })),
    unmatched,
  };
}
