/**
 * Whole-sheet changes as Excel makes them, shared by the API (`worksheet.name`, `worksheet.delete()`)
 * and by a test acting as a co-author (`host.renameSheet`, `host.replaceSheet`): formulas and list
 * sources that name a renamed sheet follow it; those that name a deleted sheet become `#REF!`.
 */
import { quoteSheetName } from "./address";
import type { Sheet, Workbook } from "./workbook";

/** Renames `sheet`; the caller has checked the name against Excel's rules (sheet-names.ts). */
export function renameSheet(workbook: Workbook, sheet: Sheet, name: string): void {
  const old = sheet.name;
  sheet.name = name;
  rewriteReferences(workbook, old, `${quoteSheetName(name)}!`);
}

/**
 * Removes `sheet`. The active sheet moves to a visible neighbour, a selection on it is dropped, and
 * references to it elsewhere become `#REF!` (`=Data!A1` reads `=#REF!A1`), as Excel rewrites them.
 * The caller enforces the API's rule that the last visible sheet cannot go.
 */
export function deleteSheet(workbook: Workbook, sheet: Sheet): void {
  if (workbook.activeSheetId === sheet.id) activateNeighbour(workbook, sheet);
  if (workbook.selection?.sheetId === sheet.id) workbook.selection = null;
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  rewriteReferences(workbook, sheet.name, "#REF!");
}

/** Makes the visible sheet after `sheet` (else before it) the active one. */
export function activateNeighbour(workbook: Workbook, sheet: Sheet): void {
  const i = workbook.sheets.indexOf(sheet);
  const after = workbook.sheets.slice(i + 1).find((s) => s.visibility === "Visible");
  const before = workbook.sheets
    .slice(0, i)
    .reverse()
    .find((s) => s.visibility === "Visible");
  const next = after ?? before;
  if (next) workbook.activeSheetId = next.id;
}

/** Replaces `Name!` / `'Name'!` (any case) in every formula and list source with `replacement`. */
function rewriteReferences(workbook: Workbook, name: string, replacement: string): void {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const quoted = `'${name.replace(/'/gu, "''")}'`;
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}_.'])(?:${escape(quoteSheetName(name))}|${escape(quoted)})!`,
    "giu",
  );
  const fix = (text: string) => text.replace(pattern, (_m, lead: string) => `${lead}${replacement}`);
  for (const sheet of workbook.sheets) {
    for (const { cell } of sheet.cells()) {
      if (cell.formula) cell.formula = fix(cell.formula);
      const list = cell.validation?.rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === "string") list.source = fix(list.source);
    }
  }
}
