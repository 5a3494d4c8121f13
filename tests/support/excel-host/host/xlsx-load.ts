/**
 * Builds the emulated workbook from an .xlsx file with ExcelJS: values (formulas with their cached
 * results), number formats, fonts, solid fills, borders, alignment, merges, data validations,
 * hidden sheets, rows and columns, widths and heights, freeze panes, protection and page setup;
 * Excel tables from the package's table parts (./xlsx-tables.ts). Theme and indexed colours are not
 * resolved (they read as the defaults).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { formatAddress, formatLocal, parseAddress } from "../model/address";
import { headerRect } from "../model/tables";
import type { BorderFormat, CellFormat, CellSide } from "../model/cell-format";
import { dateSerial } from "../model/number-format";
import { Workbook, type Cell, type Sheet, type Validation, type Visibility } from "../model/workbook";
import { pointsForCharacters } from "../objects/range-format";
import { borderFromExcelJs, HORIZONTAL_FROM, PAPER_FROM, VERTICAL_FROM } from "./xlsx-styles";
import { readTableParts, type TablePart } from "./xlsx-tables";

export async function loadXlsx(input: string | Buffer, name = "Book1.xlsx"): Promise<Workbook> {
  const bytes = typeof input === "string" ? readFileSync(input) : input;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const workbook = fromExcelJs(book, name);
  addTables(workbook, readTableParts(new Uint8Array(bytes)));
  return workbook;
}

/** Puts each sheet's tables on it, checking that the header cells show the column names. */
function addTables(workbook: Workbook, parts: Map<string, TablePart[]>): void {
  for (const [sheetName, tables] of parts) {
    const sheet = workbook.sheetByName(sheetName);
    if (!sheet) throw new Error(`excel-host: the tables of a sheet named ${sheetName} have no sheet`);
    for (const { legacyId, columns, ...part } of tables) {
      const table = { ...workbook.nextTableIds(legacyId), ...part, columns: columns.map((c) => ({ ...c })) };
      if (columns.length !== part.rect.right - part.rect.left + 1)
        throw new Error(
          `excel-host: table ${part.name} has ${columns.length} columns for ${formatLocal(part.rect)}`,
        );
      const header = headerRect(table);
      columns.forEach((column, i) => {
        const cell = header && sheet.cell(header.top, header.left + i);
        if (header && String(cell?.value ?? "") !== column.name)
          throw new Error(
            `excel-host: table ${part.name}'s header cell ${formatAddress(sheet.name, { ...header, left: header.left + i, right: header.left + i })} ` +
              `reads ${JSON.stringify(cell?.value ?? "")}, not its column name ${JSON.stringify(column.name)}`,
          );
      });
      sheet.tables.push(table);
    }
  }
}

export function fromExcelJs(book: ExcelJS.Workbook, name: string): Workbook {
  const workbook = new Workbook();
  workbook.name = name;
  for (const ws of book.worksheets) loadSheet(workbook.addSheet(ws.name, visibility(ws.state)), ws);
  const activeTab = (book.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab ?? 0;
  const active = workbook.sheets[activeTab] ?? workbook.sheets.find((s) => s.visibility === "Visible");
  if (active) workbook.activeSheetId = active.id;
  return workbook;
}

function visibility(state: string): Visibility {
  return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
}

function loadSheet(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    if (row.height) sheet.rowHeights.set(r - 1, row.height);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const loaded = loadCell(cell);
      if (loaded) (sheet.rows[r - 1] ??= [])[c - 1] = loaded;
    });
  });
  for (let c = 1; c <= ws.columnCount; c++) {
    const column = ws.getColumn(c);
    if (column.hidden) sheet.hiddenColumns.add(c - 1);
    if (column.width) sheet.columnWidths.set(c - 1, pointsForCharacters(column.width));
  }
  sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).flatMap(
    (a) => parseAddress(a)?.rect ?? [],
  );
  loadValidations(sheet, ws);
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
  if (protection?.sheet) sheet.protection = { protected: true, options: protectionOptions(protection) };
  const tab = (ws.properties.tabColor as { argb?: string } | undefined)?.argb;
  if (tab) sheet.tabColor = argbToHex(tab) ?? "";
  const setup = ws.pageSetup;
  sheet.pageLayout = {
    orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: PAPER_FROM[setup.paperSize ?? 9] ?? "A4",
    zoom: setup.fitToPage
      ? { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 }
      : { scale: setup.scale ?? 100 },
    printTitleRows: setup.printTitlesRow,
    printArea: setup.printArea,
  };
}

function loadCell(cell: ExcelJS.Cell): Cell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return styleOnly(cell);
  const out: Cell = { value: null };
  setValue(out, cell.value, cell);
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const format = formatOf(cell);
  if (format) out.format = format;
  return out;
}

function styleOnly(cell: ExcelJS.Cell): Cell | null {
  const format = formatOf(cell);
  return format ? { value: null, format } : null;
}

