import { fiscalYearName } from "../../core/messages/calendar-words";
import { REIWA_OFFSET } from "../../core/targets/year-header";
import type { PaneStrings } from "../i18n/strings";
import { amountText } from "../../core/targets/value-text";
import type { PathWords } from "./path-chart-model";

/**
 * 「令和8年度」, "FY2026": the model's western fiscal year (2026) named as the rest of the pane
 * names years.
 */
export function westernYearName(year: number, strings: PaneStrings): string {
  return fiscalYearName(year - REIWA_OFFSET, strings.lang);
}

/** A path chart's words in the pane's language, its numbers with the target's unit. */
export function pathWords(strings: PaneStrings, unit: string): PathWords {
  const t = strings.targets;
  return {
    year: (year) => westernYearName(year, strings),
    number: (value) => amountText(value, unit),
    baseline: t.baselinePoint,
    target: t.targetPoint,
    actual: t.actualPoint,
    step: t.pointPair,
    text: t.pathText,
    separator: t.pathSeparator,
  };
}
