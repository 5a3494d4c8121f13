import type { Quarter } from "../calendar/fiscal-calendar";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";
import { EMPTY_PLAN } from "../port/plan";
import { buildSummary, type SummaryInput, type SummaryModel } from "../summary/summary";
import { summarySheet } from "../summary/summary-sheet";
import type { IssueCounts } from "../validation/issues";
import { validateList } from "../validation/validate";
import type { ActionOutput } from "./action";
import { listInputs } from "./list-inputs";

export interface SummaryReport {
  readonly source: string;
  readonly quarter: Quarter;
  /** The summary, or null when the list has no measure yet: there is nothing to summarise. */
  readonly model: SummaryModel | null;
  readonly validation: IssueCounts;
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
  if (checked.dataRows === 0) return { report: { ...base, model: null }, plan: EMPTY_PLAN };
  const model = buildSummary({
    book: list.book,
    sheet: list.sheet,
    layout: list.layout,
    choices: list.choices,
    quarter: options.quarter,
    validation: checked.counts,
    now: options.now,
  });
  return {
    report: { ...base, model },
    // The summary is made from the whole list: it is added only while the list still holds what was read.
    plan: {
      newSheets: [{ ...summarySheet(model), fromInputs: true }],
      runs: [],
      dropdowns: [],
      inputs: listInputs(list, () => true),
    },
  };
}
