import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../core/port/grid";
import { findElement, rootPrefix } from "../xml/xml-scan";
import type { SheetPart, XlsxPackage } from "./open-package";
import { cellValue, forEachCell, type ValueContext } from "./sheet-cells";
import { readMerges, readValidations, type FoundValidation } from "./sheet-extras";

/** A worksheet read for its values, with what the writer needs to know of it. */
export interface ReadSheet {
  readonly grid: SheetGrid & { readonly merges: readonly CellRange[] };
  /** Every data validation on the sheet, list or not. */
  readonly validations: readonly FoundValidation[];
}

/**
 * Every sheet's values, merges and visibility: the grid the core reads, through its one in-memory
 * reader (core/port/grid-reader.ts) on the command line and in the preview alike.
 */
export function readWorkbookGrid(pkg: XlsxPackage): WorkbookGrid {
  return { sheets: pkg.sheets.map((s) => readSheet(pkg, s).grid) };
}

/**
 * One sheet's values. Cells covered by a merge read as empty but for the top-left one, which
 * holds what the merged cell shows. Chart sheets read as empty sheets.
 */
export function readSheet(pkg: XlsxPackage, sheet: SheetPart): ReadSheet {
  const hidden = sheet.state !== "visible";
  const xml = sheet.path === null ? null : pkg.text(sheet.path);
  const prefix = xml === null ? null : rootPrefix(xml, "worksheet");
  if (xml === null || prefix === null)
    return { grid: { name: sheet.name, hidden, rows: [], merges: [] }, validations: [] };
  const data = findElement(xml, `${prefix}sheetData`);
  const rows: CellValue[][] = [];
  if (data && !data.selfClosing) {
    const ctx: ValueContext = { ...pkg, prefix };
    forEachCell(xml, prefix, data.openEnd, data.end, (cell) => {
      const value = cellValue(xml, cell, ctx);
      if (value === null || cell.row < 0 || cell.col < 0) return;
      while (rows.length <= cell.row) rows.push([]);
      const row = rows[cell.row];
      while (row.length < cell.col) row.push(null);
      row[cell.col] = value;
    });
  }
  const after = data ? data.end : 0;
  const merges = readMerges(xml, prefix, after);
  for (const m of merges) blankCovered(rows, m);
  return {
    grid: { name: sheet.name, hidden, rows, merges },
    validations: readValidations(xml, prefix, after),
  };
}

function blankCovered(rows: CellValue[][], m: CellRange): void {
  for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
    const row = rows[r];
    for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) {
      if (r !== m.top || c !== m.left) row[c] = null;
    }
  }
}
