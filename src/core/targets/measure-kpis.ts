import type { ListLayout } from "../list/layout";
import { readMeasureRows, type MeasureRow } from "../list/measure-row";
import { normalizeChoice, normalizeCode, normalizeHeader } from "../list/normalize";
import type { SheetGrid } from "../port/grid";
import { isPercentRow, kpiKeyForYear, readKpiNumber } from "../kpi/kpi";
import { REIWA_OFFSET } from "./year-header";

/** A measure of the list as targets see it: its number, name and KPI, and its actual per year. */
export interface MeasureKpi {
  /** 施策番号, e.g. C3-2. */
  readonly id: string;
  /** 管理項目. */
  readonly name: string;
  readonly kpiName?: string;
  readonly kpiUnit?: string;
  readonly row: number;
  /** The KPI's 実績 for a fiscal year (western), in the unit as written (80% → 80); null when none. */
  actual(year: number): number | null;
}

/** Every measure of the list that has a number, with its KPI as the list's KPI columns give it. */
export function measureKpis(sheet: SheetGrid, layout: ListLayout): MeasureKpi[] {
  const out: MeasureKpi[] = [];
  for (const row of readMeasureRows(sheet, layout)) {
    if (row.id === null) continue;
    const kpiName = row.text("kpiName");
    const unit = row.text("unit");
    out.push({
      id: row.id,
      name: row.text("item"),
      ...(kpiName !== "" ? { kpiName } : {}),
      ...(unit !== "" ? { kpiUnit: normalizeChoice(unit) } : {}),
      row: row.row,
      actual: (year) => kpiActual(row, year),
    });
  }
  return out;
}

/** The measures looked up by number and by 指標名, built once: a list may have 20,000 rows. */
export interface MeasureIndex {
  readonly all: readonly MeasureKpi[];
  byId(id: string): MeasureKpi | undefined;
  byKpiName(name: string): readonly MeasureKpi[];
}

export function indexMeasures(all: readonly MeasureKpi[]): MeasureIndex {
  const ids = new Map<string, MeasureKpi>();
  const names = new Map<string, MeasureKpi[]>();
  for (const m of all) {
    const id = idKey(m.id);
    if (!ids.has(id)) ids.set(id, m);
    if (m.kpiName === undefined) continue;
    const key = normalizeHeader(m.kpiName);
    const list = names.get(key);
    if (list) list.push(m);
    else names.set(key, [m]);
  }
  return {
    all,
    byId: (id) => ids.get(idKey(id)),
    byKpiName: (name) => names.get(normalizeHeader(name)) ?? [],
  };
}

/** Measure numbers compare through NFKC and case: 「ａ１－１」 is A1-1. */
function idKey(id: string): string {
  return normalizeCode(id).toUpperCase();
}

/** Percent KPIs are read as fractions (80% → 0.8); targets write percents as written, so scale back. */
function kpiActual(row: MeasureRow, year: number): number | null {
  const key = kpiKeyForYear(row, "actual", year - REIWA_OFFSET);
  if (key === null) return null;
  const n = readKpiNumber(row, key);
  if (n.kind !== "number") return null;
  return isPercentRow(row) ? Number((n.value * 100).toPrecision(12)) : n.value;
}
