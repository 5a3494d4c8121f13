import { cellText, isBlank, isCellError, type CellValue, type SheetGrid } from "../port/grid";
import type { ColumnBinding, ListBlock, ListLayout } from "./layout";
import { normalizeCode } from "./normalize";

/** One data row of the list, read through its block's columns. */
export interface MeasureRow {
  /** 0-based sheet row. */
  readonly index: number;
  /** 1-based sheet row, as Excel shows it and as issues report it. */
  readonly row: number;
  /** `branch1-branch2`, e.g. `A1-1`, `B1-5a`; null when either part is empty or an error. */
  readonly id: string | null;
  readonly columns: ReadonlyMap<string, ColumnBinding>;
  /** The cell under a column key; null when the cell is empty or the list has no such column. */
  value(key: string): CellValue;
  /** The cell's text, trimmed; empty for empty, missing and error cells. */
  text(key: string): string;
  isBlank(key: string): boolean;
  isError(key: string): boolean;
}

/** Every data row of the list, top to bottom. */
export function readMeasureRows(sheet: SheetGrid, layout: ListLayout): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (const block of layout.blocks) {
    const columns = columnsOf(block);
    for (const index of block.dataRows) rows.push(new GridRow(sheet.rows[index] ?? [], index, columns));
  }
  return rows;
}

/** The id parts as written, NFKC-normalised, so 「Ａ１」 and 「A1」 make the same id. */
export function idPart(value: CellValue): string {
  if (isCellError(value) || isBlank(value)) return "";
  return normalizeCode(cellText(value));
}

const blockColumns = new WeakMap<readonly ColumnBinding[], ReadonlyMap<string, ColumnBinding>>();

function columnsOf(block: ListBlock): ReadonlyMap<string, ColumnBinding> {
  let map = blockColumns.get(block.columns);
  if (!map) {
    map = new Map(block.columns.map((b) => [b.key, b]));
    blockColumns.set(block.columns, map);
  }
  return map;
}

class GridRow implements MeasureRow {
  readonly row: number;
  readonly id: string | null;

  constructor(
    private readonly cells: readonly CellValue[],
    readonly index: number,
    readonly columns: ReadonlyMap<string, ColumnBinding>,
  ) {
    this.row = index + 1;
    const b1 = idPart(this.value("branch1"));
    const b2 = idPart(this.value("branch2"));
    this.id = b1 !== "" && b2 !== "" ? `${b1}-${b2}` : null;
  }

  value(key: string): CellValue {
    const binding = this.columns.get(key);
    return binding === undefined ? null : (this.cells[binding.col] ?? null);
  }

  text(key: string): string {
    const value = this.value(key);
    return isCellError(value) ? "" : cellText(value).trim();
  }

  isBlank(key: string): boolean {
    return isBlank(this.value(key));
  }

  isError(key: string): boolean {
    return isCellError(this.value(key));
  }
}
