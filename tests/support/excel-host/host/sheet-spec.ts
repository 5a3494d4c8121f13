/**
 * A workbook from a short literal, for tests that need a few cells rather than a file. Cells are
 * typed the way Excel types what a user enters: `"=SUM(A1:A2)"` becomes a formula, `"'=x"` text.
 */
import { applyContent, typeInput } from "../model/cell-input";
import { recalculate } from "../model/recalc";
import { parseAddress } from "../model/address";
import type { TableModel } from "../model/tables";
import { Workbook, type Scalar, type Sheet, type Visibility } from "../model/workbook";

export interface SheetSpec {
  name: string;
  /** Rows from A1 down; null leaves a cell empty. */
  rows?: (Scalar | null)[][];
  visibility?: Visibility;
  /** Protects the sheet (no options, no password). */
  protected?: boolean;
  /**
   * Excel tables over the rows, with a header row whose text cells name the columns: `{ name:
   * "施策表", ref: "A3:Z35" }`. Banded rows and filter buttons, as Excel's Format as Table gives.
   */
  tables?: { name: string; ref: string; showTotals?: boolean }[];
}

export function workbookFromSpec(specs: readonly SheetSpec[], name = "Book1.xlsx"): Workbook {
  const workbook = new Workbook();
  workbook.name = name;
  for (const spec of specs) {
    const sheet = workbook.addSheet(spec.name, spec.visibility ?? "Visible");
    (spec.rows ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) applyContent(sheet.ensureCell(r, c), typeInput(value, "General"));
      }),
    );
    if (spec.protected) sheet.protection = { protected: true, options: {} };
    for (const table of spec.tables ?? []) sheet.tables.push(tableFromSpec(workbook, sheet, table));
  }
  const firstVisible = workbook.sheets.find((s) => s.visibility === "Visible");
  if (firstVisible) workbook.activeSheetId = firstVisible.id;
  recalculate(workbook, (message) => {
    throw new Error(`excel-host: ${message}`);
  });
  return workbook;
}

function tableFromSpec(
  workbook: Workbook,
  sheet: Sheet,
  spec: NonNullable<SheetSpec["tables"]>[number],
): TableModel {
  const rect = parseAddress(spec.ref)?.rect;
  if (!rect || rect.bottom <= rect.top)
    throw new Error(`excel-host: table ${spec.name} needs a header row and a body, not ${spec.ref}`);
  const names: string[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const name = sheet.cell(rect.top, c)?.value;
    if (typeof name !== "string" || names.some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new Error(
        `excel-host: table ${spec.name}'s header cells must be distinct texts, not ${String(name)}`,
      );
    names.push(name);
  }
  return {
    ...workbook.nextTableIds(),
    name: spec.name,
    rect,
    showHeaders: true,
    showTotals: spec.showTotals ?? false,
    columns: names.map((name, i) => ({ id: i + 1, name })),
    style: "TableStyleMedium2",
    showFilterButton: true,
    showBandedRows: true,
    showBandedColumns: false,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
}
