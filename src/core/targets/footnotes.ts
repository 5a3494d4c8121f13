import { normalizeHeader } from "../list/normalize";
import type { Target } from "./model";

/** A line under the table that annotates it: 「※現在地（2025年度）のデータについて…」, 「注）…」. */
export function isFootnote(text: string): boolean {
  return /^(?:※|注[)）:：]|[(（]注)/u.test(text.trim());
}

/**
 * Attaches each footnote to the rows it names in 「」 as the date of their 現在地: seed 004's
 * 「「文書管理システムの電子決裁（発意起案）」は2026年2月末時点」 gives that row 「2026年2月末時点」.
 * A footnote naming no row stays a note of its own line. 備考 cells are notes of their rows.
 */
export function attachFootnotes(
  targets: readonly Target[],
  footnotes: readonly { readonly row: number; readonly text: string }[],
): { targets: Target[]; notes: { row: number; text: string }[] } {
  const byName = new Map(targets.map((t) => [normalizeHeader(t.name), t]));
  const baselineNotes = new Map<Target, string>();
  const notes: { row: number; text: string }[] = targets
    .filter((t) => t.note !== undefined)
    .map((t) => ({ row: t.row, text: t.note ?? "" }));
  for (const footnote of footnotes) {
    let named = false;
    for (const match of footnote.text.matchAll(/「([^」]+)」([^「。]*)/gu)) {
      const target = byName.get(normalizeHeader(match[1]));
      if (!target) continue;
      named = true;
      const said = match[2].replace(/^\s*[はが、]\s*/u, "").trim();
      if (said !== "") {
        baselineNotes.set(target, said);
        notes.push({ row: target.row, text: said });
      }
    }
    if (!named) notes.push({ row: footnote.row, text: footnote.text });
  }
  notes.sort((a, b) => a.row - b.row);
  return {
    targets: targets.map((t) => {
      const note = baselineNotes.get(t);
      return note === undefined ? t : { ...t, baseline: { ...t.baseline, note } };
    }),
    notes,
  };
}
