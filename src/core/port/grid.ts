/**
 * The grid is the only thing the core knows about a workbook: plain values per cell and, where the
 * host can tell, the merged ranges. Each host adapter (src/excel, src/xlsx) fills it in through the
 * read port (port/read.ts); nothing here knows where it came from. A grid may hold only some
 * columns of a big sheet: cells that were not read are null, like empty ones.
 */

/** An error value shown in a cell, e.g. `#N/A`, `#REF!`, `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value as the user sees it. Formulas arrive as their cached result; dates arrive as
 * ISO strings (`2025-08-25`) because the core never does date arithmetic on cells.
 */
export type CellValue = string | number | boolean | CellError | null;

/** A rectangle of cells, 0-based and inclusive on every side. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  readonly hidden: boolean;
  /** `rows[r][c]`, 0-based; sheet row r + 1 as Excel numbers it. Rows may be shorter than others. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Merged ranges, when the host can tell (Office.js reads them only from ExcelApi 1.13). */
  readonly merges?: readonly CellRange[];
}

/** Excel's last column, XFD, 0-based: a sheet has no cell to its right. */
export const LAST_COLUMN = 16_383;

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

/** The text a reader sees in the cell, untrimmed; empty for an empty cell. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.error;
}

/** True for no value or only white space (ideographic space included). */
export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  return typeof value === "string" && value.trim() === "";
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const cells = sheet.rows[row];
  if (!cells || col >= cells.length) return null;
  return cells[col] ?? null;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1`-style address of a 0-based cell. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Integers print without a decimal point; other numbers as JavaScript prints them, trimmed of float noise. */
function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}
