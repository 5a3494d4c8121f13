import { labelOfKey } from "../list/fields";
import type { Issue, IssueCode, IssueDraft, IssueParams } from "../validation/issues";
import { messagesEn } from "./messages-en";
import { messagesJa, type MessageContext, type MessageTable } from "./messages-ja";

export type Language = "ja" | "en";

/**
 * The one rule for the reader's language, from a display language as Office or a browser gives
 * it: Japanese for `ja`, `ja-JP`, `ja_JP` (any case) and when none is given, English for every
 * other, `jam` (Jamaican Creole) included.
 */
export function languageOf(displayLanguage: string | null | undefined): Language {
  const tag = displayLanguage?.trim() ?? "";
  return tag === "" || /^ja(?:$|[-_])/iu.test(tag) ? "ja" : "en";
}

const TABLES: Record<Language, MessageTable> = { ja: messagesJa, en: messagesEn };

/** The words for an issue in a language; Japanese is what every report shows. */
export function issueMessage(draft: IssueDraft, language: Language = "ja"): string {
  const ctx: MessageContext = {
    label: draft.field === null ? "" : labelOfKey(draft.field),
    text: draft.value === null ? "" : String(draft.value),
  };
  const write = TABLES[language][draft.code] as (
    params: IssueParams[IssueCode],
    ctx: MessageContext,
  ) => string;
  return write(draft.params, ctx);
}

export function wordIssue(draft: IssueDraft, language: Language = "ja"): Issue {
  return { ...draft, message: issueMessage(draft, language) };
}
