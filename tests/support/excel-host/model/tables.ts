/**
 * Excel tables (ListObjects): a named rectangle of a sheet with an optional header row, a body and
 * an optional totals row, and named columns. Excel keeps each column's name equal to its header
 * cell's text, so writing a header cell renames the column (see `syncHeaders`). Writing next to a
 * table does not grow it: through the API a table changes size only by its own methods (our reading,
 * listed in docs/manual-test-excel-web.md for a person to confirm), which the emulator does not model.
 */
import { intersects, type Rect } from "./address";
import type { Cell, Sheet, Workbook } from "./workbook";

export interface TableColumnModel {
  /** The column's id in the table part: unique within the table, kept when the column is renamed. */
  readonly id: number;
  name: string;
}

export interface TableModel {
  /** `Table.id`: unique in the workbook and kept across renames. */
  readonly id: string;
  /** `Table.legacyId`: the number of the table part (`xl/tables/table1.xml` → "1"). */
  readonly legacyId: string;
  name: string;
  /** The whole table: header row, body and totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  readonly columns: TableColumnModel[];
  style: string;
  showFilterButton: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface SheetTable {
  readonly sheet: Sheet;
  readonly table: TableModel;
}

/** Every table of the workbook, sheet by sheet, as `workbook.tables` lists them. */
export function allTables(workbook: Workbook): SheetTable[] {
  return workbook.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

/** A table by name (any case) or id, as `tables.getItem(key)` finds it. */
export function findTable(tables: readonly SheetTable[], key: string): SheetTable | undefined {
  const lower = key.toLowerCase();
  return tables.find((t) => t.table.id === key) ?? tables.find((t) => t.table.name.toLowerCase() === lower);
}

export function headerRect(table: TableModel): Rect | null {
  return table.showHeaders ? { ...table.rect, bottom: table.rect.top } : null;
}

export function totalsRect(table: TableModel): Rect | null {
  return table.showTotals ? { ...table.rect, top: table.rect.bottom } : null;
}

/** The rows between the header and the totals row (Excel keeps at least one). */
export function bodyRect(table: TableModel): Rect {
  return {
    ...table.rect,
    top: table.rect.top + (table.showHeaders ? 1 : 0),
    bottom: table.rect.bottom - (table.showTotals ? 1 : 0),
  };
}

/** Column `index` (0-based) of a table, restricted to `part` (the whole table by default). */
export function columnRect(table: TableModel, index: number, part: Rect = table.rect): Rect {
  const column = table.rect.left + index;
  return { top: part.top, bottom: part.bottom, left: column, right: column };
}

/** The tables of `sheet` that `rect` overlaps. */
export function tablesIn(sheet: Sheet, rect: Rect): TableModel[] {
  return sheet.tables.filter((t) => intersects(t.rect, rect));
}

/**
 * Brings the column names of the tables under `rect` in line with their header cells after the
 * cells changed, as Excel does: a header is always text (a number or TRUE typed there becomes its
 * text), an emptied header becomes `ColumnN`, and a name another column of the table already has
 * (in any case) gets the first free number appended (`天気2`). The cell then shows the name.
 */
export function syncHeaders(sheet: Sheet, rect: Rect): void {
  for (const table of tablesIn(sheet, rect)) {
    const header = headerRect(table);
    if (!header || !intersects(header, rect)) continue;
    for (let i = 0; i < table.columns.length; i++) {
      const column = table.rect.left + i;
      if (column < rect.left || column > rect.right) continue;
      const cell = sheet.ensureCell(header.top, column);
      const others = table.columns.filter((_, j) => j !== i).map((c) => c.name.toLowerCase());
      const name = uniqueName(headerText(cell) || `Column${i + 1}`, others);
      table.columns[i].name = name;
      setText(cell, name);
    }
  }
}

function headerText(cell: Cell): string {
  if (cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}

function uniqueName(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!taken.includes(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}

function setText(cell: Cell, text: string): void {
  cell.value = text;
  delete cell.error;
  delete cell.formula;
  delete cell.quotePrefix;
}
