import type { Quarter } from "../calendar/fiscal-calendar";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";
import { countIssues, type Issue, type IssueCounts } from "../validation/issues";
import type { TargetResult, TargetsModel } from "../targets/model";
import { buildTargets } from "../targets/targets-model";
import { REIWA_OFFSET } from "../targets/year-header";

export interface TargetsReport {
  /** The list's sheet: the measures the targets are read against. */
  readonly source: string;
  /** The 目標 sheet's model, or null when the workbook has none. */
  readonly model: TargetsModel | null;
  readonly issues: readonly Issue[];
  readonly counts: IssueCounts;
}

/**
 * `targets` (issue 17): the 目標 sheet read, checked and placed for the quarter (its fiscal year
 * unless `fiscalYear`, western, says another). It never writes.
 */
export function targets(
  list: OpenedList,
  options: { readonly quarter: Quarter; readonly fiscalYear?: number; readonly language?: Language },
): TargetsReport {
  const model = buildTargets({
    book: list.book,
    sheet: list.sheet,
    layout: list.layout,
    choices: list.choices,
    fiscalYear: options.fiscalYear ?? options.quarter.fiscalYear + REIWA_OFFSET,
    quarter: options.quarter.quarter,
    language: options.language,
  });
  const issues = model?.issues ?? [];
  return { source: list.sheet.name, model, issues, counts: countIssues(issues) };
}

/** The targets a measure serves: what a PL's card shows. */
export function targetsServedBy(model: TargetsModel | null, measureId: string): TargetResult[] {
  if (!model) return [];
  return model.targets.filter((r) => r.links.measures.some((m) => m.id === measureId));
}
