import type { RowEdit } from "../../core/actions/check-rows";
import type { CellValue } from "../../core/port/grid";
import { typedValue, type MeasureCard } from "./department-rows";

/** What a PL has typed and not saved: text by grid row, then by column key. */
export type DraftEdits = ReadonlyMap<number, Readonly<Record<string, string>>>;

/**
 * A typed text as the cell value it becomes: the KPI actual reads numbers (`28` → 28), every
 * other field keeps the text as typed; blank is empty.
 */
export function draftValue(card: MeasureCard, key: string, text: string): CellValue {
  if (key === card.actualKey) return typedValue(text);
  return text.trim() === "" ? null : text;
}

/** A card's unsaved values as cell values. */
export function draftValues(
  card: MeasureCard,
  draft: Readonly<Record<string, string>>,
): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const [key, text] of Object.entries(draft)) values[key] = draftValue(card, key, text);
  return values;
}

/** The drafts with one field set, dropped again when it is back to what the cell holds. */
export function withDraft(drafts: DraftEdits, card: MeasureCard, key: string, text: string): DraftEdits {
  const next = new Map(drafts);
  const row = { ...(next.get(card.rowIndex) ?? {}), [key]: text };
  if (sameCell(card.values[key] ?? null, draftValue(card, key, text))) delete row[key];
  if (Object.keys(row).length === 0) next.delete(card.rowIndex);
  else next.set(card.rowIndex, row);
  return next;
}

/** The drafts as the core's row edits, for planEdits and checkRows. */
export function rowEditsOf(drafts: DraftEdits, cards: readonly MeasureCard[]): RowEdit[] {
  const byRow = new Map(cards.map((c) => [c.rowIndex, c]));
  const edits: RowEdit[] = [];
  for (const [rowIndex, draft] of drafts) {
    const card = byRow.get(rowIndex);
    if (card) edits.push({ rowIndex, values: draftValues(card, draft) });
  }
  return edits;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || (typeof v === "string" && v.trim() === "");
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return a === b;
}
