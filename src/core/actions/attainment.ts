import { computeAttainment, type AttainmentReport } from "../kpi/attainment";
import { fieldLabel, type FieldName } from "../list/fields";
import type { Quarter } from "../calendar/fiscal-calendar";
import { cellAt, isBlank, type SheetGrid } from "../port/grid";
import type { ListLayout } from "../list/layout";
import { readMeasureRows } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import { EMPTY, num, sameValue, text, type CellWrite, type PlannedValue } from "../port/plan";

/** The number format of 達成率 cells: a percentage, as §9 keeps rates as fractions. */
export const RATE_FORMAT = "0.0%";

export interface AttainmentPlan {
  readonly report: AttainmentReport;
  readonly cells: readonly CellWrite[];
  /** 0-based columns written, and whether the tool adds their header. */
  readonly columns: {
    readonly rate: number;
    readonly grade: number;
    readonly created: readonly ("attainmentRate" | "grade")[];
  } | null;
  /** Why nothing can be computed: the list has no target column for any year. */
  readonly noTargetColumn: boolean;
}

const KPI_FIELDS: ReadonlySet<FieldName> = new Set([
  "kpiName",
  "unit",
  "baseline",
  "target",
  "actual",
  "polarity",
]);

/**
 * Plans `attainment` (§6): 達成率 (a number shown as %) and 達成度 on every data row with a target,
 * in the list's own columns when it has them, else in new columns after the KPI columns with
 * header cells in every header block. Only cells whose value changes are written.
 */
export function planAttainment(list: OpenedList, quarter: Quarter): AttainmentPlan {
  const { sheet, layout, choices } = list;
  const rows = readMeasureRows(sheet, layout);
  const report = computeAttainment(rows, quarter, choices);
  const columns = layout.blocks.flatMap((b) => b.columns);
  if (!columns.some((c) => c.field === "target"))
    return { report, cells: [], columns: null, noTargetColumn: true };

  const placed = placeColumns(sheet, layout);
  const cells: CellWrite[] = [];
  const write = (row: number, col: number, value: PlannedValue, field: string, style?: "header") => {
    const current = cellAt(sheet, row, col);
    if (sameValue(current, value)) return;
    cells.push({
      sheet: sheet.name,
      row,
      col,
      value,
      expected: current,
      field,
      purpose: style ? "header" : "attainment",
      style,
    });
  };
  for (const field of placed.created) {
    const col = field === "attainmentRate" ? placed.rate : placed.grade;
    for (const block of layout.blocks) write(block.columnRow, col, text(fieldLabel(field)), field, "header");
  }
  // Rows without a target are left as they are: whatever a person wrote there stays.
  for (const result of report.rows) {
    write(
      result.index,
      placed.rate,
      result.rate === null ? EMPTY : num(result.rate, RATE_FORMAT),
      "attainmentRate",
    );
    write(result.index, placed.grade, text(result.grade), "grade");
  }
  return { report, cells, columns: placed, noTargetColumn: false };
}

/**
 * Existing 達成率/達成度 columns are reused. Missing ones go in the first columns after the KPI
 * columns that are empty on every row of the list, so nothing already in the sheet is moved or
 * overwritten (inserting columns would shift every reference a city has built).
 */
function placeColumns(
  sheet: SheetGrid,
  layout: ListLayout,
): { rate: number; grade: number; created: ("attainmentRate" | "grade")[] } {
  const all = layout.blocks.flatMap((b) => b.columns);
  const existing = (field: FieldName) => all.find((c) => c.field === field)?.col ?? null;
  let rate = existing("attainmentRate");
  let grade = existing("grade");
  const created: ("attainmentRate" | "grade")[] = [];
  const listRows = layout.blocks.flatMap((b) => [...b.headerRows, ...b.dataRows]);
  const taken = new Set(all.map((c) => c.col));
  const top = Math.min(...listRows);
  const bottom = Math.max(...listRows);
  const merged = (col: number) =>
    sheet.merges.some((m) => m.left <= col && col <= m.right && m.top <= bottom && m.bottom >= top);
  const isFree = (col: number) =>
    !taken.has(col) && !merged(col) && listRows.every((r) => isBlank(cellAt(sheet, r, col)));
  const kpiEnd = Math.max(-1, ...all.filter((c) => KPI_FIELDS.has(c.field)).map((c) => c.col));
  let next = kpiEnd + 1;
  const claim = () => {
    while (!isFree(next)) next++;
    taken.add(next);
    return next;
  };
  if (rate === null) {
    rate = claim();
    created.push("attainmentRate");
  }
  if (grade === null) {
    next = Math.max(next, rate + 1);
    grade = claim();
    created.push("grade");
  }
  return { rate, grade, created };
}
