import { fiscalYearLabel, type Quarter } from "../../core/calendar/fiscal-calendar";
import { labelOfKey } from "../../core/list/fields";
import type { Issue } from "../../core/validation/issues";
import type { PaneStrings } from "../i18n/strings";
import type { MeasureCard } from "./department-rows";

/** Places named beside a blocked 保存; the rest are counted, so the bar stays small at 340 px. */
const SHOWN_PLACES = 3;

/**
 * Why 保存 is blocked, beside it: 「エラーがあるため保存できません（A1-4 窓口業務改善・方向性理由）。…」,
 * each measure and field once, the problems themselves being said under their fields.
 */
export function blockedReason(
  errors: readonly Issue[],
  cards: readonly MeasureCard[],
  quarter: Quarter,
  strings: PaneStrings,
): string {
  const places = [...new Set(errors.map((i) => problemPlace(i, cards, quarter, strings)))];
  return strings.pl.blocked(
    places.slice(0, SHOWN_PLACES).join(strings.pl.placeSeparator),
    Math.max(0, places.length - SHOWN_PLACES),
  );
}

/**
 * One problem of a PL's save in a line that names the measure and the field as the card does:
 * 「A1-4 窓口業務改善・R7実績値（件）: …」, for the confirmation's warnings.
 */
export function problemLine(
  issue: Issue,
  cards: readonly MeasureCard[],
  quarter: Quarter,
  strings: PaneStrings,
): string {
  return `${problemPlace(issue, cards, quarter, strings)}: ${issue.message}`;
}

/**
 * Where a problem is, as the card names it: 「A1-4 窓口業務改善・方向性理由」. Beside a blocked 保存
 * it is enough, since the problem itself is said under its field.
 */
export function problemPlace(
  issue: Issue,
  cards: readonly MeasureCard[],
  quarter: Quarter,
  strings: PaneStrings,
): string {
  const card = cards.find((c) => c.row === issue.row);
  const measure = card
    ? `${card.id ?? strings.check.place(card.row, "")} ${card.item}`
    : strings.check.place(issue.row ?? 0, issue.column ?? "");
  return strings.pl.problemPlace(measure, fieldName(issue.field, card, quarter, strings));
}

/** A field as the card labels it; a column the card does not show by the list's own header name. */
export function fieldName(
  field: string | null,
  card: MeasureCard | undefined,
  quarter: Quarter,
  strings: PaneStrings,
): string {
  if (field === null) return "";
  const fields: Readonly<Record<string, string>> = strings.pl.fields;
  if (field in fields) return fields[field];
  if (card && field === card.actualKey && card.kpi)
    return strings.pl.actual(fiscalYearLabel(quarter.fiscalYear), card.kpi.unit);
  return labelOfKey(field);
}
