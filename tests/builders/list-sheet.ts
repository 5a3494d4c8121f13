/**
 * Builds measure-list sheets from the seed rows (examples/sample-data.ts) in the layouts §2
 * describes: title rows, a merged two-row header or a single one, headers repeated per block,
 * columns in any order, extra columns. Tests say what differs from the real list and nothing else.
 */
import type { CellRange, CellValue, SheetGrid } from "../../src/core/port/grid";
import { sampleRows, type SampleRow } from "../../examples/sample-data";

export type SampleKey = Exclude<keyof SampleRow, "block">;

export interface ColumnSpec {
  /** A sample field, or any name for an extra column (its cells come from `extra`). */
  readonly key: SampleKey | string;
  readonly header: string;
  /** The group label above it; equal neighbouring labels are merged across. */
  readonly group?: string;
  /** The name sits in the group row, merged down over the column row (管理項目, 目的). */
  readonly vertical?: boolean;
}

/** The real list's 16 columns in the seed's order and spelling. */
export const SEED_COLUMNS: readonly ColumnSpec[] = [
  { key: "branch1", header: "進捗管理枝番1 （9領域）", group: "担当部/ 課" },
  { key: "branch2", header: "進捗管理枝番2 （施策番号）", group: "担当部/ 課" },
  { key: "department", header: "主担当部", group: "担当部/ 課" },
  { key: "pillar", header: "施策3本柱", group: "業革施策分類" },
  { key: "domain", header: "施策9領域", group: "業革施策分類" },
  { key: "item", header: "管理項目", vertical: true },
  { key: "purpose", header: "目的", vertical: true },
  { key: "milestoneR7", header: "R7年度末時点", group: "マイルストーン" },
  { key: "planR7", header: "R7年度 実施内容", group: "ロードマップ（実施内容）と四半期ごと達成目標" },
  { key: "quarterTargetQ4", header: "Q4末 到達目標", group: "ロードマップ（実施内容）と四半期ごと達成目標" },
  { key: "planR8", header: "R8年度 実施内容", group: "ロードマップ（実施内容）と四半期ごと達成目標" },
  { key: "milestoneR9", header: "R9年度末時点", group: "マイルストーン" },
  { key: "progress", header: "進捗状況", group: "進捗・課題・アクション・今後の方向性" },
  { key: "weather", header: "天気", group: "進捗・課題・アクション・今後の方向性" },
  { key: "direction", header: "今後の方\n向性", group: "進捗・課題・アクション・今後の方向性" },
  { key: "directionReason", header: "方向性理由", group: "進捗・課題・アクション・今後の方向性" },
];

export type RowValues = Partial<Record<string, CellValue>>;

/** A sheet as the builders make it: always with its merges, and rows a writer may hide. */
export interface BuiltSheet extends SheetGrid {
  readonly merges: readonly CellRange[];
  /** 0-based rows hidden when the sheet is written to a file. */
  readonly hiddenRows?: readonly number[];
}

export interface BuiltBook {
  readonly sheets: readonly BuiltSheet[];
}

export interface ListSheetSpec {
  readonly name?: string;
  /** Text rows above the first header; a blank row follows them. */
  readonly titleRows?: readonly string[];
  readonly columns?: readonly ColumnSpec[];
  /** Two header rows with merged groups (default), or the column names alone. */
  readonly groupRow?: boolean;
  readonly rows?: readonly RowValues[];
  /** Repeat the header before every this many rows, with a blank row between blocks. */
  readonly blockSize?: number;
  /** Columns to skip before the list starts (the list need not begin in column A). */
  readonly leftOffset?: number;
  readonly hidden?: boolean;
}

/** The seed rows as cell values keyed by sample field (branch2 a number where the seed has one). */
export function seedRows(): RowValues[] {
  return sampleRows.map((row) => {
    const values: RowValues = {};
    for (const [key, value] of Object.entries(row)) {
      if (key !== "block") values[key] = value === "" ? null : value;
    }
    return values;
  });
}

/** One seed row by id, e.g. `seedRow("A1-4")`, with overrides. */
export function seedRow(id: string, overrides: RowValues = {}): RowValues {
  const row = seedRows().find((r) => `${String(r.branch1)}-${String(r.branch2)}` === id);
  if (!row) throw new Error(`no seed row ${id}`);
  return { ...row, ...overrides };
}

