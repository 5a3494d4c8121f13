/**
 * Writes the emulated workbook to an .xlsx file a person can open: values and formulas (with cached
 * results), number formats, the modelled formats, merges, data validations, column widths, row
 * heights, hidden rows, columns and sheets, freeze panes, protection, page setup and tables. Charts
 * are left out: ExcelJS cannot write them.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../model/address";
import { fontOf, type CellSide } from "../model/cell-format";
import { bodyRect } from "../model/tables";
import type { Cell, Sheet, Validation, Workbook } from "../model/workbook";
import { charactersForPoints } from "../objects/range-format";
import { borderToExcelJs, HORIZONTAL_TO, PAPER_TO, VERTICAL_TO } from "./xlsx-styles";
import { escapeXstring } from "./xlsx-tables";

export async function saveXlsx(workbook: Workbook, path: string): Promise<void> {
  await toExcelJs(workbook).xlsx.writeFile(path);
}

export function toExcelJs(workbook: Workbook): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) writeSheet(book, sheet);
  const active = Math.max(
    0,
    workbook.sheets.findIndex((s) => s.id === workbook.activeSheetId),
  );
  book.views = [
    { activeTab: active, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" },
  ];
  return book;
}

function writeSheet(book: ExcelJS.Workbook, sheet: Sheet): void {
  const state =
    sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
  const { rows, columns } = sheet.freeze;
  const ws = book.addWorksheet(sheet.name, {
    state,
    views: rows || columns ? [{ state: "frozen", xSplit: columns, ySplit: rows }] : undefined,
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.slice(1)}` } } : undefined,
  });
  writeTables(ws, sheet);
  for (const { row, column, cell } of sheet.cells()) writeCell(ws.getCell(row + 1, column + 1), cell);
  clearTableFootprint(ws, sheet);
  for (const [c, points] of sheet.columnWidths) ws.getColumn(c + 1).width = charactersForPoints(points);
  for (const c of sheet.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  for (const [r, points] of sheet.rowHeights) ws.getRow(r + 1).height = points;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  writeValidations(ws, sheet);
  const zoom = sheet.pageLayout.zoom;
  const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: sheet.pageLayout.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: PAPER_TO[sheet.pageLayout.paperSize] as ExcelJS.PageSetup["paperSize"],
    fitToPage: fit,
    fitToWidth: zoom.horizontalFitToPages ?? 1,
    fitToHeight: zoom.verticalFitToPages ?? 1,
    scale: zoom.scale ?? 100,
    printTitlesRow: sheet.pageLayout.printTitleRows?.replace(/\$/gu, ""),
    printArea: sheet.pageLayout.printArea,
  };
  if (sheet.protection.protected) {
    const o = sheet.protection.options;
    void ws.protect(sheet.protection.password ?? "", {
      formatCells: o.allowFormatCells === true,
      formatColumns: o.allowFormatColumns === true,
      formatRows: o.allowFormatRows === true,
      objects: o.allowEditObjects !== true,
    });
  }
}

/**
 * Each table as a table part. ExcelJS fills a new table's cells from its rows (column names, and a
 * "Total" label) and writes column names as they are: the cells are written over afterwards, and
 * names are escaped as OOXML wants line breaks (`_x000A_`), which ExcelJS would turn into spaces.
 */
function writeTables(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  for (const table of sheet.tables) {
    const body = bodyRect(table);
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: `${columnLetters(table.rect.left)}${table.rect.top + 1}`,
      headerRow: table.showHeaders,
      totalsRow: table.showTotals,
      style: {
        theme: (table.style || undefined) as ExcelJS.TableStyleProperties["theme"],
        showFirstColumn: table.highlightFirstColumn,
        showLastColumn: table.highlightLastColumn,
        showRowStripes: table.showBandedRows,
        showColumnStripes: table.showBandedColumns,
      },
      columns: table.columns.map((c) => ({
        name: escapeXstring(c.name),
        filterButton: table.showFilterButton,
      })),
      rows: Array.from({ length: body.bottom - body.top + 1 }, () => table.columns.map(() => null)),
    });
  }
}

