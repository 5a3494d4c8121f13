import type { CellValue } from "../../core/port/grid";
import { cellValue, forEachCell, hasFormula, type ValueContext } from "../read/sheet-cells";
import { attr, findElement, findElements, withAttr, type Element } from "../xml/xml-scan";
import { parseSqref, rangeRef } from "./ranges";

/**
 * Cell-level edits of an existing worksheet's XML. Only the rows that get a cell are rebuilt; every
 * other byte of the part, other rows, formulas, conditional formats, comments' anchors, stays.
 */
export interface SheetIndex {
  readonly xml: string;
  readonly prefix: string;
  readonly data: Element | null;
  /** Row elements in file order, which the format requires to be ascending. */
  readonly rows: readonly RowSpan[];
}

export interface RowSpan {
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  readonly end: number;
  readonly tag: string;
  readonly selfClosing: boolean;
}

export interface ExistingCell {
  readonly row: number;
  readonly col: number;
  readonly style: number;
  readonly formula: boolean;
  readonly value: CellValue;
  /** Attributes other than r, s and t that stay with the cell (`ph`, the phonetic flag). */
  readonly keep: string;
}

export function indexSheet(xml: string, prefix: string): SheetIndex {
  const data = findElement(xml, `${prefix}sheetData`);
  const rows: RowSpan[] = [];
  if (data && !data.selfClosing) {
    let last = -1;
    for (const el of findElements(xml, `${prefix}row`, data.openEnd, data.end)) {
      const r = attr(el.tag, "r");
      last = r === null ? last + 1 : Number(r) - 1;
      rows.push({
        row: last,
        start: el.start,
        openEnd: el.openEnd,
        end: el.end,
        tag: el.tag,
        selfClosing: el.selfClosing,
      });
    }
  }
  return { xml, prefix, data, rows };
}

/** The cells that exist in the given rows, by `key(row, col)`. */
export function existingCells(
  index: SheetIndex,
  rows: ReadonlySet<number>,
  ctx: ValueContext,
): Map<number, ExistingCell> {
  const out = new Map<number, ExistingCell>();
  const { xml, prefix } = index;
  for (const span of index.rows) {
    if (!rows.has(span.row) || span.selfClosing) continue;
    forEachCell(xml, prefix, span.openEnd, span.end, (cell) => {
      const row = span.row;
      const tag = xml.slice(cell.start, xml.indexOf(">", cell.start) + 1);
      out.set(key(row, cell.col), {
        row,
        col: cell.col,
        style: cell.style,
        formula: hasFormula(xml, cell, prefix),
        value: cellValue(xml, cell, ctx),
        keep: attr(tag, "ph") === null ? "" : ` ph="${attr(tag, "ph")}"`,
      });
    });
  }
  return out;
}

/**
 * The style a new cell gets where none is planned: the row's, when the row carries one, else its
 * column's, as Excel gives a cell typed into an empty place.
 */
export function inheritedStyle(index: SheetIndex, row: number, col: number): number {
  const span = findRow(index.rows, row);
  if (span && /^(1|true)$/u.test(attr(span.tag, "customFormat") ?? ""))
    return Number(attr(span.tag, "s") ?? 0);
  for (const c of columnStyles(index)) if (col >= c.min && col <= c.max) return c.style;
  return 0;
}

/** The sheet's `<col>` styles, read once per index: asked for every new cell of a big write. */
function columnStyles(index: SheetIndex): readonly { min: number; max: number; style: number }[] {
  let known = colStyles.get(index);
  if (!known) {
    const cols = findElement(index.xml, `${index.prefix}cols`);
    known = cols
      ? findElements(index.xml, `${index.prefix}col`, cols.start, cols.end).map((el) => ({
          min: Number(attr(el.tag, "min")) - 1,
          max: Number(attr(el.tag, "max")) - 1,
          style: Number(attr(el.tag, "style") ?? 0),
        }))
      : [];
    colStyles.set(index, known);
  }
  return known;
}

/** Keyed by the index itself, so the memory goes when the index does. */
const colStyles = new WeakMap<SheetIndex, readonly { min: number; max: number; style: number }[]>();

