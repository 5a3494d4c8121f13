import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../core/port/grid";
import type { OpenFailure } from "../core/port/failures";
import { fail, ok, type Result } from "../core/result";

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly grid: WorkbookGrid;
}

/**
 * Opens an .xlsx file read-only and turns it into the core's grid. The file is only read: every
 * command writes its result to another path.
 */
export async function readWorkbookFile(path: string): Promise<Result<OpenedWorkbook, OpenFailure>> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return fail({ code: "is-directory", path });
    bytes = await fs.readFile(path);
  } catch {
    return fail({ code: "file-not-found", path });
  }
  const kind = sniff(bytes, path);
  if (kind !== "zip") return fail({ code: kind, path });
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's own types want its Buffer shim; Node's Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return fail({ code: "unreadable", path, detail: firstLine(e) });
  }
  return ok({ workbook, grid: toGrid(workbook) });
}

/** The grid of a loaded workbook: values (cached results for formulas) and merges. */
export function toGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetGrid) };
}

/** An ExcelJS cell value as the core sees it. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value)
    return toCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ("text" in value) return String((value as { text: unknown }).text);
  return null;
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const mergeBoxes = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        // A merged cell's value lives in its top-left (master) cell; the others read as empty.
        growMerge(mergeBoxes, cell.master, r, c);
        return;
      }
      cells[c] = toCellValue(cell.value);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[r] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  const merges: CellRange[] = [...mergeBoxes.values()];
  return {
    name: sheet.name,
    hidden: sheet.state !== "visible",
    rows,
    merges,
  };
}

function growMerge(boxes: Map<string, CellRange>, master: ExcelJS.Cell, r: number, c: number): void {
  const key = master.address;
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  const box = boxes.get(key) ?? { top, left, bottom: top, right: left };
  boxes.set(key, {
    top: Math.min(box.top, r),
    left: Math.min(box.left, c),
    bottom: Math.max(box.bottom, r),
    right: Math.max(box.right, c),
  });
}

type Sniffed = "zip" | "empty-file" | "csv" | "legacy-or-encrypted" | "not-xlsx";

/** Tells an xlsx (a zip) from what people often pass instead: csv exports, old .xls, encrypted files. */
function sniff(bytes: Buffer, path: string): Sniffed {
  if (bytes.length === 0) return "empty-file";
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5))
    return "zip";
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && cfb.every((b, i) => bytes[i] === b)) return "legacy-or-encrypted";
  if (/\.(csv|tsv|txt)$/iu.test(path) || looksLikeDelimitedText(bytes)) return "csv";
  return "not-xlsx";
}

function looksLikeDelimitedText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = head.toString("utf8");
  if (text.includes("\ufffd")) return false;
  const lines = text.split(/\r?\n/u).filter((l) => l !== "");
  return lines.length > 0 && lines.slice(0, 5).every((l) => l.includes(",") || l.includes("\t"));
}

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0].slice(0, 200);
}