/** A sheet holding a measure list laid out as the spec says. */
export function listSheet(spec: ListSheetSpec = {}): BuiltSheet {
  const columns = spec.columns ?? SEED_COLUMNS;
  const rows = spec.rows ?? seedRows();
  const offset = spec.leftOffset ?? 0;
  const cells: CellValue[][] = [];
  const merges: CellRange[] = [];
  const put = (r: number, c: number, value: CellValue) => {
    while (cells.length <= r) cells.push([]);
    const row = cells[r];
    while (row.length <= c + offset) row.push(null);
    row[c + offset] = value;
  };
  for (const title of spec.titleRows ?? []) put(cells.length, 0, title);
  if (spec.titleRows?.length) cells.push([]);

  const blockSize = spec.blockSize ?? (rows.length || 1);
  for (let start = 0; start === 0 || start < rows.length; start += blockSize) {
    if (start > 0) cells.push([]);
    const top = cells.length;
    if (spec.groupRow !== false) {
      writeGroupRow(columns, top, offset, put, merges);
      writeColumnRow(columns, top + 1, put, true);
    } else {
      writeColumnRow(columns, top, put, false);
    }
    for (const values of rows.slice(start, start + blockSize)) {
      const r = cells.length;
      cells.push([]);
      columns.forEach((col, c) => put(r, c, values[col.key] ?? null));
    }
    if (rows.length === 0) break;
  }
  return {
    name: spec.name ?? "施策リスト",
    hidden: spec.hidden ?? false,
    rows: cells,
    merges,
  };
}

/** A sheet of plain rows, for the other sheets of a workbook (a cover, notes). */
export function plainSheet(name: string, rows: CellValue[][], hidden = false): BuiltSheet {
  return { name, hidden, rows, merges: [] };
}

export function workbookOf(...sheets: BuiltSheet[]): BuiltBook {
  return { sheets };
}

/** The sample columns with some moved or renamed: `reorder(["weather", "branch1", ...])`. */
export function reorder(
  keys: readonly string[],
  columns: readonly ColumnSpec[] = SEED_COLUMNS,
): ColumnSpec[] {
  return keys.map((key) => {
    const col = columns.find((c) => c.key === key);
    if (!col) throw new Error(`no column ${key}`);
    return col;
  });
}

export function renamed(changes: Readonly<Record<string, string>>, columns = SEED_COLUMNS): ColumnSpec[] {
  return columns.map((c) => (changes[c.key] === undefined ? c : { ...c, header: changes[c.key] }));
}

function writeGroupRow(
  columns: readonly ColumnSpec[],
  r: number,
  offset: number,
  put: (r: number, c: number, v: CellValue) => void,
  merges: CellRange[],
): void {
  let c = 0;
  while (c < columns.length) {
    const col = columns[c];
    if (col.vertical) {
      put(r, c, col.header);
      merges.push({ top: r, left: c + offset, bottom: r + 1, right: c + offset });
      c++;
      continue;
    }
    let end = c;
    while (
      end + 1 < columns.length &&
      col.group !== undefined &&
      columns[end + 1].group === col.group &&
      !columns[end + 1].vertical
    )
      end++;
    put(r, c, col.group ?? null);
    if (end > c) merges.push({ top: r, left: c + offset, bottom: r, right: end + offset });
    c = end + 1;
  }
}

function writeColumnRow(
  columns: readonly ColumnSpec[],
  r: number,
  put: (r: number, c: number, v: CellValue) => void,
  withGroup: boolean,
): void {
  columns.forEach((col, c) => put(r, c, withGroup && col.vertical ? null : col.header));
}

/**
 * The seed columns with the KPI columns §3 lets a city add: 指標名, 単位, 基準値, a target and an
 * actual per fiscal year (`targetR8` → 「R8年度目標値」, `actualR8` → 「R8実績値」), 目標の方向.
 */
export function kpiColumns(...fiscalYears: number[]): ColumnSpec[] {
  const years = fiscalYears.length > 0 ? fiscalYears : [8];
  return [
    ...SEED_COLUMNS,
    { key: "kpiName", header: "指標名" },
    { key: "unit", header: "単位" },
    { key: "baseline", header: "基準値" },
    ...years.flatMap((y) => [
      { key: `targetR${y}`, header: `R${y}年度目標値` },
      { key: `actualR${y}`, header: `R${y}実績値` },
    ]),
    { key: "polarity", header: "目標の方向" },
  ];
}

/** B1-4 (ペーパーレスの推進) with seed 004's copy-paper reduction target: 4,600,000 → 4,480,000 sheets in R8. */
export function paperRow(values: RowValues = {}): RowValues {
  return seedRow("B1-4", {
    kpiName: "A4コピー用紙購入枚数",
    unit: "枚",
    baseline: "4,600,000枚",
    targetR8: "4,480,000枚",
    polarity: "減少",
    ...values,
  });
}
