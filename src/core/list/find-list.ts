import { columnKey, matchHeader, type FieldName, type HeaderMatch } from "./fields";
import { cellAt, cellText, isBlank, type CellRange, type SheetGrid, type WorkbookGrid } from "../port/grid";
import type { ColumnBinding, ListLayout } from "./layout";
import { normalizeHeader } from "./normalize";
import { fail, ok, type Result } from "../result";

/** Why no list could be read; the front ends turn each into one line for the user. */
export type FindListFailure =
  | { readonly code: "sheet-not-found"; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly code: "no-list"; readonly sheets: readonly string[] }
  | { readonly code: "no-data"; readonly sheet: string; readonly headerRow: number };

export interface FindListOptions {
  /** Look only at this sheet. */
  readonly sheet?: string;
  /** Sheets never to take for the list (the tool's own summary sheets). */
  readonly skip?: (sheet: SheetGrid) => boolean;
}

/**
 * Finds the measure list: the sheet whose header names the most fields wins, whatever its name.
 * A list whose header names too few fields is not a list; one with a header but no rows is `no-data`.
 */
export function findList(
  book: WorkbookGrid,
  options: FindListOptions = {},
): Result<ListLayout, FindListFailure> {
  const names = book.sheets.map((s) => s.name);
  let sheets = book.sheets;
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet =
      book.sheets.find((s) => s.name === wanted) ?? book.sheets.find((s) => s.name.trim() === wanted.trim());
    if (!sheet) return fail({ code: "sheet-not-found", sheet: wanted, sheets: names });
    sheets = [sheet];
  } else {
    sheets = sheets.filter((s) => normalizeHeader(s.name) !== CHOICES_SHEET && !(options.skip?.(s) ?? false));
  }

  let best: { layout: ListLayout; score: number; hidden: boolean } | null = null;
  for (const sheet of sheets) {
    const layout = readLayout(sheet);
    if (!layout) continue;
    const score = new Set(layout.blocks[0].columns.map((c) => c.field)).size;
    const better = !best || score > best.score || (score === best.score && best.hidden && !sheet.hidden);
    if (better) best = { layout, score, hidden: sheet.hidden };
  }
  if (!best) return fail({ code: "no-list", sheets: names });
  if (best.layout.blocks.every((b) => b.dataRows.length === 0)) {
    return fail({
      code: "no-data",
      sheet: best.layout.sheet,
      headerRow: best.layout.blocks[0].columnRow + 1,
    });
  }
  return ok(best.layout);
}

/** The layout of one sheet, or null when no row of it reads as a measure-list header. */
export function readLayout(sheet: SheetGrid): ListLayout | null {
  const merges = new MergeIndex(sheet.merges);
  const scores = new Map<number, number>();
  for (let r = 0; r < sheet.rows.length; r++) {
    const score = headerScore(sheet.rows[r]);
    if (score >= MIN_HEADER_FIELDS) scores.set(r, score);
  }
  // A group row may name a few fields itself (管理項目, 目的, KPI…); when the row below names at
  // least as many, the upper one is that row's group row, not a header of its own.
  const columnRows = [...scores.keys()].filter((r) => (scores.get(r + 1) ?? -1) < (scores.get(r) ?? 0));
  if (columnRows.length === 0) return null;

  const headerOf = new Map<number, { group: number | null }>();
  const groupRows = new Set<number>();
  for (const r of columnRows) {
    const group = r > 0 && !headerOf.has(r - 1) && isGroupRow(sheet, r - 1, merges) ? r - 1 : null;
    headerOf.set(r, { group });
    if (group !== null) groupRows.add(group);
  }

  const blocks: MutableBlock[] = [];
  const skippedRows: number[] = [];
  const firstRow = headerOf.get(columnRows[0])?.group ?? columnRows[0];
  for (let r = firstRow; r < sheet.rows.length; r++) {
    if (groupRows.has(r)) continue;
    const current = blocks.at(-1);
    const header = headerOf.get(r);
    if (header) {
      const columns = bindColumns(sheet, r, header.group, merges);
      blocks.push({
        headerRows: header.group === null ? [r] : [header.group, r],
        columnRow: r,
        // Repeated headers usually bind the same columns; share them so blocks compare cheaply.
        columns: current && sameColumns(current.columns, columns) ? current.columns : columns,
        dataRows: [],
      });
      continue;
    }
    if (!current) continue;
    const kind = classifyRow(sheet.rows[r] ?? [], current.columns);
    if (kind === "data") current.dataRows.push(r);
    else if (kind === "note") skippedRows.push(r);
  }
  return { sheet: sheet.name, blocks, skippedRows };
}

/** The name, normalised, of the sheet that holds the choice lists (§4): never the list itself. */
export const CHOICES_SHEET = "選択肢";

/** A column row names at least this many different fields; no data row does. */
const MIN_HEADER_FIELDS = 3;

