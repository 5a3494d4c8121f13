import { indexIn } from "../xml/xml-scan";
import type { CellValue } from "../../core/port/grid";
import { decodeCellText, decodeXml } from "../xml/xml-text";
import type { NumberFormats } from "./number-formats";
import { itemText } from "./string-items";

/** What reading a cell's value needs from the rest of the package. */
export interface ValueContext {
  readonly sharedStrings: readonly string[];
  readonly formats: NumberFormats;
  readonly date1904: boolean;
  /** The sheet part's namespace prefix. */
  readonly prefix: string;
}

/** A `<c>` element found in sheet XML. The scanner reuses one object: copy what you keep. */
export interface RawCell {
  row: number;
  col: number;
  start: number;
  end: number;
  /** Style index (`s`), 0 when absent. */
  style: number;
  /** Value type (`t`), "n" when absent. */
  type: string;
  innerStart: number;
  innerEnd: number;
}

/**
 * Calls `visit` for each cell element in xml[from, to), rows and columns 0-based. Rows and cells
 * without an `r` attribute follow the one before, as the format allows.
 */
export function forEachCell(
  xml: string,
  prefix: string,
  from: number,
  to: number,
  visit: (cell: RawCell) => void,
): void {
  const rowOpen = `<${prefix}row`;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  const cell: RawCell = {
    row: -1,
    col: -1,
    start: 0,
    end: 0,
    style: 0,
    type: "n",
    innerStart: 0,
    innerEnd: 0,
  };
  let row = -1;
  let col = -1;
  const nextRowTag = (after: number) => {
    let found = xml.indexOf(rowOpen, after);
    // `<rowBreaks>` and the like share the prefix; only `<row ` and `<row>` open a row.
    while (found >= 0 && !isNameEnd(xml.charCodeAt(found + rowOpen.length)))
      found = xml.indexOf(rowOpen, found + 1);
    return found;
  };
  let nextRow = nextRowTag(from);
  let at = xml.indexOf(cellOpen, from);
  while (at >= 0 && at < to) {
    const after = xml.charCodeAt(at + cellOpen.length);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      at = xml.indexOf(cellOpen, at + 1);
      continue;
    }
    while (nextRow >= 0 && nextRow < at) {
      const rowEnd = xml.indexOf(">", nextRow);
      const r = attrIn(xml, nextRow, rowEnd, "r");
      row = r === null ? row + 1 : Number(r) - 1;
      col = -1;
      nextRow = nextRowTag(rowEnd);
    }
    const tagEnd = xml.indexOf(">", at);
    const ref = attrIn(xml, at, tagEnd, "r");
    if (ref === null) col++;
    else {
      const parsed = parseRef(ref);
      col = parsed.col;
      if (parsed.row >= 0) row = parsed.row;
    }
    const s = attrIn(xml, at, tagEnd, "s");
    cell.row = row;
    cell.col = col;
    cell.start = at;
    cell.style = s === null ? 0 : Number(s);
    cell.type = attrIn(xml, at, tagEnd, "t") ?? "n";
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      cell.innerStart = cell.innerEnd = cell.end = tagEnd + 1;
    } else {
      cell.innerStart = tagEnd + 1;
      cell.innerEnd = xml.indexOf(cellClose, tagEnd);
      cell.end = cell.innerEnd + cellClose.length;
    }
    visit(cell);
    at = xml.indexOf(cellOpen, cell.end);
  }
}

/** The value a cell shows: formulas give their cached result; dates read as ISO text. */
export function cellValue(xml: string, cell: RawCell, ctx: ValueContext): CellValue {
  const p = ctx.prefix;
  if (cell.type === "inlineStr") {
    const is = indexIn(xml, `<${p}is`, cell.innerStart, cell.innerEnd);
    return is >= 0 ? itemText(xml, is, cell.innerEnd, p) : null;
  }
  const v = valueText(xml, cell, p);
  if (v === null) return null;
  switch (cell.type) {
    case "s": {
      const s = ctx.sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case "str":
      // An empty formula result reads as an empty cell, as it always has.
      return v === "" ? null : decodeCellText(v);
    case "b":
      return Number(v) !== 0;
    case "e":
      return { error: decodeXml(v) };
    case "d":
      return isoDateText(v);
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return null;
      return ctx.formats.isDate[cell.style] ? (serialDateText(n, ctx.date1904) ?? n) : n;
    }
  }
}

/** True when the cell holds a formula (`<f>`), shared or not. */
export function hasFormula(xml: string, cell: RawCell, prefix: string): boolean {
  const f = indexIn(xml, `<${prefix}f`, cell.innerStart, cell.innerEnd);
  return f >= 0 && isNameEnd(xml.charCodeAt(f + prefix.length + 2));
}

/** `N5` → row 4, column 13; a column alone (`N`) gives row -1. */
export function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch === 36) continue;
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  const digits = ref.slice(i).replace(/\$/gu, "");
  return { row: digits === "" ? -1 : Number(digits) - 1, col: col - 1 };
}

/**
 * A date serial as the grid has always shown it: `2025-08-25`, or `2025-08-25 10:30` when it has
 * a time (minutes cut, not rounded, as before). Serials past year 9999 stay numbers.
 */
export function serialDateText(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime()) || Math.abs(ms) > 253_402_300_799_999) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}

function isoDateText(v: string): string | null {
  const date = new Date(v.endsWith("Z") || v.length <= 10 ? v : `${v}Z`);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}

/** The text of the cell's `<v>`, or null when it has none. */
export function valueText(xml: string, cell: RawCell, p: string): string | null {
  const open = `<${p}v`;
  let v = indexIn(xml, open, cell.innerStart, cell.innerEnd);
  while (v >= 0 && !isNameEnd(xml.charCodeAt(v + open.length))) v = indexIn(xml, open, v + 1, cell.innerEnd);
  if (v < 0) return null;
  const openEnd = xml.indexOf(">", v) + 1;
  if (xml.charCodeAt(openEnd - 2) === 47) return "";
  return xml.slice(openEnd, xml.indexOf(`</${p}v>`, openEnd));
}

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/** An attribute of the tag in xml[start, end), read without copying the tag. */
function attrIn(xml: string, start: number, end: number, name: string): string | null {
  let at = start;
  for (;;) {
    at = indexIn(xml, name, at + 1, end);
    if (at < 0) return null;
    const before = xml.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let eq = at + name.length;
    while (xml.charCodeAt(eq) === 32) eq++;
    if (xml.charCodeAt(eq) !== 61) continue;
    eq++;
    while (xml.charCodeAt(eq) === 32) eq++;
    const quote = xml.charCodeAt(eq);
    const close = xml.indexOf(String.fromCharCode(quote), eq + 1);
    return xml.slice(eq + 1, close);
  }
}
