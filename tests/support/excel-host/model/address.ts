/**
 * A1 addresses as Excel writes and reads them: `A1`, `$B$2:C10`, `A:C`, `3:5`, with or without a
 * sheet (`Sheet1!A1`, `'My sheet'!A1`). Rectangles are 0-based and inclusive.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedAddress {
  /** The sheet named in the address, unquoted; undefined when the address has none. */
  readonly sheetName?: string;
  readonly rect: Rect;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses an address, or gives null when Excel would refuse it (InvalidArgument). */
export function parseAddress(text: string): ParsedAddress | null {
  const bang = splitSheet(text.trim());
  if (!bang) return null;
  const parts = bang.local.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const first = parsePart(parts[0]);
  const second = parts.length === 2 ? parsePart(parts[1]) : first;
  if (!first || !second || first.kind !== second.kind) return null;
  if (parts.length === 1 && first.kind !== "cell") return null;
  if (first.kind === "column" && second.kind === "column") {
    return { sheetName: bang.sheet, rect: box(0, first.col, MAX_ROWS - 1, second.col) };
  }
  if (first.kind === "row" && second.kind === "row") {
    return { sheetName: bang.sheet, rect: box(first.row, 0, second.row, MAX_COLUMNS - 1) };
  }
  if (first.kind === "cell" && second.kind === "cell") {
    return { sheetName: bang.sheet, rect: box(first.row, first.col, second.row, second.col) };
  }
  return null;
}

/** `Sheet1!A1`, `Sheet1!A1:B2`, `Sheet1!A:A`, `Sheet1!1:1`, quoting the sheet name when Excel does. */
export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatLocal(rect)}`;
}

/** `Sheet1!$A$1:$B$2`, the form Excel stores in references such as a list validation's source. */
export function formatAbsolute(sheetName: string, rect: Rect): string {
  const start = `$${columnLetters(rect.left)}$${rect.top + 1}`;
  const single = rect.top === rect.bottom && rect.left === rect.right;
  const end = single ? "" : `:$${columnLetters(rect.right)}$${rect.bottom + 1}`;
  return `${quoteSheetName(sheetName)}!${start}${end}`;
}

export function formatLocal(rect: Rect): string {
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  if (wholeRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  const start = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/**
 * Excel leaves a name bare when it is letters, digits, `_` and `.` and cannot be read as a cell
 * reference; anything else is wrapped in apostrophes, with inner apostrophes doubled.
 */
export function quoteSheetName(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name);
  return bare ? name : `'${name.replace(/'/gu, "''")}'`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

export function inBounds(rect: Rect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLUMNS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right
  );
}

type Part =
  { kind: "cell"; row: number; col: number } | { kind: "column"; col: number } | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(text);
  if (cell) {
    const row = Number(cell[2]) - 1;
    const col = columnNumber(cell[1]);
    return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { kind: "cell", row, col } : null;
  }
  const column = /^\$?([A-Za-z]{1,3})$/u.exec(text);
  if (column) {
    const col = columnNumber(column[1]);
    return col < MAX_COLUMNS ? { kind: "column", col } : null;
  }
  const row = /^\$?(\d{1,7})$/u.exec(text);
  if (row) {
    const r = Number(row[1]) - 1;
    return r >= 0 && r < MAX_ROWS ? { kind: "row", row: r } : null;
  }
  return null;
}

function splitSheet(text: string): { sheet?: string; local: string } | null {
  if (text.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.+)$/u.exec(text);
    return m ? { sheet: m[1].replace(/''/gu, "'"), local: m[2] } : null;
  }
  const at = text.lastIndexOf("!");
  if (at < 0) return { local: text };
  const sheet = text.slice(0, at);
  return sheet === "" ? null : { sheet, local: text.slice(at + 1) };
}

function box(r0: number, c0: number, r1: number, c1: number): Rect {
  return { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
}
