import ExcelJS from "exceljs";
import { cellAddress, type CellRange } from "../core/port/grid";
import { LOOKS, type CellLook, type CellStyle } from "../core/port/looks";
import type {
  AppliedDropdown,
  ApplyOutcome,
  ChangedCell,
  UnsupportedStep,
  WrittenCell,
} from "../core/port/outcome";
import {
  sameSource,
  sourceFormula,
  stillHolds,
  type CellRun,
  type DropdownRule,
  type NewSheet,
  type PlannedValue,
  type WritePlan,
} from "../core/port/plan";
import { toCellValue } from "./read-workbook";

/**
 * Applies a core plan to a loaded ExcelJS workbook: new sheets, cell runs (text stays text),
 * dropdowns. A cell that no longer holds what the plan read, or that holds a formula, is left
 * alone and reported; a range that already has the planned dropdown is reported `in-place`.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): ApplyOutcome {
  const sheetsRemoved: string[] = [];
  for (const name of plan.removeSheets ?? []) {
    const ws = workbook.getWorksheet(name);
    if (ws) {
      workbook.removeWorksheet(ws.id);
      sheetsRemoved.push(name);
    }
  }
  const sheetsAdded: string[] = [];
  const unsupported: UnsupportedStep[] = [];
  for (const sheet of plan.newSheets) {
    addSheet(workbook, sheet);
    sheetsAdded.push(sheet.name);
    // ExcelJS cannot write charts: the chart is the one step this host skips.
    if (sheet.content.chart)
      unsupported.push({ step: "chart", sheet: sheet.name, requires: { set: "ExcelApi", version: "1.1" } });
  }
  const written: WrittenCell[] = [];
  const changed: ChangedCell[] = [];
  for (const run of plan.runs) applyRun(workbook, run, written, changed);
  const dropdowns: AppliedDropdown[] = [];
  for (const rule of plan.dropdowns) dropdowns.push(...applyDropdown(workbook, rule));
  for (const restore of plan.restoreValidations ?? []) {
    const ws = sheetNamed(workbook, restore.sheet);
    const model = validationModel(ws);
    eachCell(restore.range, (r, c) => {
      const address = cellAddress(r, c);
      if (restore.before.kind === "none") delete model[address];
      else model[address] = restore.before.data as unknown as ExcelJS.DataValidation;
    });
  }
  return { written, changed, unsupported, sheetsAdded, sheetsRemoved, dropdowns };
}

function applyRun(
  workbook: ExcelJS.Workbook,
  run: CellRun,
  written: WrittenCell[],
  changed: ChangedCell[],
): void {
  const ws = sheetNamed(workbook, run.sheet);
  run.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const rowIndex = run.top + i;
      const colIndex = run.left + j;
      const cell = ws.getCell(rowIndex + 1, colIndex + 1);
      const found = toCellValue(cell.value);
      const expected = run.expected[i]?.[j] ?? null;
      const place = {
        sheet: run.sheet,
        rowIndex,
        colIndex,
        expected,
        found,
        planned: value,
        field: run.field,
      };
      if (cell.formula || cell.type === ExcelJS.ValueType.Formula) {
        changed.push({ reason: "formula", ...place });
        return;
      }
      if (!stillHolds(found, expected)) {
        changed.push({ reason: "changed", ...place });
        return;
      }
      const beforeFormat = cell.numFmt ?? null;
      setValue(cell, value);
      const format = run.formats?.[i]?.[j];
      if (format !== undefined && format !== null) cell.numFmt = format;
      if (run.style === "like-left-header") copyHeaderStyle(ws, cell);
      written.push({
        sheet: run.sheet,
        rowIndex,
        colIndex,
        before: found,
        beforeFormat,
        after: value,
        purpose: run.purpose,
        field: run.field,
      });
    }),
  );
}

function applyDropdown(workbook: ExcelJS.Workbook, rule: DropdownRule): AppliedDropdown[] {
  const ws = sheetNamed(workbook, rule.sheet);
  const model = validationModel(ws);
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [sourceFormula(rule.source)],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.errorTitle,
    error: rule.errorMessage,
  };
  return rule.ranges.map((range) => {
    let inPlace = true;
    let before: ExcelJS.DataValidation | undefined;
    eachCell(range, (r, c) => {
      const existing = model[cellAddress(r, c)];
      before ??= existing;
      if (
        !existing ||
        existing.type !== "list" ||
        !sameSource(String(existing.formulae?.[0] ?? ""), rule.source)
      )
        inPlace = false;
    });
    if (!inPlace) eachCell(range, (r, c) => (model[cellAddress(r, c)] = validation));
    return {
      rule,
      range,
      status: inPlace ? "in-place" : "written",
      before: before
        ? { kind: "host", host: "xlsx", data: JSON.parse(JSON.stringify(before)) }
        : { kind: "none" },
    } satisfies AppliedDropdown;
  });
}

/** Adds a sheet the tool made, right after `after` (or last), with its looks and print setup. */
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
    if (value.formulaLike) cell.numFmt = "@";
  }
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} is not in the workbook`);
  return ws;
}

/** ExcelJS keeps data validations per cell address in its worksheet model (not in its types). */
function validationModel(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model;
}

function eachCell(range: CellRange, visit: (r: number, c: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) visit(r, c);
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

const argb = (color: string) => `FF${color.replace(/^#/u, "")}`;

/** A core look as ExcelJS's style properties. */
function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  const look: CellLook = LOOKS[style];
  cell.font = {
    name: look.font.name,
    size: look.font.size,
    bold: look.font.bold,
    color: { argb: argb(look.font.color) },
  };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.border) {
    const edge: Partial<ExcelJS.Border> = {
      style: look.border.style,
      color: { argb: argb(look.border.color) },
    };
    cell.border = Object.fromEntries(look.border.edges.map((e) => [e, edge]));
  }
  cell.alignment = {
    vertical: look.vertical === "center" ? "middle" : look.vertical,
    ...(look.horizontal === "general" ? {} : { horizontal: look.horizontal }),
    ...(look.wrap ? { wrapText: true } : {}),
  };
  if (look.numberFormat && !cell.numFmt) cell.numFmt = look.numberFormat;
}
