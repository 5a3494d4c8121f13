/**
 * Plain-data views of the emulated workbook for assertions: a sheet as grids from A1 (values,
 * formulas, number formats), its merges, dropdowns and frozen panes, and one cell in full.
 */
import { columnLetters, formatLocal, parseAddress, type Rect } from "../model/address";
import { borderOf, fontOf } from "../model/cell-format";
import { cellText } from "../model/number-format";
import type { Cell, Sheet, Validation, Workbook } from "../model/workbook";
import { readFormula, readValueType } from "../objects/range-content";

export interface SheetSnapshot {
  name: string;
  visibility: string;
  /** From A1 to the last used cell, as `Range.values` would read them. */
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: string[][];
  merges: string[];
  /** Each validation with the cells it covers, as column runs (`N5:N36`). */
  validations: { ranges: string[]; type: string; rule: Record<string, unknown> }[];
  frozen: { rows: number; columns: number };
  protected: boolean;
  charts: { name: string; type: string; title: string; source: string; series: string[] }[];
  /** Excel tables: name, where (`A4:Z36`, header row included), and column names. */
  tables: { name: string; ref: string; showHeaders: boolean; showTotals: boolean; columns: string[] }[];
  /** Widths set on columns, in points, by column letter. */
  columnWidths: Record<string, number>;
  hiddenRows: number[];
  hiddenColumns: string[];
}

export interface CellInfo {
  value: unknown;
  formula: unknown;
  text: string | null;
  valueType: string;
  numberFormat: string;
  font: ReturnType<typeof fontOf>;
  fill: string | null;
  borders: Record<"top" | "bottom" | "left" | "right", { style: string; color: string; weight: string }>;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  validation: Validation | null;
}

export function sheetSnapshot(workbook: Workbook, sheetName: string): SheetSnapshot {
  const sheet = mustFindSheet(workbook, sheetName);
  const used = sheet.usedRect(false);
  const grid = <T>(read: (cell: Cell | undefined) => T): T[][] => {
    if (!used) return [];
    return Array.from({ length: used.bottom + 1 }, (_, r) =>
      Array.from({ length: used.right + 1 }, (_, c) => read(sheet.cell(r, c))),
    );
  };
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    values: grid((cell) => cell?.value ?? ""),
    formulas: grid(readFormula),
    numberFormats: grid((cell) => cell?.numberFormat ?? "General"),
    merges: sheet.merges.map(formatLocal),
    validations: validationRuns(sheet),
    frozen: { ...sheet.freeze },
    protected: sheet.protection.protected,
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.chartType,
      title: c.title,
      source: formatLocal(c.source),
      series: c.series.map((s) => s.name),
    })),
    tables: sheet.tables.map((t) => ({
      name: t.name,
      ref: formatLocal(t.rect),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      columns: t.columns.map((c) => c.name),
    })),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths].sort(([a], [b]) => a - b).map(([c, w]) => [columnLetters(c), w]),
    ),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
  };
}

/** Everything the emulator holds for one cell, by address (`Sheet1!B2`, or `B2` on the active sheet). */
export function cellInfo(workbook: Workbook, address: string): CellInfo {
  const { sheet, rect } = locate(workbook, address);
  const cell = sheet.cell(rect.top, rect.left);
  return {
    value: cell?.value ?? "",
    formula: readFormula(cell),
    text: cellText(cell),
    valueType: readValueType(cell),
    numberFormat: cell?.numberFormat ?? "General",
    font: fontOf(cell?.format),
    fill: cell?.format?.fill ?? null,
    borders: {
      top: borderOf(cell?.format, "top"),
      bottom: borderOf(cell?.format, "bottom"),
      left: borderOf(cell?.format, "left"),
      right: borderOf(cell?.format, "right"),
    },
    horizontalAlignment: cell?.format?.horizontalAlignment ?? "General",
    verticalAlignment: cell?.format?.verticalAlignment ?? "Bottom",
    wrapText: cell?.format?.wrapText ?? false,
    validation: cell?.validation ?? null,
  };
}

export function locate(workbook: Workbook, address: string): { sheet: Sheet; rect: Rect } {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`excel-host: ${address} is not an address`);
  const sheet =
    parsed.sheetName === undefined ? workbook.activeSheet() : mustFindSheet(workbook, parsed.sheetName);
  return { sheet, rect: parsed.rect };
}

export function mustFindSheet(workbook: Workbook, name: string): Sheet {
  const sheet = workbook.sheetByName(name);
  if (!sheet)
    throw new Error(
      `excel-host: no sheet named ${name} (have ${workbook.sheets.map((s) => s.name).join(", ")})`,
    );
  return sheet;
}

function validationRuns(sheet: Sheet): SheetSnapshot["validations"] {
  const byValidation = new Map<Validation, { row: number; column: number }[]>();
  for (const { row, column, cell } of sheet.cells()) {
    if (cell.validation)
      byValidation.set(cell.validation, [...(byValidation.get(cell.validation) ?? []), { row, column }]);
  }
  return [...byValidation].map(([validation, cells]) => {
    const runs: { top: number; left: number; bottom: number; right: number }[] = [];
    const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
    for (const { row, column } of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.left === column && last.bottom === row - 1) last.bottom = row;
      else runs.push({ top: row, left: column, bottom: row, right: column });
    }
    const key = Object.keys(validation.rule)[0];
    return { ranges: runs.map(formatLocal), type: key ?? "none", rule: validation.rule };
  });
}
