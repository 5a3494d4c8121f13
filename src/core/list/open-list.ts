import type { Choices } from "../choices/choices";
import { findChoicesSheet, readChoicesSheet, type ChoicesFromSheet } from "../choices/choices-sheet";
import { findList, type FindListFailure, type ListChoiceReason } from "./find-list";
import type { SheetGrid, WorkbookGrid } from "../port/grid";
import type { IssueDraft } from "../validation/issues";
import type { ListLayout } from "./layout";
import { isToolSheet } from "./markers";
import { fail, ok, type Result } from "../result";
import { isTargetsSheet } from "../targets/find-targets";

/** The tool's own sheets and the 目標 sheet (issue 17) are never the list. */
export function notTheList(sheet: SheetGrid): boolean {
  return isToolSheet(sheet) || isTargetsSheet(sheet);
}

/** A workbook's measure list with the choices in force: what every action starts from. */
export interface OpenedList {
  readonly book: WorkbookGrid;
  readonly sheet: SheetGrid;
  readonly layout: ListLayout;
  readonly choices: Choices;
  /** The 選択肢 sheet, when the workbook has one, and where its tables are. */
  readonly choicesSheet: SheetGrid | null;
  readonly choicesFromSheet: ChoicesFromSheet;
  /** Problems with the 選択肢 sheet, reported beside the list's own issues. */
  readonly choiceIssues: readonly IssueDraft[];
  /** Other sheets that hold a complete list too, and why this one was used (null when none). */
  readonly otherLists: { readonly sheets: readonly string[]; readonly reason: ListChoiceReason } | null;
}

/** Finds the list (skipping the tool's own sheets) and reads the workbook's choices. */
export function openList(
  book: WorkbookGrid,
  options: { readonly sheet?: string } = {},
): Result<OpenedList, FindListFailure> {
  const found = findList(book, { sheet: options.sheet, skip: notTheList });
  if (!found.ok) return fail(found.error);
  const { layout, others, reason } = found.value;
  const sheet = book.sheets.find((s) => s.name === layout.sheet);
  if (!sheet) return fail({ code: "no-list", sheets: book.sheets.map((s) => s.name) });
  const choicesSheet = findChoicesSheet(book);
  const fromSheet = readChoicesSheet(choicesSheet);
  return ok({
    book,
    sheet,
    layout,
    choices: fromSheet.choices,
    choicesSheet,
    choicesFromSheet: fromSheet,
    choiceIssues: fromSheet.issues,
    otherLists: reason === null ? null : { sheets: others, reason },
  });
}