function setValue(out: Cell, value: ExcelJS.CellValue, cell: ExcelJS.Cell): void {
  if (value === null || value === undefined) return;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    out.value = value;
    return;
  }
  if (value instanceof Date) {
    out.value =
      dateSerial(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) +
      (value.getTime() % 86_400_000) / 86_400_000;
    if (!cell.numFmt) out.numberFormat = "yyyy/m/d";
    return;
  }
  if ("error" in value) {
    out.value = String(value.error);
    out.error = true;
    return;
  }
  if ("richText" in value) {
    out.value = value.richText.map((run) => run.text).join("");
    return;
  }
  if ("formula" in value || "sharedFormula" in value) {
    const formula = cell.formula;
    if (formula) out.formula = `=${formula}`;
    setValue(out, (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, cell);
    return;
  }
  if ("text" in value) out.value = String((value as { text: unknown }).text);
}

function formatOf(cell: ExcelJS.Cell): CellFormat | undefined {
  const format: CellFormat = {};
  const font = cell.font;
  if (font) {
    const f: CellFormat["font"] = {};
    if (font.name) f.name = font.name;
    if (font.size) f.size = font.size;
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    if (font.strike) f.strikethrough = true;
    if (font.underline) f.underline = font.underline === "double" ? "Double" : "Single";
    const color = argbToHex(font.color?.argb);
    if (color) f.color = color;
    if (Object.keys(f).length) format.font = f;
  }
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = argbToHex(fill.fgColor?.argb);
    if (color) format.fill = color;
  }
  const borders: Partial<Record<CellSide, BorderFormat>> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const border = cell.border?.[side];
    const mapped = border?.style ? borderFromExcelJs(border.style, argbToHex(border.color?.argb)) : null;
    if (mapped) borders[side] = mapped;
  }
  if (Object.keys(borders).length) format.borders = borders;
  const alignment = cell.alignment;
  if (alignment?.horizontal && HORIZONTAL_FROM[alignment.horizontal])
    format.horizontalAlignment = HORIZONTAL_FROM[alignment.horizontal];
  if (alignment?.vertical && VERTICAL_FROM[alignment.vertical])
    format.verticalAlignment = VERTICAL_FROM[alignment.vertical];
  if (alignment?.wrapText) format.wrapText = true;
  return Object.keys(format).length ? format : undefined;
}

function loadValidations(sheet: Sheet, ws: ExcelJS.Worksheet): void {
  const model = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }
  ).dataValidations.model;
  const shared = new Map<string, Validation>();
  for (const [address, rule] of Object.entries(model)) {
    const at = parseAddress(address);
    const validation = rule && toValidation(rule);
    if (!at || !validation) continue;
    const key = JSON.stringify(validation);
    const one = shared.get(key) ?? validation;
    shared.set(key, one);
    for (let r = at.rect.top; r <= at.rect.bottom; r++) {
      for (let c = at.rect.left; c <= at.rect.right; c++) sheet.ensureCell(r, c).validation = one;
    }
  }
}

const RULE_NAMES: Record<string, string> = {
  whole: "wholeNumber",
  decimal: "decimal",
  textLength: "textLength",
  date: "date",
  time: "time",
  list: "list",
  custom: "custom",
};

function toValidation(rule: ExcelJS.DataValidation): Validation | null {
  const type = RULE_NAMES[rule.type];
  if (!type) return null;
  const first = String(rule.formulae?.[0] ?? "");
  const body =
    type === "list"
      ? {
          inCellDropDown: !hidesDropDown(rule),
          source: first.startsWith('"') ? first.slice(1, -1) : `=${first}`,
        }
      : type === "custom"
        ? { formula: `=${first}` }
        : { operator: rule.operator ?? "between", formula1: first, formula2: rule.formulae?.[1] };
  return {
    rule: { [type]: body },
    errorAlert: {
      showAlert: rule.showErrorMessage !== false,
      style:
        rule.errorStyle === "warning"
          ? "Warning"
          : rule.errorStyle === "information"
            ? "Information"
            : "Stop",
      title: rule.errorTitle ?? "",
      message: rule.error ?? "",
    },
    prompt: {
      showPrompt: rule.showInputMessage === true,
      title: rule.promptTitle ?? "",
      message: rule.prompt ?? "",
    },
    ignoreBlanks: rule.allowBlank !== false,
  };
}

/** The file's `showDropDown` flag, which ExcelJS keeps as read, hides the in-cell arrow when set. */
function hidesDropDown(rule: ExcelJS.DataValidation): boolean {
  return (rule as { showDropDown?: boolean }).showDropDown === true;
}

function protectionOptions(model: Record<string, unknown>): Record<string, boolean> {
  // In the file a `true` flag means the action is locked; the API's options say what is allowed.
  const locked = (key: string) => model[key] !== false;
  return {
    allowFormatCells: !locked("formatCells"),
    allowFormatColumns: !locked("formatColumns"),
    allowFormatRows: !locked("formatRows"),
    allowEditObjects: !locked("objects"),
  };
}

export function argbToHex(argb: string | undefined): string | null {
  return typeof argb === "string" && /^[0-9a-f]{8}$/iu.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}
