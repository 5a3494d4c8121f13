/**
 * `Range.format`: alignment, wrapping, column widths and row heights (in points), and autofit. Font,
 * fill and borders are in range-format-parts.ts. Mixed values across the range read as null.
 */
import { rectColumns } from "../model/address";
import { HORIZONTAL_ALIGNMENTS, matchEnum, VERTICAL_ALIGNMENTS, type CellFormat } from "../model/cell-format";
import { cellText } from "../model/number-format";
import type { Cell } from "../model/workbook";
import { fail, notImplemented } from "../protocol/errors";
import { argBoolean, argNumber, show } from "./args";
import { hostObject, type ClassSpec, type ExecContext } from "./class-spec";
import { uniform, writeEach } from "./cell-walk";
import { fontSpec, fillSpec, bordersSpec } from "./range-format-parts";
import { assertEditable, storedCellsIn, type RangeRef } from "./range-ref";

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

export const rangeFormatSpec: ClassSpec<RangeRef> = {
  name: "RangeFormat",
  properties: {
    WrapText: cellProperty("wrapText", false, (v, loc) => argBoolean(v, loc)),
    HorizontalAlignment: cellProperty(
      "horizontalAlignment",
      "General",
      (v, loc) =>
        matchEnum(HORIZONTAL_ALIGNMENTS, v) ?? fail("InvalidArgument", loc, `unknown alignment ${show(v)}`),
    ),
    VerticalAlignment: cellProperty(
      "verticalAlignment",
      "Bottom",
      (v, loc) =>
        matchEnum(VERTICAL_ALIGNMENTS, v) ?? fail("InvalidArgument", loc, `unknown alignment ${show(v)}`),
    ),
    ColumnWidth: {
      since: "1.2",
      get: (range, ctx) =>
        sameNumber(
          columnsOf(range).map((c) => range.sheet.columnWidths.get(c) ?? ctx.workbook.standardWidth),
        ),
      set: (range, value) => {
        const points = argNumber(value, "RangeFormat.columnWidth");
        if (points < 0) fail("InvalidArgument", "RangeFormat.columnWidth", "a width cannot be negative");
        assertEditable(range.sheet, "formatColumns", "RangeFormat.columnWidth");
        for (const c of columnsOf(range)) range.sheet.columnWidths.set(c, points);
      },
    },
    RowHeight: {
      since: "1.2",
      get: (range, ctx) => {
        const heights: number[] = [];
        for (let r = range.rect.top; r <= range.rect.bottom; r++) {
          heights.push(range.sheet.rowHeights.get(r) ?? ctx.workbook.standardHeight);
          if (heights.length > 1 && heights[0] !== heights[heights.length - 1]) return null;
        }
        return heights[0];
      },
      set: (range, value) => {
        const points = argNumber(value, "RangeFormat.rowHeight");
        if (points < 0 || points > MAX_ROW_HEIGHT) {
          fail("InvalidArgument", "RangeFormat.rowHeight", `a row height is 0 to ${MAX_ROW_HEIGHT} points`);
        }
        assertEditable(range.sheet, "formatRows", "RangeFormat.rowHeight");
        for (let r = range.rect.top; r <= range.rect.bottom; r++) range.sheet.rowHeights.set(r, points);
      },
    },
  },
  navigation: {
    Font: { get: (range) => hostObject(fontSpec, range) },
    Fill: { get: (range) => hostObject(fillSpec, range) },
    Borders: { get: (range) => hostObject(bordersSpec, range) },
  },
  methods: {
    AutofitColumns: {
      since: "1.2",
      call: (range) => {
        assertEditable(range.sheet, "formatColumns", "RangeFormat.autofitColumns");
        autofitColumns(range);
        return null;
      },
    },
    AutofitRows: {
      since: "1.2",
      // Row heights follow wrapped text and font sizes in Excel; the emulator does not measure them.
      call: (range) => {
        assertEditable(range.sheet, "formatRows", "RangeFormat.autofitRows");
        return null;
      },
    },
  },
};

/** A property stored per cell in `CellFormat`, read as one value or null. */
function cellProperty<K extends "wrapText" | "horizontalAlignment" | "verticalAlignment">(
  key: K,
  fallback: NonNullable<CellFormat[K]>,
  check: (value: unknown, location: string) => NonNullable<CellFormat[K]>,
) {
  const location = `RangeFormat.${key}`;
  return {
    get: (range: RangeRef) => uniform(range, (cell) => cell?.format?.[key] ?? fallback),
    set: (range: RangeRef, value: unknown, _ctx: ExecContext) => {
      const checked = check(value, location);
      assertEditable(range.sheet, "formatCells", location);
      writeEach(range, location, (cell) => {
        cell.format = { ...cell.format, [key]: checked };
      });
    },
  };
}

function columnsOf(range: RangeRef): number[] {
  return Array.from({ length: rectColumns(range.rect) }, (_, i) => range.rect.left + i);
}

function sameNumber(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

/**
 * Autofit measured by character count: a full-width character counts as two, at about 7 pixels a
 * character plus padding. Empty columns keep their width. An estimate, not Excel's font metrics.
 */
function autofitColumns(range: RangeRef): void {
  if (rectColumns(range.rect) > 16_384)
    throw notImplemented("RangeFormat.autofitColumns", "autofit of this range");
  const widest = new Map<number, number>();
  for (const { column, cell } of storedCellsIn(range.sheet, range.rect)) {
    const units = displayUnits(cell);
    if (units > (widest.get(column) ?? 0)) widest.set(column, units);
  }
  for (const [column, units] of widest) range.sheet.columnWidths.set(column, pointsForCharacters(units + 1));
}

export function pointsForCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function charactersForPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function displayUnits(cell: Cell): number {
  const text = cellText(cell) ?? String(cell.value);
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return units;
}
