import type { AttainmentColumn } from "../actions/attainment";
import { fieldLabel } from "../list/fields";
import type { ListChoiceReason } from "../list/find-list";
import type { Language } from "./messages";
import { noteWordsEn } from "./note-words-en";
import { noteWordsJa } from "./note-words-ja";

/** The words of the notes an action adds beside its report: how the list was chosen, what was not placed. */
export interface NoteWords {
  readonly reasons: Readonly<Record<ListChoiceReason, string>>;
  /** How to pick another sheet on the command line. */
  readonly pickWithSheet: string;
  readonly otherLists: (used: string, sheets: readonly string[], reason: string, pick: string) => string;
  /** `labels` are the columns' header names, as the sheet would have them. */
  readonly unplacedColumns: (labels: readonly string[]) => string;
}

const WORDS: Record<Language, NoteWords> = { ja: noteWordsJa, en: noteWordsEn };

/**
 * The line that tells a person which of several complete lists was used, why, and how to pick
 * another: `--sheet` on the command line, the sheet picker in the pane.
 */
export function otherListsMessage(
  used: string,
  others: { readonly sheets: readonly string[]; readonly reason: ListChoiceReason },
  language: Language = "ja",
  pick: string = WORDS[language].pickWithSheet,
): string {
  const w = WORDS[language];
  return w.otherLists(used, [used, ...others.sheets], w.reasons[others.reason], pick);
}

/**
 * The line that tells a person why 達成率/達成度 columns were not added: no column right of the
 * list is empty on all its rows up to the sheet's last column (XFD). A 達成率 or 達成度 column the
 * list already has is still written.
 */
export function unplacedColumnsMessage(
  columns: readonly AttainmentColumn[],
  language: Language = "ja",
): string {
  return WORDS[language].unplacedColumns(columns.map((c) => fieldLabel(c)));
}
