import { KPI_FIELDS, type FieldName } from "./fields";

/**
 * Row numbers in the core: names ending in `Index`/`Indexes` are 0-based grid positions; `row`
 * alone is the 1-based number Excel shows, as reports and JSON print it.
 */

/** One column of the list, bound to a field by its header text. Columns are 0-based. */
export interface ColumnBinding {
  /** `weather`, `milestone[R7]`, `target[R8]`: unique within a block. */
  readonly key: string;
  readonly field: FieldName;
  readonly fiscalYear: number | null;
  readonly quarter: number | null;
  readonly col: number;
  /** The header text as the sheet writes it. */
  readonly header: string;
}

/**
 * A header (one or two rows) and the data rows under it, up to the next repeated header.
 * Printed copies repeat the header per page, so a list is one or more blocks.
 */
export interface ListBlock {
  /** This block's header rows: the group row (when there is one) and the column row. */
  readonly headerRowIndexes: readonly number[];
  /** The column-name row, where the tool writes any header cell it adds. */
  readonly columnRowIndex: number;
  readonly columns: readonly ColumnBinding[];
  /** Data rows, top to bottom. */
  readonly dataRowIndexes: readonly number[];
}

export interface ListLayout {
  readonly sheet: string;
  readonly blocks: readonly ListBlock[];
  /** Rows between blocks that hold text but are not measures (notes, repeated titles). */
  readonly skippedRowIndexes: readonly number[];
}

/**
 * The fields that decide whether a row is a measure, find repeated headers and name the row in
 * reports. Every action reads these columns, so every action sees the same rows; the long texts
 * (目的, マイルストーン, 進捗状況…) are read only by the actions that use them.
 */
export const LAYOUT_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  "branch1",
  "branch2",
  "department",
  "pillar",
  "domain",
  "item",
  "weather",
  "direction",
]);

/** Every header row of the list, top to bottom. */
export function headerRowIndexesOf(layout: ListLayout): number[] {
  return layout.blocks.flatMap((b) => b.headerRowIndexes);
}

/** Every data row of the list, top to bottom. */
export function dataRowIndexesOf(layout: ListLayout): number[] {
  return layout.blocks.flatMap((b) => b.dataRowIndexes);
}

/** The first block's columns: the list's columns as a person would name them. */
export function primaryColumns(layout: ListLayout): readonly ColumnBinding[] {
  return layout.blocks[0]?.columns ?? [];
}

/** The first and last rows the list spans, header rows included; null for an empty layout. */
export function listSpan(layout: ListLayout): { readonly top: number; readonly bottom: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const block of layout.blocks) {
    for (const r of block.headerRowIndexes) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
    }
    const data = block.dataRowIndexes;
    if (data.length > 0) bottom = Math.max(bottom, data[data.length - 1]);
  }
  return top === Infinity ? null : { top, bottom };
}

/**
 * The last column of the list's KPI columns (-1 without any), and of its measure columns: the
 * ones that are neither KPI nor the 達成率/達成度 the tool computes. Where new attainment columns go.
 */
export function listEnds(columns: readonly ColumnBinding[]): { kpiEnd: number; otherEnd: number } {
  let kpiEnd = -1;
  let otherEnd = -1;
  for (const c of columns) {
    if (KPI_FIELDS.has(c.field)) kpiEnd = Math.max(kpiEnd, c.col);
    else if (c.field !== "attainmentRate" && c.field !== "grade") otherEnd = Math.max(otherEnd, c.col);
  }
  return { kpiEnd, otherEnd };
}
