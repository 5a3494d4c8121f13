import type { Quarter } from "../calendar/fiscal-calendar";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";
import { countIssues, type Issue, type IssueCounts } from "../validation/issues";
import type { TargetResult, TargetsModel } from "../targets/model";
import { buildTargets } from "../targets/targets-model";
import { REIWA_OFFSET } from "../targets/year-header";
import { findTargets } from "../targets/find-targets";
import { freeSheetName, targetsSheetTemplate } from "../targets/targets-sheet";
import { EMPTY_PLAN } from "../port/plan";
import type { ActionOutput } from "./action";

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

export interface AddTargetsReport {
  /** The sheet added, or null when the workbook has a 目標 sheet already. */
  readonly added: string | null;
  /** The 目標 sheet the workbook already has. */
  readonly existing: string | null;
}

/**
 * Adds an empty 目標 sheet after the list, its year columns from `fiscalYear` (western) on; a
 * workbook that has one already gets nothing. The write engine logs it in 変更履歴 under
 * 「目標シートの追加」 and an undo takes it away again.
 */
export function addTargetsSheet(
  list: OpenedList,
  options: { readonly fiscalYear: number },
): ActionOutput<AddTargetsReport> {
  const existing = findTargets(list.book, { skip: (s) => s.name === list.sheet.name });
  if (existing) return { report: { added: null, existing: existing.sheet.name }, plan: EMPTY_PLAN };
  const name = freeSheetName(list.book.sheets.map((s) => s.name));
  return {
    report: { added: name, existing: null },
    plan: {
      newSheets: [targetsSheetTemplate(options.fiscalYear, name, list.sheet.name)],
      runs: [],
      dropdowns: [],
    },
  };
}
