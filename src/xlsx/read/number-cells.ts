import { findElement, rootPrefix } from "../xml/xml-scan";
import type { SheetPart, XlsxPackage } from "./open-package";
import { forEachCell, valueText } from "./sheet-cells";

/** A cell holding a number, as the file keeps it, and the number format it is shown through. */
export interface NumberCell {
  /** The number; a date or time is its serial in the 1900 date system, whatever the workbook's. */
  readonly value: number;
  /** The cell style's format code ("General" when it has none). */
  readonly format: string;
}

/** `rows[r][c]`, 0-based, for the cells that hold numbers; other cells are holes. */
export type NumberCells = readonly (readonly (NumberCell | undefined)[] | undefined)[];

/**
 * The sheet's number cells with their formats, for a view that shows cells as Excel does. The
 * grid (read-sheets.ts) turns dates into ISO text and keeps no formats; this second, separate
 * pass is only made for a sheet that is shown.
 */
export function readNumberCells(pkg: XlsxPackage, sheet: SheetPart): NumberCells {
  const xml = sheet.path === null ? null : pkg.text(sheet.path);
  const prefix = xml === null ? null : rootPrefix(xml, "worksheet");
  if (xml === null || prefix === null) return [];
  const data = findElement(xml, `${prefix}sheetData`);
  const rows: (NumberCell | undefined)[][] = [];
  if (!data || data.selfClosing) return rows;
  // Serials in the 1904 system count from 1 January 1904, 1,462 days after the 1900 system's day 0.
  const shift = pkg.date1904 ? 1462 : 0;
  forEachCell(xml, prefix, data.openEnd, data.end, (cell) => {
    if (cell.type !== "n" || cell.row < 0 || cell.col < 0) return;
    const text = valueText(xml, cell, prefix);
    const value = text === null || text.trim() === "" ? NaN : Number(text);
    if (!Number.isFinite(value)) return;
    const format = pkg.formats.codes[cell.style] ?? "General";
    const isDate = pkg.formats.isDate[cell.style] ?? false;
    (rows[cell.row] ??= [])[cell.col] = { value: isDate ? value + shift : value, format };
  });
  return rows;
}
