import { cellAt, cellText, type CellRange, type SheetGrid } from "../port/grid";
import type { YearColumns } from "./targets-layout";
import { readRoleHeader, readYearHeader } from "./year-header";

/**
 * The year columns: one header row where each year cell says what it holds (2026年度, 2026年度実績),
 * or two where a year spans 目標 and 実績 below it (the year merged across, or written once).
 */
export function yearColumns(
  sheet: SheetGrid,
  r: number,
  head: readonly string[],
  sub: readonly string[],
): { columns: YearColumns[]; twoRows: boolean } {
  const twoRows = sub.some((t, c) => readRoleHeader(t) !== null && yearAbove(sheet, r, head, c) !== null);
  const byYear = new Map<number, { target: number | null; actual: number | null }>();
  const put = (year: number, role: "target" | "actual", c: number) => {
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { target: null, actual: null }));
    if (entry[role] === null) entry[role] = c;
  };
  for (let c = 0; c < head.length || (twoRows && c < sub.length); c++) {
    const own = head[c] ? readYearHeader(head[c]) : null;
    if (twoRows) {
      const year = yearAbove(sheet, r, head, c);
      const role = readRoleHeader(sub[c] ?? "");
      if (year !== null && role !== null) put(year, role, c);
      else if (own && !sub[c]) put(own.year, own.role, c);
    } else if (own) put(own.year, own.role, c);
  }
  // Sheet order as written, by target column: a year out of order is the check's to report.
  const columns: YearColumns[] = [...byYear]
    .filter(([, e]) => e.target !== null)
    .map(([year, e]) => ({ year, target: e.target, actual: e.actual }))
    .sort((a, b) => (a.target ?? 0) - (b.target ?? 0));
  return { columns, twoRows };
}

/** The year over column c in a two-row header: its own cell, a merge over it, or the year to its left. */
function yearAbove(sheet: SheetGrid, r: number, head: readonly string[], c: number): number | null {
  const merge = sheet.merges?.find((m: CellRange) => m.top === r && m.left <= c && c <= m.right);
  const from = merge ? merge.left : c;
  for (let k = from; k >= 0; k--) {
    if (head[k]) {
      const year = readYearHeader(cellText(cellAt(sheet, r, k)));
      return year?.role === "target" && (k === c || merge !== undefined || !head[c]) ? year.year : null;
    }
  }
  return null;
}
