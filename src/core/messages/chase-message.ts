import type { ChaseField, ChaseGroup } from "../actions/chase";
import { formatQuarter, type Quarter } from "../calendar/fiscal-calendar";
import { chaseWordsEn } from "./chase-words-en";
import { chaseWordsJa } from "./chase-words-ja";
import type { Language } from "./messages";

/** The words of the message a PMO copies to a department's PL (催促リスト). */
export interface ChaseWords {
  /** The department the message is for; a measure with none is grouped under `noDepartment`. */
  readonly greeting: (department: string) => string;
  readonly noDepartment: string;
  readonly request: (quarter: string) => string;
  /** A measure without an id, by its sheet row. */
  readonly row: (row: number) => string;
  readonly fields: Readonly<Record<ChaseField, string>>;
  readonly separator: string;
  readonly signature: string;
}

const WORDS: Record<Language, ChaseWords> = { ja: chaseWordsJa, en: chaseWordsEn };

/**
 * The message for one department: plain text, one line per measure with what it still lacks.
 * Nothing is sent anywhere; the pane only offers it for copying.
 */
export function chaseMessage(group: ChaseGroup, quarter: Quarter, language: Language = "ja"): string {
  const w = WORDS[language];
  return [
    w.greeting(group.department === "" ? w.noDepartment : group.department),
    "",
    w.request(formatQuarter(quarter)),
    "",
    ...group.items.map(
      (i) => `・${i.id ?? w.row(i.row)} ${i.item}: ${i.missing.map((f) => w.fields[f]).join(w.separator)}`,
    ),
    "",
    w.signature,
  ].join("\n");
}
