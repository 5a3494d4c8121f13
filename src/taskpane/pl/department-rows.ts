import { rowAttainment, type RowAttainment } from "../../core/kpi/attainment";
import { isPercentRow, kpiKeyForYear } from "../../core/kpi/kpi";
import type { Quarter } from "../../core/calendar/fiscal-calendar";
import { measureRowsAt, readMeasureRows, type MeasureRow } from "../../core/list/measure-row";
import type { OpenedList } from "../../core/list/open-list";
import type { CellValue } from "../../core/port/grid";
import { withCells, type CellEdit } from "../../core/port/grid-edit";

/** The columns a PL edits (§1), when the list has them; the KPI actual is added per fiscal year. */
export const PL_FIELDS = ["progress", "weather", "direction", "directionReason"] as const;

export interface Department {
  readonly name: string;
  readonly measures: number;
}

/** One measure as a PL's card shows it. */
export interface MeasureCard {
  readonly rowIndex: number;
  readonly row: number;
  readonly id: string | null;
  readonly item: string;
  /** The editable keys the list has, in card order, with what the cells hold. */
  readonly values: Readonly<Record<string, CellValue>>;
  readonly keys: readonly string[];
  /** The fiscal year's 実績値 column key (`actual[R7]`), null when the list has no KPI actual. */
  readonly actualKey: string | null;
  readonly kpi: { readonly name: string; readonly unit: string; readonly percent: boolean } | null;
}

/** The departments of the list in the order their first measure appears, with how many each has. */
export function departmentsOf(list: OpenedList): Department[] {
  const counts = new Map<string, number>();
  for (const row of readMeasureRows(list.sheet, list.layout)) {
    const name = row.text("department");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, measures]) => ({ name, measures }));
}

/** A department's measures, top to bottom, with the cells a PL may edit. */
export function departmentCards(list: OpenedList, department: string, quarter: Quarter): MeasureCard[] {
  return readMeasureRows(list.sheet, list.layout)
    .filter((row) => row.text("department") === department)
    .map((row) => cardOf(row, quarter));
}

/**
 * The row's attainment with the PL's unsaved values laid over it, so rate, grade and pace follow
 * what they type; null when the row has no target for the year.
 */
export function editedAttainment(
  list: OpenedList,
  rowIndex: number,
  values: Readonly<Record<string, CellValue>>,
  quarter: Quarter,
): RowAttainment | null {
  const [row] = measureRowsAt(list.sheet, list.layout, new Set([rowIndex]));
  if (!row) return null;
  const cells: CellEdit[] = [];
  for (const [key, value] of Object.entries(values)) {
    const binding = row.columns.get(key);
    if (binding) cells.push({ rowIndex, col: binding.col, value });
  }
  const sheet = withCells(list.sheet, cells);
  const [edited] = measureRowsAt(sheet, list.layout, new Set([rowIndex]));
  return edited ? rowAttainment(edited, quarter, list.choices) : null;
}

/**
 * What a typed value is written as: a plain number (`28`, `1,200`, full-width digits) as a number,
 * so Excel can compute with it; anything else (`50.1%`, `16/77`) as the text typed, which the
 * check reads the same way it reads the PL's own cells; blank as empty.
 */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const plain = trimmed.normalize("NFKC").replace(/,/gu, "");
  return /^-?\d+(\.\d+)?$/u.test(plain) ? Number(plain) : trimmed;
}

function cardOf(row: MeasureRow, quarter: Quarter): MeasureCard {
  const actualKey = kpiKeyForYear(row, "actual", quarter.fiscalYear);
  const keys = [...PL_FIELDS.filter((f) => row.columns.has(f)), ...(actualKey === null ? [] : [actualKey])];
  const values: Record<string, CellValue> = {};
  for (const key of keys) values[key] = row.value(key);
  return {
    rowIndex: row.rowIndex,
    row: row.row,
    id: row.id,
    item: row.text("item"),
    values,
    keys,
    actualKey,
    kpi:
      actualKey === null
        ? null
        : { name: row.text("kpiName"), unit: row.text("unit"), percent: isPercentRow(row) },
  };
}
