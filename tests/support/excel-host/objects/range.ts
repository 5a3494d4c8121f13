/**
 * `Excel.Range`: address and size, contents, hidden rows and columns, merges, selection, and the
 * navigation calls the client itself makes when it splits a large write (`GetRow`,
 * `GetBoundingRect`).
 */
import {
  formatAddress,
  inBounds,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  rectColumns,
  rectRows,
  type Rect,
} from "../model/address";
import { fail, SHAPE_MISMATCH } from "../protocol/errors";
import { argInteger, argObject, optionalBoolean } from "./args";
import type { Cell } from "../model/workbook";
import {
  hostObject,
  type ClassSpec,
  type ExecContext,
  type HostObject,
  type PropertySpec,
} from "./class-spec";
import { dataValidationSpec } from "./data-validation";
import { rangeFormatSpec } from "./range-format";
import {
  readFormula,
  readGrid,
  readNumberFormat,
  readValue,
  readValueType,
  textReader,
  writeContent,
  type ContentKind,
} from "./range-content";
import { rangeActionSpecs } from "./range-actions";
import { mergedAreasOf } from "./range-areas";
import { assertEditable, cellCount, type RangeRef } from "./range-ref";
import { worksheetSpec } from "./worksheet";

export function rangeObject(range: RangeRef): HostObject<RangeRef> {
  return hostObject(rangeSpec, range);
}

export const rangeSpec: ClassSpec<RangeRef> = {
  name: "Range",
  referenceable: true,
  properties: {
    Address: { get: (r) => formatAddress(r.sheet.name, r.rect) },
    AddressLocal: { get: (r) => formatAddress(r.sheet.name, r.rect) },
    RowIndex: { get: (r) => r.rect.top },
    ColumnIndex: { get: (r) => r.rect.left },
    RowCount: { get: (r) => rectRows(r.rect) },
    ColumnCount: { get: (r) => rectColumns(r.rect) },
    CellCount: { get: (r) => cellCount(r.rect) },
    Values: contentProperty("values", () => readValue, "Values"),
    Formulas: contentProperty("formulas", () => readFormula, "Formulas"),
    FormulasLocal: contentProperty("formulasLocal", () => readFormula, "Formulas"),
    NumberFormat: contentProperty("numberFormat", () => readNumberFormat, "NumberFormat"),
    NumberFormatLocal: {
      since: "1.7",
      ...contentProperty("numberFormatLocal", () => readNumberFormat, "NumberFormat"),
    },
    Text: contentProperty("text", textReader),
    ValueTypes: contentProperty("valueTypes", () => readValueType),
    IsEntireColumn: { since: "1.7", get: (r) => r.rect.top === 0 && r.rect.bottom === MAX_ROWS - 1 },
    IsEntireRow: { since: "1.7", get: (r) => r.rect.left === 0 && r.rect.right === MAX_COLUMNS - 1 },
    ...hiddenProperties(),
  },
  navigation: {
    Format: { get: (r) => hostObject(rangeFormatSpec, r) },
    DataValidation: { since: "1.8", get: (r) => hostObject(dataValidationSpec, r) },
    Worksheet: { get: (r) => hostObject(worksheetSpec, r.sheet) },
  },
  methods: {
    GetRow: { call: (r, [i]) => part(r, { top: r.rect.top + row(r, i), bottom: r.rect.top + row(r, i) }) },
    GetColumn: {
      call: (r, [j]) => part(r, { left: r.rect.left + column(r, j), right: r.rect.left + column(r, j) }),
    },
    GetCell: {
      call: (r, [i, j]) => {
        const top = r.rect.top + argInteger(i, "Range.getCell");
        const left = r.rect.left + argInteger(j, "Range.getCell");
        return moved(r, "Range.getCell", { top, left, bottom: top, right: left });
      },
    },
    GetBoundingRect: {
      call: (r, [other]) => {
        const o = argObject(other, rangeSpec, "Range.getBoundingRect").target;
        if (o.sheet !== r.sheet)
          fail("InvalidArgument", "Range.getBoundingRect", "the ranges are on different sheets");
        return rangeObject({ sheet: r.sheet, rect: bounding(r.rect, o.rect) });
      },
    },
    GetIntersection: {
      call: (r, [other]) => intersection(r, other) ?? fail("ItemNotFound", "Range.getIntersection"),
    },
    GetIntersectionOrNullObject: { since: "1.4", call: (r, [other]) => intersection(r, other) },
    GetResizedRange: {
      since: "1.3",
      call: (r, [dr, dc]) =>
        moved(r, "Range.getResizedRange", {
          ...r.rect,
          bottom: r.rect.bottom + integer(dr, "Range.getResizedRange"),
          right: r.rect.right + integer(dc, "Range.getResizedRange"),
        }),
    },
    GetOffsetRange: {
      call: (r, [dr, dc]) => {
        const rows = integer(dr, "Range.getOffsetRange");
        const cols = integer(dc, "Range.getOffsetRange");
        const { top, left, bottom, right } = r.rect;
        return moved(r, "Range.getOffsetRange", {
          top: top + rows,
          bottom: bottom + rows,
          left: left + cols,
          right: right + cols,
        });
      },
    },
    GetEntireRow: {
      call: (r) => rangeObject({ sheet: r.sheet, rect: { ...r.rect, left: 0, right: MAX_COLUMNS - 1 } }),
    },
    GetEntireColumn: {
      call: (r) => rangeObject({ sheet: r.sheet, rect: { ...r.rect, top: 0, bottom: MAX_ROWS - 1 } }),
    },
    GetLastCell: {
      call: (r) =>
        rangeObject({ sheet: r.sheet, rect: { ...r.rect, top: r.rect.bottom, left: r.rect.right } }),
    },
    GetLastRow: { call: (r) => rangeObject({ sheet: r.sheet, rect: { ...r.rect, top: r.rect.bottom } }) },
    GetLastColumn: { call: (r) => rangeObject({ sheet: r.sheet, rect: { ...r.rect, left: r.rect.right } }) },
    GetUsedRange: {
      call: (r, [valuesOnly]) =>
        usedWithin(r, valuesOnly) ?? fail("ItemNotFound", "Range.getUsedRange", "no used cells"),
    },
    GetUsedRangeOrNullObject: { since: "1.4", call: (r, [valuesOnly]) => usedWithin(r, valuesOnly) },
    GetMergedAreasOrNullObject: { since: "1.13", call: (r) => mergedAreasOf(r) },
    _ValidateArraySize: {
      call: (r, [rows, columns]) => {
        if (rows !== rectRows(r.rect) || columns !== rectColumns(r.rect)) {
          fail(
            "InvalidArgument",
            "Range.values",
            `the array is ${rows}×${columns} but the range is ${rectRows(r.rect)}×${rectColumns(r.rect)}`,
            SHAPE_MISMATCH,
          );
        }
        return null;
      },
    },
    ...rangeActionSpecs(),
  },
};

