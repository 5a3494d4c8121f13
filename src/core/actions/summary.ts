import type { Quarter } from "../calendar/fiscal-calendar";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";
import { EMPTY_PLAN } from "../port/plan";
import { buildSummary, type SummaryInput, type SummaryModel } from "../summary/summary";
import { summarySheet } from "../summary/summary-sheet";
import type { IssueCounts } from "../validation/issues";
import { validateList } from "../validation/validate";
import type { ActionOutput } from "./action";
import type { TargetsModel } from "../targets/model";
import { listInputs, sheetInputs } from "./list-inputs";
import { targets } from "./targets";

export interface SummaryReport {
  readonly source: string;
  readonly quarter: Quarter;
  /** The summary, or null when the list has no measure yet: there is nothing to summarise. */
  readonly model: SummaryModel | null;
  readonly validation: IssueCounts;
  /** The workbook's 目標 sheet as the summary shows it, or null when it has none (issue 17). */
  readonly targets: TargetsModel | null;
}

/**
 * `summary` (§8): a new sheet after the list with the quarter's counts, watch list and changes,
 * built from the same check the pane shows. It never edits the list; a list with no measure
 * (a new year's template) gets no summary sheet.
 */
export function summary(
  list: OpenedList,
  options: { readonly quarter: Quarter; readonly now: SummaryInput["now"]; readonly language?: Language },
): ActionOutput<SummaryReport> {
  const checked = validateList({
    sheet: list.sheet,
    layout: list.layout,
    choices: list.choices,
    quarter: options.quarter,
    extraIssues: list.choiceIssues,
    language: options.language,
  });
  const base = { source: list.sheet.name, quarter: options.quarter, validation: checked.counts };
  if (checked.dataRows === 0) return { report: { ...base, model: null, targets: null }, plan: EMPTY_PLAN };
  const model = buildSummary({
    book: list.book,
    sheet: list.sheet,
    layout: list.layout,
    choices: list.choices,
    quarter: options.quarter,
    validation: checked.counts,
    now: options.now,
  });
  // The 目標 section reads the workbook's targets sheet, when it has one, for the same quarter; in
  // Japanese, as the rest of the sheet is.
  const goals = targets(list, { quarter: options.quarter }).model;
  const goalSheet = goals ? list.book.sheets.find((s) => s.name === goals.sheet) : undefined;
  const goalInputs = goalSheet ? sheetInputs(goalSheet) : null;
  return {
    report: { ...base, model, targets: goals },
    // The summary is made from the whole list and the 目標 sheet: it is added only while both
    // still hold what was read.
    plan: {
      newSheets: [{ ...summarySheet(model, goals), fromInputs: true }],
      runs: [],
      dropdowns: [],
      inputs: [...listInputs(list, () => true), ...(goalInputs ? [goalInputs] : [])],
    },
  };
}
