import type { Quarter } from "../calendar/fiscal-calendar";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";
import { EMPTY_PLAN } from "../port/plan";
import { validateList, type ValidationReport } from "../validation/validate";
import type { ActionOutput } from "./action";

export interface CheckReport extends ValidationReport {
  /** Other sheets that hold a complete list too, and why this one was checked. */
  readonly otherLists: OpenedList["otherLists"];
}

/** `check`: every rule over the list (§5); with a quarter, the pace check too. Writes nothing. */
export function check(
  list: OpenedList,
  options: { readonly quarter?: Quarter | null; readonly language?: Language } = {},
): ActionOutput<CheckReport> {
  const report = validateList({
    sheet: list.sheet,
    layout: list.layout,
    choices: list.choices,
    quarter: options.quarter ?? null,
    extraIssues: list.choiceIssues,
    language: options.language,
  });
  return { report: { ...report, otherLists: list.otherLists }, plan: EMPTY_PLAN };
}