/** A cell-content property, read as a 2-D array; reads and writes are noted in the request's record. */
function contentProperty(
  name: string,
  reader: (ctx: ExecContext) => (cell: Cell | undefined) => unknown,
  write?: ContentKind,
): PropertySpec<RangeRef> {
  const address = (r: RangeRef) => formatAddress(r.sheet.name, r.rect);
  return {
    get: (r, ctx) => {
      const grid = readGrid(r, `Range.${name}`, reader(ctx));
      ctx.noteAccess("read", name, address(r));
      return grid;
    },
    set: write
      ? (r, v, ctx) => {
          writeContent(r, write, v, ctx);
          ctx.noteAccess("write", name, address(r));
        }
      : undefined,
  };
}

function hiddenProperties(): ClassSpec<RangeRef>["properties"] {
  const state = (set: Set<number>, from: number, to: number): boolean | null => {
    let hidden = 0;
    for (let i = from; i <= to; i++) if (set.has(i)) hidden++;
    return hidden === 0 ? false : hidden === to - from + 1 ? true : null;
  };
  return {
    RowHidden: {
      since: "1.2",
      get: (r) => state(r.sheet.hiddenRows, r.rect.top, r.rect.bottom),
      set: (r, v) =>
        hide(r.sheet.hiddenRows, r.rect.top, r.rect.bottom, v, r, "formatRows", "Range.rowHidden"),
    },
    ColumnHidden: {
      since: "1.2",
      get: (r) => state(r.sheet.hiddenColumns, r.rect.left, r.rect.right),
      set: (r, v) =>
        hide(r.sheet.hiddenColumns, r.rect.left, r.rect.right, v, r, "formatColumns", "Range.columnHidden"),
    },
    Hidden: {
      since: "1.2",
      get: (r) =>
        state(r.sheet.hiddenRows, r.rect.top, r.rect.bottom) === true ||
        state(r.sheet.hiddenColumns, r.rect.left, r.rect.right) === true,
    },
  };
}

function hide(
  set: Set<number>,
  from: number,
  to: number,
  value: unknown,
  range: RangeRef,
  edit: "formatRows" | "formatColumns",
  location: string,
): void {
  const hidden = optionalBoolean(value, location, false);
  assertEditable(range.sheet, edit, location);
  for (let i = from; i <= to; i++) {
    if (hidden) set.add(i);
    else set.delete(i);
  }
}

function row(r: RangeRef, i: unknown): number {
  const n = argInteger(i, "Range.getRow");
  return n < rectRows(r.rect) ? n : fail("InvalidArgument", "Range.getRow", `row ${n} is outside the range`);
}

function column(r: RangeRef, j: unknown): number {
  const n = argInteger(j, "Range.getColumn");
  return n < rectColumns(r.rect)
    ? n
    : fail("InvalidArgument", "Range.getColumn", `column ${n} is outside the range`);
}

function integer(value: unknown, location: string): number {
  return typeof value === "number" && Number.isInteger(value)
    ? value
    : fail("InvalidArgument", location, "expected an integer");
}

function part(r: RangeRef, change: Partial<Rect>): HostObject<RangeRef> {
  return rangeObject({ sheet: r.sheet, rect: { ...r.rect, ...change } });
}

function moved(r: RangeRef, location: string, rect: Rect): HostObject<RangeRef> {
  if (!inBounds(rect)) fail("InvalidArgument", location, "the result would leave the worksheet");
  return rangeObject({ sheet: r.sheet, rect });
}

function bounding(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function intersection(r: RangeRef, other: unknown): HostObject<RangeRef> | null {
  const o = argObject(other, rangeSpec, "Range.getIntersection").target;
  if (o.sheet !== r.sheet || !intersects(r.rect, o.rect)) return null;
  const rect = {
    top: Math.max(r.rect.top, o.rect.top),
    left: Math.max(r.rect.left, o.rect.left),
    bottom: Math.min(r.rect.bottom, o.rect.bottom),
    right: Math.min(r.rect.right, o.rect.right),
  };
  return rangeObject({ sheet: r.sheet, rect });
}

function usedWithin(r: RangeRef, valuesOnly: unknown): HostObject<RangeRef> | null {
  const used = r.sheet.usedRect(optionalBoolean(valuesOnly, "Range.getUsedRange", false));
  if (!used || !intersects(used, r.rect)) return null;
  return intersection(r, rangeObject({ sheet: r.sheet, rect: used }));
}
