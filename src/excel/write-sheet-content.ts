import { cellAddress, type CellRange } from "../core/port/grid";
import type { CellStyle } from "../core/port/looks";
import {
  plannedFormat,
  type ChartSpec,
  type ContentCell,
  type NewSheet,
  type PlannedValue,
} from "../core/port/plan";
import { applyLook, lookOf, rectangles } from "./write-looks";

/** Points per character of column width: Excel's 8.43-character default column is 48 points. */
const POINTS_PER_CHAR = 48 / 8.43;

/**
 * Adds a sheet the tool made and queues its layout: position, visibility, merges, widths, hidden
 * columns, frozen rows and the print setup (where this Excel has ExcelApi 1.9). Its cells, row
 * heights and chart come in later operations (queueSheetCells, queueChart).
 */
export function queueAddSheet(
  context: Excel.RequestContext,
  spec: NewSheet,
  position: number | null,
  canPrintSetup: boolean,
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(spec.name);
  if (position !== null) sheet.position = position;
  const { content } = spec;
  content.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHAR * 10) / 10;
  });
  for (const col of content.hiddenColumns ?? []) sheet.getRangeByIndexes(0, col, 1, 1).columnHidden = true;
  for (const m of content.merges)
    sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  if (content.freezeRows) sheet.freezePanes.freezeRows(content.freezeRows);
  if (content.print && canPrintSetup) {
    sheet.pageLayout.orientation = content.print.orientation === "landscape" ? "Landscape" : "Portrait";
    sheet.pageLayout.paperSize = "A4";
    if (content.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    // A break is added at the cell that starts the new page.
    for (const row of content.print.pageStarts ?? [])
      if (row > 0) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
  }
  if (spec.hidden) sheet.visibility = "Hidden";
  return sheet;
}

/**
 * A block of a new sheet's cells as Excel takes them: one rectangle of values over the block's
 * rows, the number formats that are not General as runs down a column (set before the values, so
 * Excel keeps text as text), the looks as rectangles, and the row heights as runs.
 */
export interface CellsLayout {
  readonly top: number;
  readonly values: (string | number)[][];
  readonly formats: readonly { readonly top: number; readonly col: number; readonly formats: string[][] }[];
  readonly looks: readonly { readonly style: CellStyle; readonly range: CellRange }[];
  readonly heights: readonly { readonly height: number; readonly top: number; readonly count: number }[];
}

export function cellsLayout(
  cells: readonly ContentCell[],
  rowHeights: Readonly<Record<number, number>>,
): CellsLayout {
  let top = Infinity;
  let bottom = -1;
  let width = 0;
  for (const c of cells) {
    top = Math.min(top, c.rowIndex);
    bottom = Math.max(bottom, c.rowIndex);
    width = Math.max(width, c.col + 1);
  }
  if (bottom < 0) top = 0;
  const height = bottom - top + 1;
  const values: (string | number)[][] = Array.from({ length: Math.max(0, height) }, () =>
    new Array(width).fill(""),
  );
  const formats: string[][] = Array.from({ length: Math.max(0, height) }, () =>
    new Array(width).fill("General"),
  );
  const byStyle = new Map<CellStyle, { rowIndex: number; col: number }[]>();
  for (const c of cells) {
    values[c.rowIndex - top][c.col] = officeValue(c.value);
    formats[c.rowIndex - top][c.col] =
      plannedFormat(c.value) ?? (c.style ? (lookOf(c.style).numberFormat ?? "General") : "General");
    if (!c.style) continue;
    let list = byStyle.get(c.style);
    if (!list) byStyle.set(c.style, (list = []));
    list.push(c);
  }
  const looks = [...byStyle].flatMap(([style, list]) => rectangles(list).map((range) => ({ style, range })));
  return { top, values, formats: formatRuns(formats, top), looks, heights: heightRuns(rowHeights) };
}

/** Writes a block of a new sheet's cells: formats first, then values, looks and row heights. */
export function queueSheetCells(sheet: Excel.Worksheet, layout: CellsLayout): void {
  for (const run of layout.formats)
    sheet.getRangeByIndexes(run.top, run.col, run.formats.length, 1).numberFormat = run.formats;
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 0;
  if (rows > 0 && cols > 0) sheet.getRangeByIndexes(layout.top, 0, rows, cols).values = layout.values;
  for (const { style, range } of layout.looks) {
    const r = range.bottom - range.top + 1;
    const c = range.right - range.left + 1;
    applyLook(sheet.getRangeByIndexes(range.top, range.left, r, c), lookOf(style), { rows: r, cols: c });
  }
  for (const run of layout.heights)
    sheet.getRangeByIndexes(run.top, 0, run.count, 1).format.rowHeight = run.height;
}

/** A planned value as `range.values` takes it: "" clears, text is text, numbers are numbers. */
export function officeValue(value: PlannedValue): string | number {
  if (value.kind === "empty") return "";
  return value.kind === "number" ? value.value : value.text;
}

/** Runs down each column of cells whose format is not General. */
function formatRuns(formats: string[][], top: number): CellsLayout["formats"] {
  const runs: { top: number; col: number; formats: string[][] }[] = [];
  const width = formats[0]?.length ?? 0;
  for (let col = 0; col < width; col++) {
    let run: { top: number; col: number; formats: string[][] } | null = null;
    for (let r = 0; r < formats.length; r++) {
      const f = formats[r][col];
      if (f === "General") {
        run = null;
        continue;
      }
      if (!run) runs.push((run = { top: top + r, col, formats: [] }));
      run.formats.push([f]);
    }
  }
  return runs;
}

/** Rows of the same height next to each other, as runs, so each run is one format call. */
function heightRuns(rowHeights: Readonly<Record<number, number>>): CellsLayout["heights"] {
  const out: { height: number; top: number; count: number }[] = [];
  const entries = Object.entries(rowHeights)
    .map(([row, h]) => [Number(row), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const [row, height] of entries) {
    const last = out[out.length - 1];
    if (last && last.height === height && last.top + last.count === row) last.count++;
    else out.push({ height, top: row, count: 1 });
  }
  return out;
}

/**
 * A chart of the series range (a clustered column chart, or lines with markers), with the
 * category labels as its x axis. Excel leaves an empty cell out of a line, which is the gap the
 * core means by a null value.
 */
export function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const s = spec.seriesRange;
  const source = sheet.getRangeByIndexes(s.top, s.left, s.bottom - s.top + 1, s.right - s.left + 1);
  const chart = sheet.charts.add(CHART_TYPES[spec.type], source, "Columns");
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

/** The core's chart types in Excel's names (Excel.ChartType.columnClustered, .lineMarkers). */
const CHART_TYPES: Readonly<Record<ChartSpec["type"], "ColumnClustered" | "LineMarkers">> = {
  "column-clustered": "ColumnClustered",
  line: "LineMarkers",
};
