/**
 * Builds 目標 sheets (issue 17) from seed 004's table exactly as printed: 項目∕⽬標 | 現在地（2025年度）
 * | 2026年度 | 2027年度 | 2028年度, its six rows with their units, blanks and the merged 2027–2028
 * stage, and the footnote under the table. Tests add what differs (actuals, 関連施策, 集計, a KGI
 * row, other year spellings) and nothing else; the summary and pane tests reuse it.
 */
import type { CellRange, CellValue } from "../../src/core/port/grid";
import { listSheet, workbookOf, type BuiltBook, type BuiltSheet } from "./list-sheet";
import {
  sampleKgiRow,
  sampleTargetBaselineHeader,
  sampleTargetNameHeader,
  sampleTargetRows,
  sampleTargetsFootnote,
  sampleTargetYearHeaders,
} from "../../examples/sample-targets";

/** One row of a 目標 sheet: what each column holds. Years are the table's year columns, in order. */
export interface TargetRowSpec {
  readonly name: string;
  readonly baseline: CellValue;
  /** One cell per year column; null for a blank. */
  readonly years: readonly CellValue[];
  /** Years (0-based among the year columns) a merged stage spans: `[1, 2]` merges 2027–2028. */
  readonly merge?: readonly [number, number];
  /** 実績 per year column, when the sheet has 実績 columns. */
  readonly actuals?: readonly CellValue[];
  readonly unit?: CellValue;
  readonly note?: CellValue;
  readonly links?: CellValue;
  readonly aggregate?: CellValue;
  readonly direction?: CellValue;
  readonly kind?: CellValue;
}

/** Seed 004's header spellings, rows and footnote, and seed 001's KGI: examples/sample-targets.ts. */
export const SEED_NAME_HEADER = sampleTargetNameHeader;
export const SEED_BASELINE_HEADER = sampleTargetBaselineHeader;
export const SEED_YEAR_HEADERS = sampleTargetYearHeaders;
export const SEED_TARGET_ROWS: readonly TargetRowSpec[] = sampleTargetRows;
export const SEED_FOOTNOTE = sampleTargetsFootnote;
export const SEED_KGI_ROW: TargetRowSpec = sampleKgiRow;

/** The first seven heads of the empty 目標 sheet `targets --add` writes for FY2026 (R8). */
export const ADDED_SHEET_HEADS_2026 = [
  "項目∕目標",
  "区分",
  "単位",
  "現在地（2025年度）",
  "2026年度",
  "2027年度",
  "2028年度",
] as const;

export type OptionalColumn = "unit" | "note" | "links" | "aggregate" | "direction" | "kind";

const OPTIONAL_HEADERS: Readonly<Record<OptionalColumn, string>> = {
  kind: "区分",
  unit: "単位",
  note: "備考",
  links: "関連施策",
  aggregate: "集計",
  direction: "目標の方向",
};

export interface TargetsSheetSpec {
  readonly name?: string;
  readonly rows?: readonly TargetRowSpec[];
  readonly nameHeader?: string;
  readonly baselineHeader?: string;
  /** The year columns' headers in sheet order (R8, 令和8年度, FY2026 …). */
  readonly yearHeaders?: readonly string[];
  /** Text rows above the table, then a blank row. */
  readonly titleRows?: readonly string[];
  /** Lines under the table after a blank row (the seed's ※ footnote by default). */
  readonly footnotes?: readonly string[];
  /** Optional columns, in this order, after the years: only those listed appear. */
  readonly columns?: readonly OptionalColumn[];
  /**
   * Two header rows: each year a group over 目標 and 実績 (merged across), the other heads merged
   * down. Without it, 実績 columns (when any row has actuals) follow the years as 「2026年度実績」.
   */
  readonly twoRowHeader?: boolean;
}

/** A 目標 sheet laid out as the city writes it; by default seed 004's table as printed. */
export function targetsSheet(spec: TargetsSheetSpec = {}): BuiltSheet {
  const rows = spec.rows ?? SEED_TARGET_ROWS;
  const years = spec.yearHeaders ?? SEED_YEAR_HEADERS;
  const optional = spec.columns ?? [];
  const withActuals = rows.some((r) => r.actuals !== undefined);
  const cells: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (const title of spec.titleRows ?? []) cells.push([title]);
  if (spec.titleRows?.length) cells.push([]);

  const top = cells.length;
  const two = spec.twoRowHeader === true;
  const head: CellValue[] = [
    spec.nameHeader ?? SEED_NAME_HEADER,
    spec.baselineHeader ?? SEED_BASELINE_HEADER,
  ];
  const sub: CellValue[] = [null, null];
  const yearCol: number[] = [];
  const actualCol: number[] = [];
  for (const year of years) {
    yearCol.push(head.length);
    if (two && withActuals) {
      merges.push({ top, left: head.length, bottom: top, right: head.length + 1 });
      head.push(year, null);
      sub.push("目標", "実績");
      actualCol.push(yearCol[yearCol.length - 1] + 1);
    } else {
      head.push(year);
      sub.push(null);
    }
  }
  if (!two && withActuals)
    for (const year of years) {
      actualCol.push(head.length);
      head.push(`${year}実績`);
      sub.push(null);
    }
  const optionalCol = new Map<OptionalColumn, number>();
  for (const key of optional) {
    optionalCol.set(key, head.length);
    head.push(OPTIONAL_HEADERS[key]);
    sub.push(null);
  }
  cells.push(head);
  if (two) {
    cells.push(sub);
    head.forEach((value, c) => {
      if (value !== null && !yearCol.includes(c)) merges.push({ top, left: c, bottom: top + 1, right: c });
    });
    if (!withActuals) yearCol.forEach((c) => merges.push({ top, left: c, bottom: top + 1, right: c }));
  }

  for (const target of rows) {
    const r = cells.length;
    const row: CellValue[] = new Array<CellValue>(head.length).fill(null);
    row[0] = target.name;
    row[1] = target.baseline;
    target.years.forEach((v, i) => (row[yearCol[i]] = v));
    target.actuals?.forEach((v, i) => (row[actualCol[i]] = v));
    for (const [key, c] of optionalCol) row[c] = target[key] ?? null;
    if (target.merge)
      merges.push({ top: r, left: yearCol[target.merge[0]], bottom: r, right: yearCol[target.merge[1]] });
    cells.push(row);
  }
  const footnotes = spec.footnotes ?? [SEED_FOOTNOTE];
  if (footnotes.length > 0) cells.push([]);
  for (const line of footnotes) cells.push([line]);
  return { name: spec.name ?? "目標", hidden: false, rows: cells, merges };
}

/** The seed list (or another sheet) beside a 目標 sheet: the workbook the tests open. */
export function targetsBook(targets: TargetsSheetSpec = {}, list: BuiltSheet = listSheet()): BuiltBook {
  return workbookOf(list, targetsSheet(targets));
}
