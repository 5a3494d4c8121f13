/**
 * Excel's rules for a worksheet name, checked on add and on rename. Each rule gives the error code
 * the API answers with; the wording of Excel's messages is not modelled.
 */
import type { Workbook } from "./workbook";

export type NameProblem =
  { code: "InvalidArgument"; reason: string } | { code: "ItemAlreadyExists"; reason: string };

const FORBIDDEN = /[\\/?*[\]:]/u;

/** Why `name` cannot be a sheet name in `workbook` (ignoring the sheet being renamed), or null. */
export function sheetNameProblem(workbook: Workbook, name: unknown, renaming?: string): NameProblem | null {
  if (typeof name !== "string") return { code: "InvalidArgument", reason: "the name is not text" };
  if (name.length === 0) return { code: "InvalidArgument", reason: "the name is empty" };
  if (name.length > 31) return { code: "InvalidArgument", reason: "the name is longer than 31 characters" };
  if (FORBIDDEN.test(name))
    return { code: "InvalidArgument", reason: "the name contains one of \\ / ? * [ ] :" };
  if (name.startsWith("'") || name.endsWith("'")) {
    return { code: "InvalidArgument", reason: "the name begins or ends with an apostrophe" };
  }
  // Excel keeps "History" for its change-tracking sheet.
  if (name.toLowerCase() === "history") return { code: "InvalidArgument", reason: "History is reserved" };
  const clash = workbook.sheetByName(name);
  if (clash && clash.id !== renaming) {
    return { code: "ItemAlreadyExists", reason: `a sheet named ${clash.name} already exists` };
  }
  return null;
}

/** The name Excel gives a sheet added without one: the first free `SheetN`. */
export function nextDefaultSheetName(workbook: Workbook): string {
  for (let n = workbook.sheets.length + 1; ; n++) {
    const name = `Sheet${n}`;
    if (!workbook.sheetByName(name)) return name;
  }
}
