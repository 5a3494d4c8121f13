import type { FieldName } from "./fields";

/** One column of the list, bound to a field by its header text. Indexes are 0-based. */
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
  /** 0-based rows of this block's header: the group row (when there is one) and the column row. */
  readonly headerRows: readonly number[];
  /** 0-based row of the column-name row, where the tool writes any header cell it adds. */
  readonly columnRow: number;
  readonly columns: readonly ColumnBinding[];
  /** 0-based data rows, top to bottom. */
  readonly dataRows: readonly number[];
}

export interface ListLayout {
  readonly sheet: string;
  readonly blocks: readonly ListBlock[];
  /** Rows between blocks that hold text but are not measures (notes, repeated titles): 0-based. */
  readonly skippedRows: readonly number[];
}

/** Every header row of the list, 0-based, top to bottom. */
export function headerRowsOf(layout: ListLayout): number[] {
  return layout.blocks.flatMap((b) => b.headerRows);
}

/** Every data row of the list, 0-based, top to bottom. */
export function dataRowsOf(layout: ListLayout): number[] {
  return layout.blocks.flatMap((b) => b.dataRows);
}

/** The first block's columns: the list's columns as a person would name them. */
export function primaryColumns(layout: ListLayout): readonly ColumnBinding[] {
  return layout.blocks[0]?.columns ?? [];
}
