import { cellText, isBlank, isCellError, type CellValue, type SheetGrid } from "../port/grid";
import type { ColumnBinding, ListLayout } from "./layout";
import { normalizeCode } from "./normalize";

/** One data row of the list, read through its block's columns. */
export interface MeasureRow {
  /** 0-based grid row. */
  readonly rowIndex: number;
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
  return measureRowsAt(sheet, layout, null);
}

/**
 * The data rows among `rowIndexes` (a PL's edited rows), read through their blocks' columns;
 * rows that are not data rows of the layout are left out.
 */
export function measureRowsAt(
  sheet: SheetGrid,
  layout: ListLayout,
  rowIndexes: ReadonlySet<number> | null,
): MeasureRow[] {
  const rows: MeasureRow[] = [];
  // Repeated headers usually share one columns array: map it once per call.
  const maps = new Map<readonly ColumnBinding[], ReadonlyMap<string, ColumnBinding>>();
  for (const block of layout.blocks) {
    let columns = maps.get(block.columns);
    if (!columns) maps.set(block.columns, (columns = new Map(block.columns.map((b) => [b.key, b]))));
    for (const r of block.dataRowIndexes) {
      if (rowIndexes === null || rowIndexes.has(r)) rows.push(new GridRow(sheet.rows[r] ?? [], r, columns));
    }
  }
  return rows;
}

/** The id parts as written, NFKC-normalised, so 「Ａ１」 and 「A1」 make the same id. */
export function idPart(value: CellValue): string {
  if (isCellError(value) || isBlank(value)) return "";
  return normalizeCode(cellText(value));
}

class GridRow implements MeasureRow {
  readonly row: number;
  readonly id: string | null;

  constructor(
    private readonly cells: readonly CellValue[],
    readonly rowIndex: number,
    readonly columns: ReadonlyMap<string, ColumnBinding>,
  ) {
    this.row = rowIndex + 1;
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
