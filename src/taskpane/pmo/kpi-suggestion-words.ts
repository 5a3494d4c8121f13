import { formatNumberJa } from "../../core/kpi/numbers";
import type { KpiSuggestion } from "../../core/kpi/kpi-suggestions";
import { relativeTargetText } from "../../core/messages/kpi-message";
import type { PaneStrings } from "../i18n/strings";

/** What a KPI suggestion's card says, and whether it offers to write anything. */
export interface SuggestionWords {
  /** 「A1-4 の目標値: 60」, 「A3-2 の目標値: 前年度（R6）比 10%増」. */
  readonly headline: string;
  /** For a relative target: the figure worked out from the row's own, or why there is none. */
  readonly detail: string | null;
  /** Whether there is a value to write: a relative target only with a figure worked out. */
  readonly acceptable: boolean;
}

/**
 * A suggestion in the pane's words: a plain value as read (「28/60」, 「50.1%」), a relative target
 * as relative, never as its bare percentage.
 */
export function suggestionWords(s: KpiSuggestion, strings: PaneStrings): SuggestionWords {
  const id = s.id ?? strings.check.place(s.row, "");
  const field = strings.attainment.field[s.field];
  if (s.relative) {
    const text = relativeTargetText(s.relative, s.value, strings.lang);
    return {
      headline: strings.attainment.suggestion(id, field, text.relative),
      detail: text.detail,
      acceptable: s.relative.target !== null,
    };
  }
  const value = `${formatNumberJa(s.value)}${s.of === null ? "" : `/${formatNumberJa(s.of)}`}${s.unit ?? ""}`;
  return { headline: strings.attainment.suggestion(id, field, value), detail: null, acceptable: true };
}
