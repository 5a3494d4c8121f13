import { cellText, type SheetGrid, type WorkbookGrid } from "../port/grid";
import { normalizeHeader } from "../list/normalize";
import type { TargetsLayout } from "./targets-layout";
import { yearColumns } from "./year-columns";
import { westernYear } from "./year-header";

/**
 * Finds the 目標 sheet by its headers on any sheet: a 項目 column, at least one year column and a
 * 現在地 (or 基準) column. Sheet names (目標, KGI, 数値目標, 戦略目標, 目標一覧) only break ties:
 * headers decide. The list's own sheet is never taken: its KPI columns (R8年度目標値) look like
 * year columns, so the caller names it in `skip`.
 */
export function findTargets(
  book: WorkbookGrid,
  options: { readonly skip?: (sheet: SheetGrid) => boolean } = {},
): { readonly sheet: SheetGrid; readonly layout: TargetsLayout } | null {
  let best: { sheet: SheetGrid; layout: TargetsLayout; score: number } | null = null;
  for (const sheet of book.sheets) {
    if (options.skip?.(sheet)) continue;
    const layout = readTargetsLayout(sheet);
    if (!layout) continue;
    const score = layoutScore(layout) + (NAME_HINTS.has(normalizeHeader(sheet.name)) ? 0.5 : 0);
    if (!best || score > best.score) best = { sheet, layout, score };
  }
  return best ? { sheet: best.sheet, layout: best.layout } : null;
}

/**
 * True for a sheet laid out as a 目標 sheet: the list finder must not take it for the list (its
 * 単位, 目標の方向 and 実績 columns name list fields too). A header naming measure numbers
 * (枝番, 施策番号) is a list's, whatever else it has.
 */
export function isTargetsSheet(sheet: SheetGrid): boolean {
  const layout = readTargetsLayout(sheet);
  if (!layout) return false;
  const header = layout.headerRowIndexes.flatMap((r) =>
    (sheet.rows[r] ?? []).map((v) => normalizeHeader(cellText(v))),
  );
  return !header.some((t) => t.includes("枝番") || t.includes("施策番号"));
}

/** The layout of a 目標 sheet from its header in the first rows, or null when it has none. */
export function readTargetsLayout(sheet: SheetGrid): TargetsLayout | null {
  const last = Math.min(sheet.rows.length, SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const layout = layoutAt(sheet, r);
    if (layout) return layout;
  }
  return null;
}

/** Sheet names that hint at a 目標 sheet, normalised. */
const NAME_HINTS: ReadonlySet<string> = new Set(
  ["目標", "KGI", "数値目標", "戦略目標", "目標一覧"].map(normalizeHeader),
);

/** The header is looked for in these first rows. */
const SCAN_ROWS = 30;

/** 項目 spellings: 項目∕目標 as seed 004 prints it, 数値目標 as seed 002 does. */
const NAME_HEADERS: ReadonlySet<string> = new Set(
  ["項目", "項目/目標", "目標", "目標項目", "数値目標", "指標", "KGI/KPI", "目標・指標"].map(slashes),
);
const BASELINE = /^(?:現在地|現状値?|基準値|基準)(?:\((?<year>[^)]*)\))?$/u;
const BASELINE_YEAR = new Set(["基準年度", "基準年"].map(normalizeHeader));
const OPTIONAL: readonly [
  keyof Pick<TargetsLayout, "unit" | "note" | "links" | "aggregate" | "direction" | "kind">,
  readonly string[],
][] = [
  ["unit", ["単位"]],
  ["note", ["備考", "注記", "注"]],
  ["links", ["関連施策", "施策", "関連する施策", "関連施策番号"]],
  ["aggregate", ["集計", "集計方法", "実績の集計"]],
  ["direction", ["目標の方向", "方向"]],
  ["kind", ["区分", "種別", "種類"]],
];

function layoutAt(sheet: SheetGrid, r: number): TargetsLayout | null {
  const texts = (row: number) => (sheet.rows[row] ?? []).map((v) => normalizeHeader(cellText(v)));
  const head = texts(r);
  const name = head.findIndex((t) => NAME_HEADERS.has(slashes(t)));
  if (name < 0) return null;
  const sub = texts(r + 1);
  const years = yearColumns(sheet, r, head, sub);
  if (years.columns.length === 0) return null;
  let baseline: TargetsLayout["baseline"] = null;
  let baselineYear: number | null = null;
  const found: Partial<Record<(typeof OPTIONAL)[number][0], number>> = {};
  head.forEach((t, c) => {
    const match = BASELINE.exec(t);
    if (match && baseline === null)
      baseline = { col: c, year: match.groups?.year ? westernYear(match.groups.year) : null };
    else if (BASELINE_YEAR.has(t)) baselineYear = c;
    else
      for (const [key, names] of OPTIONAL)
        if (found[key] === undefined && names.map(normalizeHeader).includes(t)) found[key] = c;
  });
  if (baseline === null) return null;
  return {
    sheet: sheet.name,
    headerRowIndexes: years.twoRows ? [r, r + 1] : [r],
    firstDataRowIndex: r + (years.twoRows ? 2 : 1),
    name,
    baseline,
    baselineYear,
    years: years.columns,
    unit: found.unit ?? null,
    note: found.note ?? null,
    links: found.links ?? null,
    aggregate: found.aggregate ?? null,
    direction: found.direction ?? null,
    kind: found.kind ?? null,
  };
}

/** Slashes compared as one: 「項目∕目標」 (U+2215), 「項目／目標」 and 「項目/目標」. */
function slashes(text: string): string {
  return normalizeHeader(text).replace(/[∕／/]/gu, "/");
}

function layoutScore(layout: TargetsLayout): number {
  const optional = [layout.unit, layout.note, layout.links, layout.aggregate, layout.direction, layout.kind];
  return layout.years.length + optional.filter((c) => c !== null).length;
}
