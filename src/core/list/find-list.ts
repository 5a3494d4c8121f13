import { columnKey, headerMatcher, type FieldName, type HeaderMatch } from "./fields";
import { cellAt, cellText, isBlank, type CellRange, type SheetGrid, type WorkbookGrid } from "../port/grid";
import { LAYOUT_FIELDS, type ColumnBinding, type ListLayout } from "./layout";
import { normalizeHeader } from "./normalize";
import { fail, ok, type Result } from "../result";
import { FIELDS } from "./fields";

/** Why no list could be read; every front end words each code the same way (messages/). */
export type FindListFailure =
  | { readonly code: "sheet-not-found"; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly code: "no-list"; readonly sheets: readonly string[] };

export interface FindListOptions {
  /** Look only at this sheet. */
  readonly sheet?: string;
  /** Sheets never to take for the list (the tool's own summary sheets). */
  readonly skip?: (sheet: SheetGrid) => boolean;
}

/** Why one complete list was taken over another. */
export type ListChoiceReason = "more-fields" | "visible" | "more-rows" | "first";

export interface FoundList {
  readonly layout: ListLayout;
  /**
   * Other sheets that hold a complete list too (every required column), and why this one was
   * taken: the user should hear which list was used and how to pick another (`--sheet`).
   */
  readonly others: readonly string[];
  readonly reason: ListChoiceReason | null;
}

/**
 * Finds the measure list: the sheet whose header names the most fields wins, whatever its name;
 * then a visible sheet over a hidden one, then the longer sheet, then the first. A
 * header without any measure row (a new year's template) is a list with 0 measures.
 */
export function findList(
  book: WorkbookGrid,
  options: FindListOptions = {},
): Result<FoundList, FindListFailure> {
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

  const found: Candidate[] = [];
  for (const sheet of sheets) {
    const layout = readLayout(sheet);
    if (!layout) continue;
    const fields = new Set(layout.blocks[0].columns.map((c) => c.field));
    // The sheet's extent, not its counted measures: the head of a big sheet tells it before the
    // rest is read, so choosing from the head and from the whole sheet agree.
    const rows = sheet.rows.length;
    found.push({ layout, score: fields.size, hidden: sheet.hidden, rows, complete: isComplete(fields) });
  }
  if (found.length === 0) return fail({ code: "no-list", sheets: names });
  let best = found[0];
  let reason: ListChoiceReason = "first";
  for (const candidate of found.slice(1)) {
    const why = betterBy(candidate, best);
    if (why) {
      best = candidate;
      reason = why;
    }
  }
  // The reason that matters to a person is what set the winner apart from the runner-up.
  const complete = found.filter((c) => c.complete && c !== best);
  if (complete.length > 0) reason = betterBy(best, complete[0]) ?? "first";
  return ok({
    layout: best.layout,
    others: complete.map((c) => c.layout.sheet),
    reason: complete.length > 0 ? reason : null,
  });
}

/** The layout of one sheet, or null when no row of it reads as a measure-list header. */
export function readLayout(sheet: SheetGrid): ListLayout | null {
  const match = headerMatcher();
  const merges = new MergeIndex(sheet.merges ?? []);
  const scores = new Map<number, number>();
  for (let r = 0; r < sheet.rows.length; r++) {
    const score = headerScore(sheet.rows[r], match);
    if (score >= MIN_HEADER_FIELDS) scores.set(r, score);
  }
  // A group row may name a few fields itself (管理項目, 目的, KPI…); when the row below names at
  // least as many, the upper one is that row's group row, not a header of its own.
  const columnRows = [...scores.keys()].filter((r) => (scores.get(r + 1) ?? -1) < (scores.get(r) ?? 0));
  if (columnRows.length === 0) return null;

  const groupOf = (r: number, taken: { has(row: number): boolean }) =>
    r > 0 && !taken.has(r - 1) && isGroupRow(sheet, r - 1, merges, match) ? r - 1 : null;
  const firstRowIndex = columnRows[0];
  const firstGroup = groupOf(firstRowIndex, new Set());
  const firstColumns = bindColumns(sheet, firstRowIndex, firstGroup, merges, match);
  const firstFields = new Set(firstColumns.map((c) => c.field)).size;

  // Later column rows start a block when they repeat the first header (read on its key columns,
  // so a big list read a few columns at a time binds its repeats alike) or name at least half as
  // many fields. A row naming a few fields and nothing else is a stray copy of names: a note.
  const headerOf = new Map<number, { group: number | null; columns: readonly ColumnBinding[] }>();
  const groupRows = new Set<number>();
  headerOf.set(firstRowIndex, { group: firstGroup, columns: firstColumns });
  if (firstGroup !== null) groupRows.add(firstGroup);
  for (const r of columnRows.slice(1)) {
    const group = groupOf(r, headerOf);
    if (repeatsHeader(sheet, r, group, firstColumns)) headerOf.set(r, { group, columns: firstColumns });
    else if ((scores.get(r) ?? 0) * 2 >= firstFields)
      headerOf.set(r, { group, columns: bindColumns(sheet, r, group, merges, match) });
    else continue;
    if (group !== null) groupRows.add(group);
  }

  const blocks: MutableBlock[] = [];
  const skipped: number[] = [];
  for (let r = firstGroup ?? firstRowIndex; r < sheet.rows.length; r++) {
    if (groupRows.has(r)) continue;
    const current = blocks.at(-1);
    const header = headerOf.get(r);
    if (header) {
      blocks.push({
        headerRowIndexes: header.group === null ? [r] : [header.group, r],
        columnRowIndex: r,
        columns: header.columns,
        dataRowIndexes: [],
      });
      continue;
    }
    if (!current) continue;
    const kind = classifyRow(sheet.rows[r] ?? [], current.columns, match);
    if (kind === "data") current.dataRowIndexes.push(r);
    else if (kind === "note") skipped.push(r);
  }
  return { sheet: sheet.name, blocks, skippedRowIndexes: skipped };
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

const REQUIRED: readonly FieldName[] = FIELDS.filter((f) => f.required === "error").map((f) => f.name);

type RowKind = "data" | "note" | "blank";
type Matcher = (text: string) => HeaderMatch | null;

interface Candidate {
  readonly layout: ListLayout;
  readonly score: number;
  readonly hidden: boolean;
  readonly rows: number;
  readonly complete: boolean;
}

interface MutableBlock {
  headerRowIndexes: number[];
  columnRowIndex: number;
  columns: readonly ColumnBinding[];
  dataRowIndexes: number[];
}

function isComplete(fields: ReadonlySet<FieldName>): boolean {
  return REQUIRED.every((f) => fields.has(f));
}

/** Why `a` beats `b`, or null when it does not. */
function betterBy(a: Candidate, b: Candidate): ListChoiceReason | null {
  if (a.score !== b.score) return a.score > b.score ? "more-fields" : null;
  if (a.hidden !== b.hidden) return a.hidden ? null : "visible";
  if (a.rows !== b.rows) return a.rows > b.rows ? "more-rows" : null;
  return null;
}

/** How many different fields a row's cells name. */
function headerScore(cells: readonly unknown[] | undefined, match: Matcher): number {
  if (!cells) return 0;
  const fields = new Set<FieldName>();
  for (const value of cells) {
    if (typeof value !== "string") continue;
    const m = match(value);
    if (m) fields.add(m.field);
  }
  return fields.size;
}

/** The row above the column names is a group row when most of its texts are group labels or field names. */
function isGroupRow(sheet: SheetGrid, r: number, merges: MergeIndex, match: Matcher): boolean {
  const cells = sheet.rows[r] ?? [];
  let filled = 0;
  let known = 0;
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c] ?? null;
    if (isBlank(value)) continue;
    filled++;
    const text = cellText(value);
    if (GROUP_LABELS.has(normalizeHeader(text)) || match(text) !== null) known++;
    else if (merges.spansRows(r, c)) known++;
  }
  return filled > 0 && known * 2 >= filled;
}

