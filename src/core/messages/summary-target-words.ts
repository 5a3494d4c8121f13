import type { Language } from "./messages";
import { summaryTargetWordsEn } from "./summary-target-words-en";
import { summaryTargetWordsJa } from "./summary-target-words-ja";
import { targetWords, type TargetWords } from "./target-words";

/**
 * The words the summary sheet's 目標 section adds to the targets' own (target-words: heads,
 * statuses, the KGI's sentences, the gap lists' titles): its title, the columns only the printed
 * table has, and the path charts.
 */
export interface SummaryTargetWords {
  /** The section bar: 「目標（2026年度、R8Q2 時点）」. */
  readonly section: (year: number, quarter: string) => string;
  /** Where the figures come from. */
  readonly source: (sheet: string) => string;
  /** Heads the targets' own words do not have. */
  readonly heads: {
    readonly kind: string;
    readonly target: string;
    readonly rateOrStage: (rate: string, stage: string) => string;
    readonly grade: string;
    readonly pace: string;
    readonly note: string;
  };
  /** 区分: 「KGI」, 「数値」, 「段階」. */
  readonly kind: { readonly kgi: string; readonly numeric: string; readonly staged: string };
  /** The year whose planned stage a staged target reached: 「2027年度の段階」. */
  readonly stageOf: (year: number) => string;
  /** Appended to a figure the row counts as an amount saved: 「削減」. */
  readonly reduction: string;
  /** A percentage and an amount of hours, as the KGI's sentence puts them. */
  readonly percent: (value: string) => string;
  readonly hours: (value: string) => string;
  /** Sentences run together on one line. */
  readonly sentences: (parts: readonly string[]) => string;
  /** A measure with its share of a 施策の合計 actual: 「C3-2 …（60%）」. */
  readonly share: (label: string, percent: string) => string;
  /** 関連施策 entries that name no measure of the list. */
  readonly unmatched: (names: readonly string[]) => string;
  readonly issues: (count: number) => string;
  /** A gap list's title with its count: 「施策のない目標（1 件）」. */
  readonly counted: (title: string, count: number) => string;
  readonly measureHeads: { readonly id: string; readonly item: string; readonly kpi: string };
  readonly noGaps: string;
  /** The charts' part of the section, and each chart's data heads. */
  readonly paths: string;
  readonly year: string;
  readonly yearLabel: (year: number) => string;
  readonly baselineYear: (year: number) => string;
  readonly chartTitle: (name: string, unit: string | null) => string;
}

/** Both tables of a language: the section's own words and the targets' words it shares. */
export interface SectionWords {
  readonly own: SummaryTargetWords;
  readonly targets: TargetWords;
}

const WORDS: Record<Language, SummaryTargetWords> = { ja: summaryTargetWordsJa, en: summaryTargetWordsEn };

export function summaryTargetWords(language: Language = "ja"): SectionWords {
  return { own: WORDS[language], targets: targetWords(language) };
}
