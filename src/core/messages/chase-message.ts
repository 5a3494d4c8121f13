import type { ChaseField, ChaseGroup } from "../actions/chase";
import type { CalendarDate, Quarter } from "../calendar/fiscal-calendar";
import { dateName, quarterName } from "./calendar-words";
import { chaseWordsEn } from "./chase-words-en";
import { chaseWordsJa } from "./chase-words-ja";
import type { Language } from "./messages";

/** The words of the message a PMO copies to a department's PL (催促リスト). */
export interface ChaseWords {
  /** The department the message is for; a measure with none is grouped under `noDepartment`. */
  readonly greeting: (department: string) => string;
  readonly noDepartment: string;
  /** What is missing, for the quarter in words (「令和7年度 第2四半期（7〜9月）」). */
  readonly request: (quarter: string) => string;
  /** The ask, without a date and with the PMO's reply-by date (「令和7年10月10日（金）」). */
  readonly ask: string;
  readonly askBy: (date: string) => string;
  /** A measure without an id, by its sheet row. */
  readonly row: (row: number) => string;
  readonly fields: Readonly<Record<ChaseField, string>>;
  readonly separator: string;
  /** The signature when the PMO has set no sender of its own. */
  readonly defaultSender: string;
}

/** What the PMO sets for every chase message, kept with the workbook. */
export interface ChaseOptions {
  /** 差出人: the signature; the default one when empty. */
  readonly sender?: string;
  /** 回答期限: the day by which the PL is asked to fill in; none when null. */
  readonly replyBy?: CalendarDate | null;
}

const WORDS: Record<Language, ChaseWords> = { ja: chaseWordsJa, en: chaseWordsEn };

/**
 * The message for one department: plain text, one line per measure with what it still lacks,
 * signed with the PMO's sender and asking by its reply-by date where it set them. Nothing is sent
 * anywhere; the pane only offers it for copying.
 */
export function chaseMessage(
  group: ChaseGroup,
  quarter: Quarter,
  language: Language = "ja",
  options: ChaseOptions = {},
): string {
  const w = WORDS[language];
  const sender = options.sender?.trim() ?? "";
  const replyBy = options.replyBy ?? null;
  return [
    w.greeting(group.department === "" ? w.noDepartment : group.department),
    "",
    w.request(quarterName(quarter, language)),
    replyBy === null ? w.ask : w.askBy(dateName(replyBy, language)),
    "",
    ...group.items.map(
      (i) => `・${i.id ?? w.row(i.row)} ${i.item}: ${i.missing.map((f) => w.fields[f]).join(w.separator)}`,
    ),
    "",
    sender === "" ? w.defaultSender : sender,
  ].join("\n");
}

/** The signature when the PMO has set no sender: shown beside the sender field too. */
export function defaultChaseSender(language: Language = "ja"): string {
  return WORDS[language].defaultSender;
}

/** A reply-by date as the date field gives it (`2025-10-10`), or null when it is not one. */
export function readReplyBy(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? { year, month, day } : null;
}
