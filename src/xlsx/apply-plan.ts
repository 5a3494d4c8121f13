import ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../core/port/grid";
import type { CellStyle, CellWrite, NewSheet, PlannedValue, WritePlan } from "../core/port/plan";
import { sameValue } from "../core/port/plan";
import { toCellValue } from "./read-workbook";

/** A planned cell that was not written because someone changed it after the plan was made. */
export interface SkippedWrite {
  readonly write: CellWrite;
  readonly found: CellValue;
}

/**
 * Applies a core plan to a loaded ExcelJS workbook: new sheets, cell values (text stays text),
 * dropdowns. A cell that no longer holds what the plan read is left alone and returned.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): SkippedWrite[] {
  for (const sheet of plan.newSheets) addSheet(workbook, sheet);
  const skipped: SkippedWrite[] = [];
  for (const write of plan.cells) {
    const ws = sheetNamed(workbook, write.sheet);
    const cell = ws.getCell(write.row + 1, write.col + 1);
    const found = toCellValue(cell.value);
    if (!sameCurrent(found, write.expected)) {
      skipped.push({ write, found });
      continue;
    }
    setValue(cell, write.value);
    if (write.style === "header") copyHeaderStyle(ws, cell);
  }
  for (const rule of plan.dropdowns) {
    const ws = sheetNamed(workbook, rule.sheet);
    // One shared object per rule: ExcelJS writes the cells back as ranges.
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [rule.source],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: rule.errorTitle,
      error: rule.errorMessage,
    };
    for (const range of rule.ranges) {
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) ws.getCell(r + 1, c + 1).dataValidation = validation;
      }
    }
  }
  return skipped;
}

/** Adds a sheet the tool made, right after `after` (or last), with its styles and print setup. */
export function addSheet(workbook: ExcelJS.Workbook, sheet: NewSheet): ExcelJS.Worksheet {
  const { content } = sheet;
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views: content.freezeRows ? [{ state: "frozen", ySplit: content.freezeRows, xSplit: 0 }] : undefined,
    pageSetup: content.print
      ? {
          paperSize: 9,
          orientation: content.print.orientation,
          fitToPage: content.print.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
          margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        }
      : undefined,
  });
  placeAfter(workbook, ws, sheet.after);
  content.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const col of content.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
  for (const [row, height] of Object.entries(content.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;
  for (const cell of content.cells) {
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    setValue(target, cell.value);
    if (cell.style) styleCell(target, cell.style);
  }
  for (const m of content.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

function setValue(cell: ExcelJS.Cell, value: PlannedValue): void {
  if (value.kind === "empty") {
    cell.value = null;
  } else if (value.kind === "number") {
    cell.value = value.value;
    if (value.format) cell.numFmt = value.format;
  } else {
    // A plain string is stored as a string in the file, never as a formula, whatever it starts
    // with; the Text format keeps it text when someone later edits the cell in Excel.
    cell.value = value.text;
    if (/^[=+\-@]/u.test(value.text)) cell.numFmt = "@";
  }
}

function sameCurrent(found: CellValue, expected: CellValue): boolean {
  if (isCellError(found) || isCellError(expected)) {
    return isCellError(found) && isCellError(expected) && found.error === expected.error;
  }
  if (expected === null) return sameValue(found, { kind: "empty" });
  if (typeof expected === "number") return sameValue(found, { kind: "number", value: expected });
  return found === expected;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} is not in the workbook`);
  return ws;
}

/** ExcelJS orders sheets by orderNo; renumber so the new sheet follows `after`. */
function placeAfter(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: string | null): void {
  const order = workbook.worksheets.filter((s) => s !== ws);
  const index = after === null ? -1 : order.findIndex((s) => s.name === after);
  const at = index === -1 ? order.length : index + 1;
  const placed = [...order.slice(0, at), ws, ...order.slice(at)];
  placed.forEach((s, i) => {
    (s as unknown as { orderNo: number }).orderNo = i + 1;
  });
}

function copyHeaderStyle(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const col = Number(cell.col);
  const neighbour = col > 1 ? ws.getCell(Number(cell.row), col - 1) : null;
  if (neighbour && neighbour.style && Object.keys(neighbour.style).length > 0)
    cell.style = { ...neighbour.style };
  else styleCell(cell, "header");
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8EA9C1" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "Meiryo UI";

/** Table cells: what each style changes from plain 10-point text in a thin box, aligned top. */
const TABLE_LOOKS: Record<
  "text" | "wrap" | "count" | "percent" | "mark" | "total",
  { size?: number; bold?: boolean; horizontal?: "right" | "center"; wrap?: boolean; fill?: string }
> = {
  text: {},
  wrap: { wrap: true },
  count: { horizontal: "right" },
  percent: { horizontal: "right" },
  mark: { size: 12, horizontal: "center" },
  total: { bold: true, horizontal: "right", fill: "FFF2F2F2" },
};

/** The look of each named style in an .xlsx file. */
function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  switch (style) {
    case "title":
      cell.font = { name: FONT, size: 16, bold: true, color: { argb: "FF1F3864" } };
      break;
    case "subtitle":
      cell.font = { name: FONT, size: 10, color: { argb: "FF404040" } };
      break;
    case "note":
      cell.font = { name: FONT, size: 9, color: { argb: "FF595959" } };
      break;
    case "section":
      cell.font = { name: FONT, size: 12, bold: true, color: { argb: "FF1F3864" } };
      cell.border = { bottom: { style: "medium", color: { argb: "FF1F5FA8" } } };
      break;
    case "header":
      cell.font = { name: FONT, size: 10, bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.border = BOX;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      break;
    case "text":
    case "wrap":
    case "count":
    case "percent":
    case "mark":
    case "total": {
      const look = TABLE_LOOKS[style];
      cell.font = { name: FONT, size: look.size ?? 10, bold: look.bold };
      cell.border = BOX;
      cell.alignment = { vertical: "top", horizontal: look.horizontal, wrapText: look.wrap };
      if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: look.fill } };
      if (style === "percent" && !cell.numFmt) cell.numFmt = "0%";
      break;
    }
    case "marker":
      cell.font = { name: FONT, size: 8, color: { argb: "FFBFBFBF" } };
      break;
  }
}
