import { computeAttainment, paceDisagreement, type AttainmentReport } from "../kpi/attainment";
import { suggestKpiValues, type KpiSuggestion } from "../kpi/kpi-suggestions";
import { fieldLabel, type FieldName } from "../list/fields";
import type { Quarter } from "../calendar/fiscal-calendar";
import { cellAt, isBlank, LAST_COLUMN, type SheetGrid } from "../port/grid";
import { listEnds, listSpan, type ListLayout } from "../list/layout";
import { readMeasureRows } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import { EMPTY, num, runCellCount, sameValue, text, type PlannedValue } from "../port/plan";
import { toRuns, type CellWrite } from "../port/runs";
import type { IssueDraft } from "../validation/issues";
import { rateRangeIssue } from "../validation/rules/rate-range";
import type { ActionOutput } from "./action";
import { listInputs } from "./list-inputs";

/** The KPI cells a row's rate is computed from: its numbers, its direction, and its unit (%). */
const INPUT_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  "unit",
  "baseline",
  "target",
  "actual",
  "polarity",
]);

/** The number format of 達成率 cells: a percentage, as §9 keeps rates as fractions. */
export const RATE_FORMAT = "0.0%";

export interface AttainmentActionReport extends AttainmentReport {
  readonly sheet: string;
  /** Cells the plan writes (達成率, 達成度 and any header cell it adds). */
  readonly cellsPlanned: number;
  /** Rows whose weather disagrees with their pace (the check's weather-mismatch warnings). */
  readonly paceMismatches: number;
  /** Rows whose numbers give no finite rate (`out-of-range`, as the check raises it): rate empty, grade `-`. */
  readonly issues: readonly IssueDraft[];
  /** KPI values found in the rows' own texts: only offered, never written by this action. */
  readonly suggestions: readonly KpiSuggestion[];
  /** 0-based columns written, and whether the tool adds their header; null without a target column. */
  readonly columns: PlacedColumns | null;
  /** Why nothing can be computed: the list has no target column for any year. */
  readonly noTargetColumn: boolean;
}

/** Where 達成率 and 達成度 go: a column each, or null when the list has none and no room for one. */
export interface PlacedColumns {
  readonly rate: number | null;
  readonly grade: number | null;
  /** The columns the tool adds, header cells and all. */
  readonly created: readonly AttainmentColumn[];
  /** The columns it would add but cannot: no free column up to the sheet's last (XFD). */
  readonly unplaced: readonly AttainmentColumn[];
}

export type AttainmentColumn = "attainmentRate" | "grade";

/**
 * `attainment` (§6): 達成率 (a number shown as %) and 達成度 on every data row with a target, in
 * the list's own columns when it has them, else in new columns after the KPI columns with header
 * cells in every header block. Only cells whose value changes are written. KPI values the rows'
 * texts state are reported as suggestions, never written.
 */
export function attainment(list: OpenedList, quarter: Quarter): ActionOutput<AttainmentActionReport> {
  const { sheet, layout, choices } = list;
  const rows = readMeasureRows(sheet, layout);
  const computed = computeAttainment(rows, quarter, choices);
  const base = {
    ...computed,
    sheet: sheet.name,
    paceMismatches: computed.rows.filter((r) => paceDisagreement(r) !== null).length,
    issues: rows.flatMap((row) => rateRangeIssue(row, quarter.fiscalYear) ?? []),
    suggestions: suggestKpiValues(rows, quarter.fiscalYear),
  };
  const columns = layout.blocks.flatMap((b) => b.columns);
  if (!columns.some((c) => c.field === "target"))
    return {
      report: { ...base, cellsPlanned: 0, columns: null, noTargetColumn: true },
      plan: { newSheets: [], runs: [], dropdowns: [] },
    };

  const placed = placeColumns(sheet, layout);
  const cells: CellWrite[] = [];
  const write = (rowIndex: number, col: number, value: PlannedValue, field: string, header = false) => {
    const current = cellAt(sheet, rowIndex, col);
    if (sameValue(current, value)) return;
    cells.push({
      sheet: sheet.name,
      rowIndex,
      col,
      value,
      expected: current,
      field,
      purpose: header ? "header" : "attainment",
      ...(header ? { style: "like-left-header" as const } : {}),
    });
  };
  const { rate, grade } = placed;
  for (const field of placed.created) {
    const col = field === "attainmentRate" ? rate : grade;
    if (col === null) continue;
    for (const block of layout.blocks) write(block.columnRowIndex, col, text(fieldLabel(field)), field, true);
  }
  // Rows without a target are left as they are: whatever a person wrote there stays.
  for (const result of computed.rows) {
    if (rate !== null)
      write(
        result.rowIndex,
        rate,
        result.rate === null ? EMPTY : num(result.rate, RATE_FORMAT),
        "attainmentRate",
      );
    if (grade !== null) write(result.rowIndex, grade, text(result.grade), "grade");
  }
  // A rate is written only while the KPI cells it was computed from still hold what was read.
  const runs = toRuns(cells).map((run) =>
    run.purpose === "attainment" ? { ...run, inputRows: run.values.map((_, i) => run.top + i) } : run,
  );
  return {
    report: { ...base, cellsPlanned: runCellCount(runs), columns: placed, noTargetColumn: false },
    plan: { newSheets: [], runs, dropdowns: [], inputs: listInputs(list, (b) => INPUT_FIELDS.has(b.field)) },
  };
}

/**
 * Existing 達成率/達成度 columns are reused. Missing ones go in the first columns after the KPI
 * columns that are empty on every row of the list, so nothing already in the sheet is moved or
 * overwritten (inserting columns would shift every reference a city has built). When the sheet
 * ends (XFD) before such a column, the first free columns after the list's other columns are
 * used; with none there either, the column is not added and the report says why.
 */
function placeColumns(sheet: SheetGrid, layout: ListLayout): PlacedColumns {
  const all = layout.blocks.flatMap((b) => b.columns);
  const existing = (field: FieldName) => all.find((c) => c.field === field)?.col ?? null;
  let rate = existing("attainmentRate");
  let grade = existing("grade");
  const created: AttainmentColumn[] = [];
  const unplaced: AttainmentColumn[] = [];
  const listRows = layout.blocks.flatMap((b) => [...b.headerRowIndexes, ...b.dataRowIndexes]);
  const taken = new Set(all.map((c) => c.col));
  const span = listSpan(layout) ?? { top: 0, bottom: 0 };
  // Without merge information (older Excel) a merged header over a column cannot be seen; its
  // cells still read as filled in the top-left cell, which isFree already refuses.
  const merged = (col: number) =>
    (sheet.merges ?? []).some(
      (m) => m.left <= col && col <= m.right && m.top <= span.bottom && m.bottom >= span.top,
    );
  const isFree = (col: number) =>
    !taken.has(col) && !merged(col) && listRows.every((r) => isBlank(cellAt(sheet, r, col)));
  const { kpiEnd, otherEnd } = listEnds(all);
  const firstFree = (from: number) => {
    for (let c = from; c <= LAST_COLUMN; c++) if (isFree(c)) return c;
    return null;
  };
  const claim = (from: number) => {
    const col = firstFree(from) ?? firstFree(otherEnd + 1);
    if (col !== null) taken.add(col);
    return col;
  };
  if (rate === null) {
    rate = claim(kpiEnd + 1);
    (rate === null ? unplaced : created).push("attainmentRate");
  }
  if (grade === null) {
    grade = claim(Math.max(kpiEnd + 1, (rate ?? -1) + 1));
    (grade === null ? unplaced : created).push("grade");
  }
  return { rate, grade, created, unplaced };
}
