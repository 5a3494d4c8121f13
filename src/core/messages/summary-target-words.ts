import type { NumericStanding, StagedStanding } from "../targets/model";
import type { Language } from "./messages";
import { summaryTargetWordsEn } from "./summary-target-words-en";
import { summaryTargetWordsJa } from "./summary-target-words-ja";

/** The words of the summary sheet's 目標 section: its title, table heads, statuses and lists. */
export interface SummaryTargetWords {
  /** The section bar: 「目標（2026年度、R8Q2 時点）」. */
  readonly section: (year: number, quarter: string) => string;
  /** Where the figures come from: 「シート「目標」から」. */
  readonly source: (sheet: string) => string;
  readonly heads: {
    readonly kind: string;
    readonly name: string;
    readonly baseline: string;
    readonly target: string;
    readonly actual: string;
    readonly rateOrStage: string;
    readonly grade: string;
    readonly status: string;
    readonly measures: string;
    readonly pace: string;
    readonly note: string;
  };
  /** 区分: 「KGI」, 「数値」, 「段階」. */
  readonly kind: { readonly kgi: string; readonly numeric: string; readonly staged: string };
  /** Appended to a figure the row counts as an amount saved: 「削減」. */
  readonly reduction: string;
  readonly numericStatus: Readonly<Record<NumericStanding["status"], string>>;
  readonly stagedStatus: Readonly<Record<StagedStanding["status"], string>>;
  /** The year whose planned stage was reached: 「2027年度の段階」. */
  readonly stageOf: (year: number) => string;
  /** A measure with its share of a 施策の合計 actual: 「C3-2 60%」. */
  readonly share: (label: string, percent: string) => string;
  readonly noMeasures: string;
  /** 関連施策 entries that name no measure of the list. */
  readonly unmatched: (names: readonly string[]) => string;
  readonly kgi: {
    /** The KGI's cut: 「30%減」. */
    readonly cut: (percent: string) => string;
    readonly hours: (hours: string) => string;
    /** 「KGI 既存業務の業務量 30%減: 達成 12.5%（基準 業務量 100,000時間）」. */
    readonly reached: (name: string, target: string, achieved: string, base: string) => string;
    /** No base: what is known, and what base it needs. */
    readonly known: (name: string, target: string, saved: string | null, needs: string) => string;
  };
  readonly issues: (count: number) => string;
  readonly targetsWithoutMeasures: (count: number) => string;
  readonly measuresServingNoTarget: (count: number) => string;
  readonly measureHeads: { readonly id: string; readonly item: string; readonly kpi: string };
  readonly noGaps: string;
  /** The charts' part of the section, and each chart's data heads. */
  readonly paths: string;
  readonly pathHeads: { readonly year: string; readonly target: string; readonly actual: string };
  readonly yearLabel: (year: number) => string;
  readonly baselineYear: (year: number) => string;
  readonly chartTitle: (name: string, unit: string | null) => string;
}

const WORDS: Record<Language, SummaryTargetWords> = { ja: summaryTargetWordsJa, en: summaryTargetWordsEn };

export function summaryTargetWords(language: Language = "ja"): SummaryTargetWords {
  return WORDS[language];
}
