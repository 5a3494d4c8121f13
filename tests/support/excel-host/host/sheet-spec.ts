/**
 * A workbook from a short literal, for tests that need a few cells rather than a file. Cells are
 * typed the way Excel types what a user enters: `"=SUM(A1:A2)"` becomes a formula, `"'=x"` text.
 */
import { applyContent, typeInput } from "../model/cell-input";
import { recalculate } from "../model/recalc";
import { Workbook, type Scalar, type Visibility } from "../model/workbook";

export interface SheetSpec {
  name: string;
  /** Rows from A1 down; null leaves a cell empty. */
  rows?: (Scalar | null)[][];
  visibility?: Visibility;
  /** Protects the sheet (no options, no password). */
  protected?: boolean;
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
  }
  const firstVisible = workbook.sheets.find((s) => s.visibility === "Visible");
  if (firstVisible) workbook.activeSheetId = firstVisible.id;
  recalculate(workbook, (message) => {
    throw new Error(`excel-host: ${message}`);
  });
  return workbook;
}
