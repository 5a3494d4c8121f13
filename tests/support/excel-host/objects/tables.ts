/**
 * Excel tables through the API: `workbook.tables` and `worksheet.tables` (items, `getItem` by name
 * or id, `getItemOrNullObject`, `getItemAt`, `count`), a table's properties and ranges (`getRange`,
 * `getHeaderRowRange`, `getDataBodyRange`, `getTotalRowRange`), and its columns (name, id, index,
 * values and ranges; renaming a column writes its header cell). What a table does when cells are
 * written is in ../model/tables.ts. Anything else (adding, resizing, deleting, rows, sorting,
 * filtering, renaming a table) is not declared, so it fails loudly as a gap.
 */
import {
  allTables,
  bodyRect,
  columnRect,
  findTable,
  headerRect,
  syncHeaders,
  tablesIn,
  totalsRect,
  type SheetTable,
  type TableColumnModel,
} from "../model/tables";
import { formatAddress, type Rect } from "../model/address";
import type { Sheet, Workbook } from "../model/workbook";
import { fail, notImplemented } from "../protocol/errors";
import { argInteger, argString } from "./args";
import { hostObject, type ClassSpec, type HostObject } from "./class-spec";
import { rangeObject } from "./range";
import { readGrid, readValue } from "./range-content";
import { assertEditable, type RangeRef } from "./range-ref";
import { worksheetObject } from "./worksheet";

/** A table collection: the workbook's, or one sheet's. */
export interface TableScope {
  readonly workbook: Workbook;
  readonly sheet?: Sheet;
}

interface ColumnRef extends SheetTable {
  readonly column: TableColumnModel;
}

export function tableCollection(workbook: Workbook, sheet?: Sheet): HostObject<TableScope> {
  return hostObject(tableCollectionSpec, { workbook, sheet });
}

const inScope = (scope: TableScope): SheetTable[] =>
  scope.sheet
    ? scope.sheet.tables.map((table) => ({ sheet: scope.sheet as Sheet, table }))
    : allTables(scope.workbook);

const lookup = (scope: TableScope, key: unknown, location: string): SheetTable | undefined =>
  findTable(inScope(scope), argString(key, location));

export const tableCollectionSpec: ClassSpec<TableScope> = {
  name: "TableCollection",
  items: (scope) => inScope(scope).map(tableObject),
  // "Gets a table by name or ID." The client also re-addresses a table it got back as tables[Id].
  indexer: (scope, [key]) => {
    const found = lookup(scope, key, "TableCollection.getItem");
    return found
      ? tableObject(found)
      : fail("ItemNotFound", "TableCollection.getItem", `no table ${String(key)}`);
  },
  properties: { Count: { get: (scope) => inScope(scope).length } },
  methods: {
    GetItemOrNullObject: {
      since: "1.4",
      call: (scope, [key]) => {
        const found = lookup(scope, key, "TableCollection.getItemOrNullObject");
        return found ? tableObject(found) : null;
      },
    },
    GetItemAt: {
      call: (scope, [index]) => {
        const found = inScope(scope)[argInteger(index, "TableCollection.getItemAt")];
        return found ? tableObject(found) : fail("ItemNotFound", "TableCollection.getItemAt");
      },
    },
    GetCount: { since: "1.4", call: (scope) => inScope(scope).length },
  },
};

function tableObject(ref: SheetTable): HostObject<SheetTable> {
  return hostObject(tableSpec, ref);
}

const styleFlag = (since: string, pick: (t: SheetTable["table"]) => boolean | string) => ({
  since,
  get: ({ table }: SheetTable) => pick(table),
});

export const tableSpec: ClassSpec<SheetTable> = {
  name: "Table",
  identity: ({ table }) => ({ Id: table.id }),
  properties: {
    Id: { get: ({ table }) => table.id },
    LegacyId: { since: "1.8", get: ({ table }) => table.legacyId },
    Name: { get: ({ table }) => table.name },
    ShowHeaders: styleFlag("1.3", (t) => t.showHeaders),
    ShowTotals: styleFlag("1.3", (t) => t.showTotals),
    Style: styleFlag("1.3", (t) => t.style),
    ShowFilterButton: styleFlag("1.3", (t) => t.showFilterButton),
    ShowBandedRows: styleFlag("1.3", (t) => t.showBandedRows),
    ShowBandedColumns: styleFlag("1.3", (t) => t.showBandedColumns),
    HighlightFirstColumn: styleFlag("1.3", (t) => t.highlightFirstColumn),
    HighlightLastColumn: styleFlag("1.3", (t) => t.highlightLastColumn),
  },
  navigation: {
    Columns: { get: (ref) => hostObject(columnCollectionSpec, ref) },
    Worksheet: { since: "1.2", get: ({ sheet }) => worksheetObject(sheet) },
  },
  methods: {
    GetRange: { call: ({ sheet, table }) => rangeObject({ sheet, rect: table.rect }) },
    GetHeaderRowRange: {
      call: ({ sheet, table }) =>
        rangeObject({ sheet, rect: partOf(headerRect(table), "Table.getHeaderRowRange") }),
    },
    GetDataBodyRange: { call: ({ sheet, table }) => rangeObject({ sheet, rect: bodyRect(table) }) },
    GetTotalRowRange: {
      call: ({ sheet, table }) =>
        rangeObject({ sheet, rect: partOf(totalsRect(table), "Table.getTotalRowRange") }),
    },
  },
};