/** The sheet XML with cells replaced or added: `cells` maps a row to its new cell elements by column. */
export function patchCells(
  index: SheetIndex,
  cells: ReadonlyMap<number, ReadonlyMap<number, string>>,
): string {
  const { xml, prefix } = index;
  const rowNumbers = [...cells.keys()].sort((a, b) => a - b);
  if (rowNumbers.length === 0) return xml;
  const out: string[] = [];
  let at = 0;
  let spanIndex = 0;
  const data = index.data;
  if (!data) throw new Error("sheet has no sheetData");
  if (data.selfClosing) {
    const rowsXml = rowNumbers.map((row) => newRow(prefix, row, cells.get(row) ?? new Map())).join("");
    const filled = `${xml.slice(0, data.start)}<${prefix}sheetData>${rowsXml}</${prefix}sheetData>${xml.slice(data.end)}`;
    return widenDimension(filled, prefix, rowNumbers, cells);
  }
  const insertAt = data.end - `</${prefix}sheetData>`.length;
  for (const row of rowNumbers) {
    const newCells = cells.get(row) ?? new Map<number, string>();
    while (spanIndex < index.rows.length && index.rows[spanIndex].row < row) spanIndex++;
    const span = index.rows[spanIndex];
    if (span && span.row === row) {
      out.push(xml.slice(at, span.start), rebuildRow(xml, prefix, span, newCells));
      at = span.end;
    } else {
      const where = span ? span.start : insertAt;
      out.push(xml.slice(at, where), newRow(prefix, row, newCells));
      at = where;
    }
  }
  out.push(xml.slice(at));
  return widenDimension(out.join(""), prefix, rowNumbers, cells);
}

export function key(row: number, col: number): number {
  return row * 16_384 + col;
}

function findRow(rows: readonly RowSpan[], row: number): RowSpan | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row === row) return rows[mid];
    if (rows[mid].row < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function rebuildRow(
  xml: string,
  prefix: string,
  span: RowSpan,
  newCells: ReadonlyMap<number, string>,
): string {
  const parts: { col: number; lead: string; xml: string }[] = [];
  let tail = "";
  if (!span.selfClosing) {
    let lastEnd = span.openEnd;
    forEachCell(xml, prefix, span.openEnd, span.end, (cell) => {
      let own = xml.slice(cell.start, cell.end);
      // Cells may omit r and follow the one before; once cells are inserted, each must say where it is.
      if (!/\sr\s*=/u.test(own.slice(0, own.indexOf(">"))))
        own = own.replace(
          /^<[^\s/>]+/u,
          (m) => `${m} r="${rangeRef({ top: span.row, bottom: span.row, left: cell.col, right: cell.col })}"`,
        );
      parts.push({ col: cell.col, lead: xml.slice(lastEnd, cell.start), xml: own });
      lastEnd = cell.end;
    });
    tail = xml.slice(lastEnd, span.end - `</${prefix}row>`.length);
  }
  const byCol = new Map(parts.map((p) => [p.col, p]));
  for (const [col, cellXml] of newCells) {
    const old = byCol.get(col);
    if (old) old.xml = cellXml;
    else parts.push({ col, lead: "", xml: cellXml });
  }
  parts.sort((a, b) => a.col - b.col);
  let tag = span.tag.replace(/\/>$/u, ">");
  const spans = attr(tag, "spans");
  if (spans !== null) {
    const [lo, hi] = spans.split(":").map(Number);
    const cols = [...newCells.keys()];
    const min = Math.min(lo, ...cols.map((c) => c + 1));
    const max = Math.max(hi, ...cols.map((c) => c + 1));
    tag = withAttr(tag, "spans", `${min}:${max}`);
  }
  return `${tag}${parts.map((p) => p.lead + p.xml).join("")}${tail}</${prefix}row>`;
}

function newRow(prefix: string, row: number, cells: ReadonlyMap<number, string>): string {
  const sorted = [...cells].sort((a, b) => a[0] - b[0]);
  return `<${prefix}row r="${row + 1}">${sorted.map(([, x]) => x).join("")}</${prefix}row>`;
}

function widenDimension(
  xml: string,
  prefix: string,
  rows: readonly number[],
  cells: ReadonlyMap<number, ReadonlyMap<number, string>>,
): string {
  const dim = findElement(xml, `${prefix}dimension`);
  if (!dim) return xml;
  const [range] = parseSqref(attr(dim.tag, "ref") ?? "A1");
  if (!range) return xml;
  let { top, bottom, left, right } = range;
  for (const row of rows) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    for (const col of cells.get(row)?.keys() ?? []) {
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }
  const ref = rangeRef({ top, bottom, left, right });
  return xml.slice(0, dim.start) + withAttr(dim.tag, "ref", ref) + xml.slice(dim.end);
}
