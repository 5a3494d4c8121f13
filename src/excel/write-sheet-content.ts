import { cellAddress } from "../core/port/grid";
import type { CellStyle } from "../core/port/looks";
import type { ChartSpec, NewSheet, PlannedValue, SheetContent } from "../core/port/plan";
import { needsTextFormat } from "./cell-values";
import { jsonBytes, MEASURED_BUDGET } from "./payload";
import { applyLook, lookOf, rectangles } from "./write-looks";

/** Points per character of column width: Excel's 8.43-character default column is 48 points. */
const POINTS_PER_CHAR = 48 / 8.43;

/** A block of a new sheet's values, written in a sync of its own when the sheet is big. */
export interface ValueBlock {
  readonly top: number;
  readonly values: (string | number)[][];
  /** Number formats other than General, as runs down a column: most cells need none. */
  readonly formats: readonly { readonly top: number; readonly col: number; readonly formats: string[][] }[];
  readonly bytes: number;
}

/** What a new sheet needs besides its values: queued in the first write, whatever its size. */
export interface QueuedSheet {
  readonly sheet: Excel.Worksheet;
  /** Value blocks in row order, each within the payload budget. */
  readonly blocks: readonly ValueBlock[];
  /** Steps this Excel could not take (print setup without ExcelApi 1.9). */
  readonly skipped: readonly "print-setup"[];
}

/**
 * Adds a sheet the tool made and queues its layout: position, visibility, looks, merges, widths,
 * heights, hidden columns, frozen rows, print setup (when the host has ExcelApi 1.9) and the
 * chart. The values come back as blocks for the caller to write within the payload budget.
 */
export function queueNewSheet(
  context: Excel.RequestContext,
  spec: NewSheet,
  position: number | null,
  canPrintSetup: boolean,
): QueuedSheet {
  const sheet = context.workbook.worksheets.add(spec.name);
  if (position !== null) sheet.position = position;
  const { content } = spec;
  const skipped: "print-setup"[] = [];
  content.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHAR * 10) / 10;
  });
  for (const col of content.hiddenColumns ?? []) sheet.getRangeByIndexes(0, col, 1, 1).columnHidden = true;
  for (const [height, rows] of heightRuns(content)) {
    for (const run of rows) sheet.getRangeByIndexes(run.top, 0, run.count, 1).format.rowHeight = height;
  }
  const byStyle = new Map<CellStyle, { rowIndex: number; col: number }[]>();
  for (const cell of content.cells) {
    if (!cell.style) continue;
    let list = byStyle.get(cell.style);
    if (!list) byStyle.set(cell.style, (list = []));
    list.push(cell);
  }
  for (const [style, cells] of byStyle) {
    for (const r of rectangles(cells)) {
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      applyLook(sheet.getRangeByIndexes(r.top, r.left, rows, cols), lookOf(style), { rows, cols });
    }
  }
  for (const m of content.merges)
    sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  if (content.freezeRows) sheet.freezePanes.freezeRows(content.freezeRows);
  if (content.print) {
    if (canPrintSetup) {
      sheet.pageLayout.orientation = content.print.orientation === "landscape" ? "Landscape" : "Portrait";
      sheet.pageLayout.paperSize = "A4";
      if (content.print.fitToWidth)
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    } else skipped.push("print-setup");
  }
  if (content.chart) queueChart(sheet, content.chart);
  if (spec.hidden) sheet.visibility = "Hidden";
  return { sheet, blocks: valueBlocks(content), skipped };
}

/** Writes one block of values, the Text format first where Excel would otherwise retype a text. */
export function queueBlock(sheet: Excel.Worksheet, block: ValueBlock): void {
  const rows = block.values.length;
  const cols = block.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  for (const run of block.formats)
    sheet.getRangeByIndexes(run.top, run.col, run.formats.length, 1).numberFormat = run.formats;
  sheet.getRangeByIndexes(block.top, 0, rows, cols).values = block.values;
}

