import { ChoiceIndex } from "../choices/choices";
import { formatQuarter, type Quarter } from "../calendar/fiscal-calendar";
import { readMeasureRows } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import type { Language } from "../messages/messages";

/** What a PL still has to write for the quarter. */
export type ChaseField = "progress" | "weather" | "direction" | "directionReason";

export interface ChaseItem {
  /** 1-based sheet row. */
  readonly row: number;
  readonly id: string | null;
  readonly item: string;
  readonly missing: readonly ChaseField[];
}

export interface ChaseGroup {
  readonly department: string;
  readonly items: readonly ChaseItem[];
}

/**
 * 催促リスト: per department (in the list's order), the measures whose progress, weather or
 * direction is still empty, or whose direction needs a reason that is missing. Only columns the
 * list has are asked for.
 */
export function chaseList(list: OpenedList): ChaseGroup[] {
  const directions = new ChoiceIndex(list.choices.direction);
  const groups = new Map<string, ChaseItem[]>();
  for (const row of readMeasureRows(list.sheet, list.layout)) {
    const missing: ChaseField[] = [];
    for (const field of ["progress", "weather", "direction"] as const)
      if (row.columns.has(field) && row.isBlank(field)) missing.push(field);
    const direction = directions.match(row.value("direction"));
    const needsReason =
      (direction.kind === "canonical" || direction.kind === "variant") &&
      list.choices.direction.find((d) => d.value === direction.value)?.needsReason === true;
    if (needsReason && row.columns.has("directionReason") && row.isBlank("directionReason"))
      missing.push("directionReason");
    if (missing.length === 0) continue;
    const department = row.text("department") || "（主担当部なし）";
    let items = groups.get(department);
    if (!items) groups.set(department, (items = []));
    items.push({ row: row.row, id: row.id, item: row.text("item"), missing });
  }
  return [...groups].map(([department, items]) => ({ department, items }));
}

const LABELS: Record<Language, Record<ChaseField, string>> = {
  ja: { progress: "進捗状況", weather: "天気", direction: "今後の方向性", directionReason: "方向性理由" },
  en: { progress: "progress", weather: "weather", direction: "direction", directionReason: "reason" },
};

/**
 * The message a PMO copies to a department's PL: plain text, one line per measure. Nothing is
 * sent anywhere; the pane only offers it for copying.
 */
export function chaseMessage(group: ChaseGroup, quarter: Quarter, language: Language = "ja"): string {
  const q = formatQuarter(quarter);
  const line = (i: ChaseItem) =>
    `・${i.id ?? (language === "ja" ? `${i.row}行目` : `row ${i.row}`)} ${i.item}: ${i.missing.map((f) => LABELS[language][f]).join(language === "ja" ? "、" : ", ")}`;
  if (language === "en")
    return [
      `To the PL of ${group.department}`,
      "",
      `In the measure list for ${q}, these entries are still empty. Please fill them in.`,
      "",
      ...group.items.map(line),
      "",
      "PMO (DX推進課 行革推進係)",
    ].join("\n");
  return [
    `${group.department} PL ご担当者様`,
    "",
    `施策リスト（${q}）で、次の項目がまだ入力されていません。ご記入をお願いします。`,
    "",
    ...group.items.map(line),
    "",
    "総務部 DX推進課 行革推進係",
  ].join("\n");
}
