/**
 * What a co-author (or the user, outside the add-in) does to whole sheets in Excel's own interface,
 * for tests to apply between two requests (`host.beforeSync(n, () => host.renameSheet(…))`). Each
 * change is the one Excel makes: a rename carries formulas along, a deleted sheet's references
 * become `#REF!`, a sheet made anew gets a new id.
 */
import { sheetNameProblem } from "../model/sheet-names";
import { deleteSheet, renameSheet } from "../model/sheet-ops";
import type { Workbook } from "../model/workbook";
import { mustFindSheet } from "./snapshot";

export interface ProtectOptions {
  /** The options a user ticks in Protect Sheet (`allowFormatCells`, …); none by default. */
  options?: Record<string, boolean>;
  password?: string;
}

/** Review > Protect Sheet. Protecting a protected sheet again is a mistake in the test. */
export function protectSheet(workbook: Workbook, name: string, protect: ProtectOptions = {}): void {
  const sheet = mustFindSheet(workbook, name);
  if (sheet.protection.protected) throw new Error(`excel-host: ${sheet.name} is already protected`);
  sheet.protection = { protected: true, options: { ...protect.options }, password: protect.password };
}

/** Review > Unprotect Sheet (the user knows any password). */
export function unprotectSheet(workbook: Workbook, name: string): void {
  const sheet = mustFindSheet(workbook, name);
  if (!sheet.protection.protected) throw new Error(`excel-host: ${sheet.name} is not protected`);
  sheet.protection = { protected: false, options: {} };
}

/** Renames a sheet from its tab, under Excel's naming rules; formulas naming it follow. */
export function renameSheetByUser(workbook: Workbook, from: string, to: string): void {
  const sheet = mustFindSheet(workbook, from);
  const problem = sheetNameProblem(workbook, to, sheet.id);
  if (problem) throw new Error(`excel-host: cannot rename ${sheet.name} to ${to}: ${problem.reason}`);
  renameSheet(workbook, sheet, to);
}

/**
 * Deletes a sheet and inserts a new, empty one of the same name, visibility and position, as a user
 * who rebuilt it would. The new sheet has a new id, so an add-in holding the old id no longer finds
 * it, while lookups by name find the empty sheet. References to the old sheet became `#REF!` when it
 * was deleted and stay so. Returns the new sheet's id.
 */
export function replaceSheet(workbook: Workbook, name: string): string {
  const old = mustFindSheet(workbook, name);
  const position = workbook.sheets.indexOf(old);
  const wasActive = workbook.activeSheetId === old.id;
  deleteSheet(workbook, old);
  const sheet = workbook.addSheet(old.name, old.visibility);
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  workbook.sheets.splice(position, 0, sheet);
  if (wasActive) workbook.activeSheetId = sheet.id;
  return sheet.id;
}
