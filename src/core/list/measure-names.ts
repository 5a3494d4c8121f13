import { readMeasureRows } from "./measure-row";
import type { OpenedList } from "./open-list";

/** A measure as a person names it: 施策番号 (null when the row has none) and 管理項目. */
export interface MeasureName {
  readonly id: string | null;
  readonly item: string;
  /** 1-based sheet row, for a measure with no 施策番号. */
  readonly row: number;
}

/** The measures of a list by 0-based grid row, so a write's cells can say whose they are. */
export interface MeasureNames {
  readonly sheet: string;
  readonly rows: ReadonlyMap<number, MeasureName>;
}

export function measureNamesOf(list: OpenedList): MeasureNames {
  const rows = new Map<number, MeasureName>();
  for (const row of readMeasureRows(list.sheet, list.layout))
    rows.set(row.rowIndex, { id: row.id, item: row.text("item"), row: row.row });
  return { sheet: list.sheet.name, rows };
}

/** The measure a cell belongs to, or null (a header cell, another sheet). */
export function measureAt(
  names: MeasureNames | undefined,
  sheet: string,
  rowIndex: number,
): MeasureName | null {
  if (!names || names.sheet !== sheet) return null;
  return names.rows.get(rowIndex) ?? null;
}
