import { normalizeCode, normalizeHeader } from "../list/normalize";
import type { Target, TargetLinks } from "./model";
import type { MeasureKpi } from "./measure-kpis";

/**
 * The measures behind a target: each 関連施策 entry names a measure number (A1-1) or a KPI's 指標名;
 * a measure whose 指標名 is the target's own 項目 serves it too, written or not. Entries that name
 * nothing stay in `unmatched` for the check to report.
 */
export function resolveLinks(target: Target, measures: readonly MeasureKpi[]): TargetLinks {
  const found: MeasureKpi[] = [];
  const unmatched: string[] = [];
  const add = (m: MeasureKpi) => {
    if (!found.includes(m)) found.push(m);
  };
  for (const link of target.links) {
    const code = normalizeCode(link).toUpperCase();
    const byId = measures.find((m) => m.id.toUpperCase() === code);
    const byKpi = byId ? [] : measures.filter((m) => m.kpiName !== undefined && sameName(m.kpiName, link));
    if (byId) add(byId);
    else if (byKpi.length > 0) byKpi.forEach(add);
    else unmatched.push(link);
  }
  for (const m of measures) if (m.kpiName !== undefined && sameName(m.kpiName, target.name)) add(m);
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

function sameName(a: string, b: string): boolean {
  return normalizeHeader(a) === normalizeHeader(b);
}