/** The sheet's values from A1, as rows of blocks that each fit the payload budget. */
function valueBlocks(content: SheetContent): ValueBlock[] {
  let height = 0;
  let width = 0;
  for (const c of content.cells) {
    height = Math.max(height, c.rowIndex + 1);
    width = Math.max(width, c.col + 1);
  }
  const values: (string | number)[][] = Array.from({ length: height }, () => new Array(width).fill(""));
  const formats: string[][] = Array.from({ length: height }, () => new Array(width).fill("General"));
  for (const c of content.cells) {
    values[c.rowIndex][c.col] = officeValue(c.value);
    formats[c.rowIndex][c.col] =
      officeFormat(c.value) ?? (c.style ? (lookOf(c.style).numberFormat ?? "General") : "General");
  }
  const blocks: ValueBlock[] = [];
  let top = 0;
  let bytes = 0;
  const block = (end: number): ValueBlock => ({
    top,
    values: values.slice(top, end),
    formats: formatRuns(formats, top, end),
    bytes,
  });
  for (let r = 0; r < height; r++) {
    const rowBytes =
      jsonBytes(values[r]) + formats[r].reduce((n, f) => n + (f === "General" ? 0 : f.length + 3), 0);
    if (r > top && bytes + rowBytes > MEASURED_BUDGET) {
      blocks.push(block(r));
      top = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (height > top) blocks.push(block(height));
  return blocks;
}

/** Runs down each column of cells whose format is not General, within rows top..end-1. */
function formatRuns(formats: string[][], top: number, end: number): ValueBlock["formats"] {
  const runs: { top: number; col: number; formats: string[][] }[] = [];
  const width = formats[0]?.length ?? 0;
  for (let col = 0; col < width; col++) {
    let run: { top: number; col: number; formats: string[][] } | null = null;
    for (let r = top; r < end; r++) {
      const f = formats[r][col];
      if (f === "General") {
        run = null;
        continue;
      }
      if (!run) runs.push((run = { top: r, col, formats: [] }));
      run.formats.push([f]);
    }
  }
  return runs;
}

/** A planned value as `range.values` takes it: "" clears, text is text, numbers are numbers. */
export function officeValue(value: PlannedValue): string | number {
  if (value.kind === "empty") return "";
  return value.kind === "number" ? value.value : value.text;
}

/** The number format a planned value needs, or null to leave the cell's own. */
export function officeFormat(value: PlannedValue): string | null {
  if (value.kind === "number") return value.format ?? null;
  if (value.kind === "text" && needsTextFormat(value.text, value.formulaLike)) return "@";
  return null;
}

/** Rows of the same height next to each other, as runs, so each run is one format call. */
function heightRuns(content: SheetContent): Map<number, { top: number; count: number }[]> {
  const out = new Map<number, { top: number; count: number }[]>();
  const entries = Object.entries(content.rowHeights ?? {})
    .map(([row, h]) => [Number(row), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const [row, height] of entries) {
    let runs = out.get(height);
    if (!runs) out.set(height, (runs = []));
    const last = runs[runs.length - 1];
    if (last && last.top + last.count === row) last.count++;
    else runs.push({ top: row, count: 1 });
  }
  return out;
}

/** A clustered column chart of the series range, with the category labels as its x axis. */
function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const s = spec.seriesRange;
  const source = sheet.getRangeByIndexes(s.top, s.left, s.bottom - s.top + 1, s.right - s.left + 1);
  const chart = sheet.charts.add("ColumnClustered", source, "Columns");
  chart.title.text = spec.title;
  const c = spec.categoryRange;
  const categories = sheet.getRangeByIndexes(c.top, c.left, c.bottom - c.top + 1, 1);
  spec.series.forEach((_, i) => chart.series.getItemAt(i).setXAxisValues(categories));
  const at = spec.at;
  chart.setPosition(
    cellAddress(at.rowIndex, at.col),
    cellAddress(at.rowIndex + at.rows - 1, at.col + at.cols - 1),
  );
}
