import { attainment } from "../../core/actions/attainment";
import { fill } from "../../core/actions/fill";
import { planFix } from "../../core/actions/fix";
import { summary } from "../../core/actions/summary";
import { addTargetsSheet } from "../../core/actions/targets";
import type { LocalTime, Quarter } from "../../core/calendar/fiscal-calendar";
import { REIWA_OFFSET } from "../../core/targets/year-header";
import type { Language } from "../../core/messages/messages";
import { measureNamesOf } from "../../core/list/measure-names";
import type { OpenedList } from "../../core/list/open-list";
import type { Issue } from "../../core/validation/issues";
import type { PaneStrings } from "../i18n/strings";
import type { Prepared, WriteRequest } from "./write-flow";

/**
 * The writes the PMO's buttons ask for, planned from the list as read: the same for the pane and
 * for the emulated-Excel command line, which runs a button's write without a screen.
 */

/** 選択肢を設定: dropdowns and canonical values, with the values fill leaves alone as notes. */
export function fillRequest(list: OpenedList, strings: PaneStrings): Prepared {
  const { report, plan } = fill(list);
  const notes =
    report.unknown.length === 0
      ? []
      : [
          strings.fill.unknown(report.unknown.length),
          ...report.unknown.map((u) =>
            strings.fill.unknownItem(strings.check.place(u.row, u.column), u.value),
          ),
        ];
  return { operation: "fill", plan, notes };
}

/** 達成率を計算: the quarter's fiscal year's rates and grades. */
export function attainmentRequest(list: OpenedList, quarter: Quarter, strings: PaneStrings): Prepared {
  const { report, plan } = attainment(list, quarter);
  return report.noTargetColumn ? { notice: strings.attainment.noTarget } : { operation: "attainment", plan };
}

/** サマリー作成: the quarter's summary sheet after the list. */
export function summaryRequest(
  list: OpenedList,
  context: { readonly quarter: Quarter; readonly now: LocalTime; readonly language: Language },
  strings: PaneStrings,
): Prepared {
  const { report, plan } = summary(list, context);
  if (report.model === null) return { notice: strings.summary.noMeasures };
  return { operation: "summary", plan };
}

/**
 * 目標シートを追加: the empty 目標 sheet after the list, its years from the quarter's fiscal year on;
 * a workbook that has one by now (a co-author added it) gets a sentence naming it instead.
 */
export function targetsSheetRequest(list: OpenedList, quarter: Quarter, strings: PaneStrings): Prepared {
  const { report, plan } = addTargetsSheet(list, { fiscalYear: westernYear(quarter.fiscalYear) });
  if (report.existing !== null) return { notice: strings.targets.exists(report.existing) };
  return { operation: "targets-sheet", plan };
}

/** 「☁」に直す and the like: each issue's one-click fix, written into its cell. */
export function fixRequest(list: OpenedList, issues: readonly Issue[]): WriteRequest {
  return { operation: "fix", plan: planFix(list, issues).plan, measures: measureNamesOf(list) };
}

/** The quarter's 令和 year as the 目標 sheet counts years: 8 → 2026. */
function westernYear(reiwa: number): number {
  return reiwa + REIWA_OFFSET;
}
