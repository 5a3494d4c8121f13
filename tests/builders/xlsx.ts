/** Writes test workbooks to real .xlsx files with ExcelJS, so the adapter and the CLI read what Excel would. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/port/grid";
import type { BuiltBook } from "./list-sheet";

export function toExcelJs(book: BuiltBook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    sheet.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = excelValue(value);
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return workbook;
}

export async function writeXlsx(book: BuiltBook, path: string): Promise<string> {
  await toExcelJs(book).xlsx.writeFile(path);
  return path;
}

/** A fresh temporary folder per test file, removed by `cleanup()`. */
export function tempDir(prefix = "measure-list-"): {
  dir: string;
  path(name: string): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function excelValue(value: Exclude<CellValue, null>): ExcelJS.CellValue {
  if (typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}
