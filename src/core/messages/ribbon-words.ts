import type { IssueCounts } from "../validation/issues";
import type { Language } from "./messages";
import { ribbonWordsEn } from "./ribbon-words-en";
import { ribbonWordsJa } from "./ribbon-words-ja";

/** What the ribbon's buttons (サマリー作成, チェック) say in their dialog, beside a write's own words. */
export interface RibbonWords {
  /** The dialog's title when nothing more specific is known. */
  readonly appTitle: string;
  readonly summaryTitle: string;
  readonly checkTitle: string;
  readonly nothingToSummarise: (sheet: string) => string;
  readonly summaryMade: (sheet: string, source: string, quarter: string) => string;
  /** The measures and their weather: `tally` as counts.ts's tallyText writes it. */
  readonly measures: (measures: number, tally: string) => string;
  readonly watchlist: (measures: number) => string;
  readonly checked: (sheet: string, rows: number) => string;
  readonly counts: (counts: IssueCounts) => string;
  readonly unexpected: (detail: string) => string;
  readonly showInPane: string;
  readonly close: string;
}

const WORDS: Record<Language, RibbonWords> = { ja: ribbonWordsJa, en: ribbonWordsEn };

export function ribbonWords(language: Language): RibbonWords {
  return WORDS[language];
}