/** The header text of a column: its own cell, or the group row's when a name is merged down. */
function headerTextAt(sheet: SheetGrid, columnRow: number, groupRow: number | null, c: number): string {
  const own = cellAt(sheet, columnRow, c);
  if (!isBlank(own)) return cellText(own);
  if (groupRow === null) return "";
  const above = cellAt(sheet, groupRow, c);
  return isBlank(above) ? "" : cellText(above);
}

function repeatsHeader(
  sheet: SheetGrid,
  columnRow: number,
  groupRow: number | null,
  columns: readonly ColumnBinding[],
): boolean {
  const keys = columns.filter((b) => LAYOUT_FIELDS.has(b.field));
  return (
    keys.length > 0 &&
    keys.every(
      (b) => normalizeHeader(headerTextAt(sheet, columnRow, groupRow, b.col)) === normalizeHeader(b.header),
    )
  );
}

function bindColumns(
  sheet: SheetGrid,
  columnRow: number,
  groupRow: number | null,
  merges: MergeIndex,
  match: Matcher,
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
    let found: HeaderMatch | null = header === "" ? null : match(header);
    // Vertically merged names (管理項目, 目的) sit in the group row only; a label merged across
    // several columns names a group, not a column.
    if (!found && header === "" && groupRow !== null && !merges.spansColumns(groupRow, c)) {
      const above = cellAt(sheet, groupRow, c);
      if (!isBlank(above)) {
        header = cellText(above);
        found = match(header);
      }
    }
    if (!found) continue;
    const key = columnKey(found.field, found.fiscalYear);
    // The first column of a name wins; a second copy is an extra column, left alone.
    if (seen.has(key)) continue;
    seen.add(key);
    bindings.push({
      key,
      field: found.field,
      fiscalYear: found.fiscalYear,
      quarter: found.quarter,
      col: c,
      header,
    });
  }
  return bindings;
}

/**
 * A measure row has text in two or more of the list's key columns (LAYOUT_FIELDS), or an id alone
 * (reported as incomplete). A lone text elsewhere, a note in the id column (「※…」), or a row of
 * header names only (a stray copy of the header) is not a measure: it is set aside, never
 * validated as one.
 */
function classifyRow(cells: readonly unknown[], columns: readonly ColumnBinding[], match: Matcher): RowKind {
  let filled = 0;
  let names = 0;
  let lone: { field: FieldName; value: unknown } | null = null;
  for (const binding of columns) {
    if (!LAYOUT_FIELDS.has(binding.field)) continue;
    const value = cells[binding.col];
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) continue;
    filled++;
    if (typeof value === "string" && isHeaderName(value, match)) names++;
    lone = { field: binding.field, value };
  }
  if (filled === 0 || !lone) return "blank";
  if (names === filled) return "note";
  if (filled >= 2) return "data";
  const isIdField = lone.field === "branch1" || lone.field === "branch2";
  return isIdField && looksLikeIdPart(lone.value) ? "data" : "note";
}

function isHeaderName(text: string, match: Matcher): boolean {
  return match(text) !== null || GROUP_LABELS.has(normalizeHeader(text));
}

function looksLikeIdPart(value: unknown): boolean {
  if (typeof value === "number") return true;
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text.length <= 12 && !/^[※注*＊(（]/u.test(text);
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
