import { ChoiceIndex } from "../choices/choices";
import { readMeasureRows } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";

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
  /** The department as the list writes it; empty for measures that name none. */
  readonly department: string;
  readonly items: readonly ChaseItem[];
}

/**
 * 催促リスト: per department (in the list's order), the measures whose progress, weather or
 * direction is still empty, or whose direction needs a reason that is missing. Only columns the
 * list has are asked for. The message to a department's PL is messages/chase-message.ts's.
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
    const department = row.text("department");
    let items = groups.get(department);
    if (!items) groups.set(department, (items = []));
    items.push({ row: row.row, id: row.id, item: row.text("item"), missing });
  }
  return [...groups].map(([department, items]) => ({ department, items }));
}
