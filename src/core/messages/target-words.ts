import type { NumericStanding, StagedStanding } from "../targets/model";
import type { Language } from "./messages";
import { targetWordsEn } from "./target-words-en";
import { targetWordsJa } from "./target-words-ja";

/** The words for the 目標 sheet's standing: the summary section, the pane's view and the CLI. */
export interface TargetWords {
  /** Column heads: 項目, 現在地, 目標, 実績, 達成率, 段階, 状況, 関連施策. */
  readonly heads: {
    readonly item: string;
    readonly baseline: string;
    readonly target: string;
    readonly actual: string;
    readonly rate: string;
    readonly stage: string;
    readonly status: string;
    readonly links: string;
  };
  readonly status: { readonly [S in NumericStanding["status"] | StagedStanding["status"]]: string };
  /** A staged target: the stage reached and the year it was planned for. */
  readonly reachedIn: (stage: string, year: string) => string;
  readonly kgi: {
    /** With a base: the goal share, the share reached, the hours saved and the base. */
    readonly withBase: (goal: string, reached: string, hours: string, base: string) => string;
    /** Without a base: what is known. */
    readonly hoursOnly: (goal: string, hours: string) => string;
    readonly nothingKnown: (goal: string) => string;
    /** What base the KGI needs, said when the sheet gives none. */
    readonly needs: string;
  };
  readonly gaps: {
    readonly targetsWithoutMeasures: string;
    readonly measuresServingNoTarget: string;
    readonly none: string;
  };
  readonly noSheet: string;
}

const WORDS: Record<Language, TargetWords> = { ja: targetWordsJa, en: targetWordsEn };

export function targetWords(language: Language = "ja"): TargetWords {
  return WORDS[language];
}