/**
 * A table's style paints its cells (a header's fill and bold font, banded rows) without being cell
 * formatting; the emulator does not model those looks, so reading a table cell's font, fill or
 * borders, or copying its formats elsewhere, is a gap rather than an answer without the style.
 */
export function assertNoTableLook(range: RangeRef, location: string): void {
  const [table] = tablesIn(range.sheet, range.rect).filter((t) => t.style !== "");
  if (table) throw notImplemented(location, `the look of table ${table.name}'s style (${table.style})`);
}

/** A table without a header (or totals) row: what Excel answers then is not modelled. */
function partOf(rect: Rect | null, location: string): Rect {
  if (!rect) throw notImplemented(location, `${location} on a table without that row`);
  return rect;
}

const columnCollectionSpec: ClassSpec<SheetTable> = {
  name: "TableColumnCollection",
  items: (ref) => ref.table.columns.map((column) => columnObject(ref, column)),
  // "Gets a column object by name or ID." The client re-addresses a column as columns[Id].
  indexer: (ref, [key]) =>
    findColumn(ref, key) ?? fail("ItemNotFound", "TableColumnCollection.getItem", `no column ${String(key)}`),
  properties: { Count: { get: ({ table }) => table.columns.length } },
  methods: {
    GetItemOrNullObject: { since: "1.4", call: (ref, [key]) => findColumn(ref, key) },
    GetItemAt: {
      call: (ref, [index]) => {
        const column = ref.table.columns[argInteger(index, "TableColumnCollection.getItemAt")];
        return column ? columnObject(ref, column) : fail("ItemNotFound", "TableColumnCollection.getItemAt");
      },
    },
    GetCount: { since: "1.4", call: ({ table }) => table.columns.length },
  },
};

function findColumn(ref: SheetTable, key: unknown): HostObject<ColumnRef> | null {
  const columns = ref.table.columns;
  const column =
    typeof key === "number"
      ? columns.find((c) => c.id === key)
      : columns.find(
          (c) => c.name.toLowerCase() === argString(key, "TableColumnCollection.getItem").toLowerCase(),
        );
  return column ? columnObject(ref, column) : null;
}

function columnObject(ref: SheetTable, column: TableColumnModel): HostObject<ColumnRef> {
  return hostObject(columnSpec, { ...ref, column });
}

const indexOf = ({ table, column }: ColumnRef) => table.columns.indexOf(column);

const columnSpec: ClassSpec<ColumnRef> = {
  name: "TableColumn",
  identity: ({ column }) => ({ Id: column.id }),
  properties: {
    Id: { get: ({ column }) => column.id },
    Index: { get: (ref) => indexOf(ref) },
    Name: {
      get: ({ column }) => column.name,
      // Renaming a column writes its header cell; Excel's header rules then apply (model/tables.ts).
      set: (ref, value, ctx) => {
        const name = argString(value, "TableColumn.name");
        const header = headerRect(ref.table);
        if (!header)
          throw notImplemented("TableColumn.name", "renaming a column of a table without a header row");
        assertEditable(ref.sheet, "contents", "TableColumn.name");
        const rect = columnRect(ref.table, indexOf(ref), header);
        const cell = ref.sheet.ensureCell(rect.top, rect.left);
        cell.value = name;
        syncHeaders(ref.sheet, rect);
        ctx.noteAccess("write", "values", formatAddress(ref.sheet.name, rect));
        ctx.touched();
      },
    },
    Values: {
      get: (ref) =>
        readGrid(
          { sheet: ref.sheet, rect: columnRect(ref.table, indexOf(ref)) },
          "TableColumn.values",
          readValue,
        ),
    },
  },
  methods: {
    GetRange: { call: (ref) => rangeObject({ sheet: ref.sheet, rect: columnRect(ref.table, indexOf(ref)) }) },
    GetHeaderRowRange: {
      call: (ref) =>
        rangeObject({
          sheet: ref.sheet,
          rect: columnRect(
            ref.table,
            indexOf(ref),
            partOf(headerRect(ref.table), "TableColumn.getHeaderRowRange"),
          ),
        }),
    },
    GetDataBodyRange: {
      call: (ref) =>
        rangeObject({ sheet: ref.sheet, rect: columnRect(ref.table, indexOf(ref), bodyRect(ref.table)) }),
    },
    GetTotalRowRange: {
      call: (ref) =>
        rangeObject({
          sheet: ref.sheet,
          rect: columnRect(
            ref.table,
            indexOf(ref),
            partOf(totalsRect(ref.table), "TableColumn.getTotalRowRange"),
          ),
        }),
    },
  },
};