/** Labels of the merged group row above the column names (§2), normalised. */
const GROUP_LABELS: ReadonlySet<string> = new Set(
  [
    "担当部/課",
    "担当部",
    "業革施策分類",
    "施策分類",
    "管理項目",
    "目的",
    "マイルストーン",
    "ロードマップ(実施内容)と四半期ごと達成目標",
    "ロードマップ",
    "進捗・課題・アクション・今後の方向性",
    "KPI",
    "数値目標",
    "達成状況",
  ].map(normalizeHeader),
);

type RowKind = "data" | "note" | "blank";

interface MutableBlock {
  headerRows: number[];
  columnRow: number;
  columns: readonly ColumnBinding[];
  dataRows: number[];
}

/** How many different fields a row's cells name. */
function headerScore(cells: readonly unknown[] | undefined): number {
  if (!cells) return 0;
  const fields = new Set<FieldName>();
  for (const value of cells) {
    if (typeof value !== "string") continue;
    const m = matchHeader(value);
    if (m) fields.add(m.field);
  }
  return fields.size;
}

/** The row above the column names is a group row when most of its texts are group labels or field names. */
function isGroupRow(sheet: SheetGrid, r: number, merges: MergeIndex): boolean {
  const cells = sheet.rows[r] ?? [];
  let filled = 0;
  let known = 0;
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c];
    if (isBlank(value)) continue;
    filled++;
    const text = cellText(value);
    if (GROUP_LABELS.has(normalizeHeader(text)) || matchHeader(text) !== null) known++;
    else if (merges.spansRows(r, c)) known++;
  }
  return filled > 0 && known * 2 >= filled;
}

function bindColumns(
  sheet: SheetGrid,
  columnRow: number,
  groupRow: number | null,
  merges: MergeIndex,
): ColumnBinding[] {
  const width = Math.max(
    sheet.rows[columnRow]?.length ?? 0,
    groupRow === null ? 0 : (sheet.rows[groupRow]?.length ?? 0),
  );
  const bindings: ColumnBinding[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < width; c++) {
    const own = cellAt(sheet, columnRow, c);
    let header = isBlank(own) ? "" : cellText(own);
    let match: HeaderMatch | null = header === "" ? null : matchHeader(header);
    // Vertically merged names (管理項目, 目的) sit in the group row only.
    if (!match && header === "" && groupRow !== null && !merges.spansColumns(groupRow, c)) {
      const above = cellAt(sheet, groupRow, c);
      if (!isBlank(above)) {
        header = cellText(above);
        match = matchHeader(header);
      }
    }
    if (!match) continue;
    const key = columnKey(match.field, match.fiscalYear);
    // The first column of a name wins; a second copy is an extra column, left alone.
    if (seen.has(key)) continue;
    seen.add(key);
    bindings.push({
      key,
      field: match.field,
      fiscalYear: match.fiscalYear,
      quarter: match.quarter,
      col: c,
      header,
    });
  }
  return bindings;
}

/**
 * A measure row has text in two or more of the list's columns, or an id alone (reported as
 * incomplete). A lone text elsewhere, or a note in the id column (「※…」), is not a measure: it is
 * set aside, never validated as one.
 */
function classifyRow(cells: readonly unknown[], columns: readonly ColumnBinding[]): RowKind {
  let filled = 0;
  let lone: { field: FieldName; value: unknown } | null = null;
  for (const binding of columns) {
    const value = cells[binding.col];
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) continue;
    filled++;
    if (filled >= 2) return "data";
    lone = { field: binding.field, value };
  }
  if (!lone) return "blank";
  const isIdField = lone.field === "branch1" || lone.field === "branch2";
  return isIdField && looksLikeIdPart(lone.value) ? "data" : "note";
}

function looksLikeIdPart(value: unknown): boolean {
  if (typeof value === "number") return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text.length <= 12 && !/^[※注*＊(（]/u.test(text);
}

function sameColumns(a: readonly ColumnBinding[], b: readonly ColumnBinding[]): boolean {
  return a.length === b.length && a.every((x, i) => x.key === b[i].key && x.col === b[i].col);
}

/** Looks up which merged range, if any, covers a cell. */
class MergeIndex {
  private readonly byCell = new Map<string, CellRange>();

  constructor(merges: readonly CellRange[]) {
    for (const m of merges) {
      // Only header-sized merges matter here; huge merges are not header cells.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 400) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) this.byCell.set(`${r},${c}`, m);
    }
  }

  spansColumns(r: number, c: number): boolean {
    const m = this.byCell.get(`${r},${c}`);
    return m !== undefined && m.right > m.left;
  }

  spansRows(r: number, c: number): boolean {
    const m = this.byCell.get(`${r},${c}`);
    return m !== undefined && m.bottom > m.top;
  }
}