/** Empties the table cells ExcelJS filled that the workbook has nothing in. */
function clearTableFootprint(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  for (const { rect } of sheet.tables) {
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++)
        if (!sheet.cell(r, c)) ws.getCell(r + 1, c + 1).value = null;
  }
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  if (cell.formula !== undefined) {
    const result = cell.error
      ? { error: cell.value as ExcelJS.CellErrorValue["error"] }
      : (cell.value ?? undefined);
    target.value = { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  } else if (cell.error) {
    target.value = { error: cell.value as ExcelJS.CellErrorValue["error"] };
  } else if (cell.value !== null) {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const format = cell.format;
  if (!format) return;
  if (format.font) {
    const font = fontOf(format);
    target.font = {
      name: font.name,
      size: font.size,
      bold: font.bold,
      italic: font.italic,
      strike: font.strikethrough,
      underline: font.underline === "None" ? undefined : font.underline === "Double" ? "double" : "single",
      color: { argb: `FF${font.color.slice(1)}` },
    };
  }
  if (format.fill)
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${format.fill.slice(1)}` } };
  if (format.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const [side, b] of Object.entries(format.borders) as [
      CellSide,
      NonNullable<(typeof format.borders)[CellSide]>,
    ][]) {
      const style = borderToExcelJs(b);
      if (style)
        border[side] = { style: style as ExcelJS.BorderStyle, color: { argb: `FF${b.color.slice(1)}` } };
    }
    target.border = border;
  }
  if (format.horizontalAlignment || format.verticalAlignment || format.wrapText) {
    target.alignment = {
      horizontal: format.horizontalAlignment
        ? (HORIZONTAL_TO[format.horizontalAlignment] as ExcelJS.Alignment["horizontal"])
        : undefined,
      vertical: format.verticalAlignment
        ? (VERTICAL_TO[format.verticalAlignment] as ExcelJS.Alignment["vertical"])
        : undefined,
      wrapText: format.wrapText,
    };
  }
}

const FILE_TYPES: Record<string, ExcelJS.DataValidation["type"]> = {
  wholeNumber: "whole",
  decimal: "decimal",
  textLength: "textLength",
  date: "date",
  // ExcelJS writes time rules although its type list leaves them out.
  time: "time" as ExcelJS.DataValidation["type"],
  list: "list",
  custom: "custom",
};

/** One file rule per cell address, the way ExcelJS keeps them; cells sharing a validation share a rule. */
function writeValidations(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  const rules = new Map<Validation, ExcelJS.DataValidation | null>();
  for (const { row, column, cell } of sheet.cells()) {
    if (!cell.validation) continue;
    if (!rules.has(cell.validation)) rules.set(cell.validation, fileRule(cell.validation));
    const rule = rules.get(cell.validation);
    if (rule) ws.getCell(`${columnLetters(column)}${row + 1}`).dataValidation = rule;
  }
}

function fileRule(v: Validation): ExcelJS.DataValidation | null {
  const [kind, body] = Object.entries(v.rule)[0] ?? [];
  const type = kind ? FILE_TYPES[kind] : undefined;
  if (!type || typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  const formulae =
    kind === "list"
      ? [String(b.source).startsWith("=") ? String(b.source).slice(1) : `"${String(b.source)}"`]
      : kind === "custom"
        ? [String(b.formula).replace(/^=/u, "")]
        : [b.formula1, b.formula2].filter((f) => f !== undefined && f !== null);
  return {
    type,
    allowBlank: v.ignoreBlanks,
    formulae,
    operator:
      kind === "list" || kind === "custom" ? undefined : (b.operator as ExcelJS.DataValidationOperator),
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase(),
    errorTitle: v.errorAlert.title || undefined,
    error: v.errorAlert.message || undefined,
    showInputMessage: v.prompt.showPrompt,
    promptTitle: v.prompt.title || undefined,
    prompt: v.prompt.message || undefined,
  };
}
