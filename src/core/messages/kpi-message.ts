import { formatNumberJa } from "../kpi/numbers";
import type { RelativeTarget } from "../kpi/kpi-suggestions";
import { fiscalYearLabel } from "../calendar/fiscal-calendar";
import { labelOfKey } from "../list/fields";
import { kpiWordsEn } from "./kpi-words-en";
import { kpiWordsJa } from "./kpi-words-ja";
import type { Language } from "./messages";

/** The words for a KPI target a measure's text states against an earlier figure. */
export interface KpiWords {
  /** What it is measured from: 「前年度（R6）」, 「R5」, 「基準値」. */
  readonly base: {
    readonly previousYear: (year: string) => string;
    readonly year: (year: string) => string;
    readonly baseline: string;
  };
  /** 「10%増」, "10% up": the move alone. */
  readonly amount: (percent: string, change: RelativeTarget["change"]) => string;
  /** 「前年度（R6）比 10%増」: the target as the text means it. */
  readonly relative: (base: string, percent: string, change: RelativeTarget["change"]) => string;
  /** 「目標値 42,822件（R6実績値 38,929件から）」. */
  readonly worked: (target: string, basisName: string, basis: string) => string;
  /** Why no target is worked out; `names` are the columns that would give the figure. */
  readonly missing: {
    readonly basis: (names: readonly string[]) => string;
    readonly direction: string;
    readonly percentKpi: (amount: string) => string;
  };
}

const WORDS: Record<Language, KpiWords> = { ja: kpiWordsJa, en: kpiWordsEn };

/**
 * A relative target in words, the one way the pane and the command line say it: what the text
 * means (`relative`), and the target worked out from the row's figure or why there is none (`detail`).
 */
export function relativeTargetText(
  target: RelativeTarget,
  percent: number,
  language: Language = "ja",
): { readonly relative: string; readonly detail: string } {
  const w = WORDS[language];
  const base =
    target.base.kind === "baseline"
      ? w.base.baseline
      : target.base.previous
        ? w.base.previousYear(fiscalYearLabel(target.base.fiscalYear))
        : w.base.year(fiscalYearLabel(target.base.fiscalYear));
  const shown = `${formatNumberJa(Math.abs(percent))}%`;
  const relative = w.relative(base, shown, target.change);
  const counted = (n: number) => `${formatNumberJa(n)}${target.unit}`;
  if (target.target !== null && target.basis !== null)
    return {
      relative,
      detail: w.worked(counted(target.target), labelOfKey(target.basis.key), counted(target.basis.value)),
    };
  if (target.missing === "direction") return { relative, detail: w.missing.direction };
  if (target.missing === "percent-kpi")
    return { relative, detail: w.missing.percentKpi(w.amount(shown, target.change)) };
  const names =
    target.base.kind === "baseline"
      ? ["baseline"]
      : [`actual[R${target.base.fiscalYear}]`, ...(target.base.previous ? ["baseline"] : [])];
  return { relative, detail: w.missing.basis(names.map((key) => labelOfKey(key))) };
}
