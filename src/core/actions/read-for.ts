import { CHOICES_SHEET, findList, type FindListFailure } from "../list/find-list";
import { LAYOUT_FIELDS, listEnds, type ColumnBinding, type ListLayout } from "../list/layout";
import { isToolSheet } from "../list/markers";
import { normalizeHeader } from "../list/normalize";
import { notTheList, openList, type OpenedList } from "../list/open-list";
import { KPI_FIELDS, type FieldName } from "../list/fields";
import { LAST_COLUMN, type CellValue, type SheetGrid, type WorkbookGrid } from "../port/grid";
import { withCells, type CellEdit } from "../port/grid-edit";
import type {
  ColumnRequest,
  ColumnSlice,
  ReadFailure,
  SheetHead,
  WorkbookHead,
  WorkbookReader,
} from "../port/read";
import { ok, type Result } from "../result";
import { isTargetsSheet } from "../targets/find-targets";
import { SNAPSHOT_COLUMNS, SNAPSHOT_HEADER, readSummaryMarker } from "../summary/summary-state";

/** What each action reads; the list's key columns (LAYOUT_FIELDS) are always among them. */
export type ActionName = "check" | "fill" | "attainment" | "summary";

/** What a read may be for: an action, or `targets`, which reads the 目標 sheet whole besides the list. */
export type ReadPurpose = ActionName | "targets";

/**
 * Rows read in the first step: enough for titles, the header and, on a small list, everything
 * (the 32-measure sample is 60 rows), so a small workbook is read in one step.
 */
export const HEAD_ROWS = 100;

/**
 * Reads what an action needs through a host's read port: the head of every sheet, then only the
 * needed columns of the rest of the list (and of the tool's own sheets the action consults), and
 * finds the list in what was read.
 */
export async function readListFor(
  reader: WorkbookReader,
  action: ReadPurpose,
  options: { readonly sheet?: string } = {},
): Promise<Result<OpenedList, FindListFailure | ReadFailure>> {
  const head = await reader.readHead(HEAD_ROWS);
  if (!head.ok) return head;
  const requests = columnRequests(head.value, action, options);
  const slices = requests.length > 0 ? await reader.readColumns(requests) : ok([]);
  if (!slices.ok) return slices;
  return openList(assembleGrid(head.value, slices.value), options);
}

/** The second step's requests: what the head alone does not hold and the action needs. */
export function columnRequests(
  head: WorkbookHead,
  action: ReadPurpose,
  options: { readonly sheet?: string } = {},
): ColumnRequest[] {
  const requests: ColumnRequest[] = [];
  const rest = (sheet: SheetHead, columns: readonly number[]) => {
    const top = sheet.rows.length;
    const cols = [...new Set(columns)].filter((c) => c >= 0 && c < sheet.columnCount).sort((a, b) => a - b);
    if (top < sheet.rowCount && cols.length > 0)
      requests.push({ sheet: sheet.name, columns: cols, top, bottom: sheet.rowCount - 1 });
  };
  const headBook = assembleGrid(head, []);
  const found = findList(headBook, { sheet: options.sheet, skip: notTheList });
  for (const sheet of head.sheets) {
    const grid = headBook.sheets.find((s) => s.name === sheet.name);
    if (!grid) continue;
    if (normalizeHeader(sheet.name) === CHOICES_SHEET) rest(sheet, allColumns(sheet));
    else if (found.ok && found.value.layout.sheet === sheet.name)
      rest(sheet, neededColumns(action, found.value.layout, sheet));
    else if (action === "summary" && readSummaryMarker(grid)) rest(sheet, snapshotColumns(grid));
    // The 目標 sheet is small and read whole: its rows are few, its columns all meaningful.
    else if ((action === "targets" || action === "summary") && isTargetsSheet(grid))
      rest(sheet, allColumns(sheet));
  }
  // No header in any head (a list under a long preface): read the candidate sheets whole.
  if (!found.ok && found.error.code === "no-list") {
    for (const sheet of head.sheets) {
      const grid = headBook.sheets.find((s) => s.name === sheet.name);
      if (grid && !isToolSheet(grid) && normalizeHeader(sheet.name) !== CHOICES_SHEET)
        rest(sheet, allColumns(sheet));
    }
  }
  return requests;
}

/** The workbook as far as it was read: head rows whole, later rows in the columns read. */
export function assembleGrid(head: WorkbookHead, slices: readonly ColumnSlice[]): WorkbookGrid {
  return {
    sheets: head.sheets.map((sheet): SheetGrid => {
      const rows: (readonly CellValue[])[] = [...sheet.rows];
      while (rows.length < sheet.rowCount) rows.push([]);
      return withCells(
        { name: sheet.name, hidden: sheet.hidden, rows, ...(sheet.merges ? { merges: sheet.merges } : {}) },
        sliceCells(slices.filter((s) => s.request.sheet === sheet.name)),
      );
    }),
  };
}

/** The cells of some column slices, row by row, as edits to lay over the head. */
function* sliceCells(slices: readonly ColumnSlice[]): Generator<CellEdit> {
  for (const { request, rows } of slices)
    for (let i = 0; i < rows.length; i++)
      for (let j = 0; j < request.columns.length; j++)
        yield { rowIndex: request.top + i, col: request.columns[j], value: rows[i][j] ?? null };
}

/** The columns of the list an action reads. */
export function neededColumns(action: ReadPurpose, layout: ListLayout, sheet: SheetHead): number[] {
  const columns = layout.blocks[0]?.columns ?? [];
  const of = (fields: ReadonlySet<FieldName>) => columns.filter((b) => fields.has(b.field)).map((b) => b.col);
  switch (action) {
    case "check":
    case "summary":
      return columns.map((b) => b.col);
    case "targets":
      return of(TARGETS_FIELDS);
    case "fill":
      return of(LAYOUT_FIELDS);
    case "attainment":
      return [...of(ATTAINMENT_FIELDS), ...freeColumnCandidates(columns, sheet)];
  }
}

/** What the 目標 sheet's measures are read from: their numbers and names, and their KPI. */
const TARGETS_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([...LAYOUT_FIELDS, ...KPI_FIELDS, "item"]);

/** Fields attainment reads besides the key columns: the KPI, and the texts its hints come from. */
const ATTAINMENT_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  ...LAYOUT_FIELDS,
  ...KPI_FIELDS,
  "attainmentRate",
  "grade",
  "milestone",
  "progress",
]);

/**
 * Unbound columns right of the KPI columns, up to the last used one: attainment may put new
 * 達成率/達成度 columns in the first of them that are empty, so it must see whether they are.
 * Past the used range every column is empty, so only when it reaches the sheet's last two columns
 * (XFC, XFD) may attainment have to look after the list's other columns instead, and read them.
 */
function freeColumnCandidates(columns: readonly ColumnBinding[], sheet: SheetHead): number[] {
  const { kpiEnd, otherEnd } = listEnds(columns);
  if (kpiEnd < 0) return [];
  const from = LAST_COLUMN + 1 - sheet.columnCount >= 2 ? kpiEnd + 1 : Math.min(kpiEnd, otherEnd) + 1;
  const bound = new Set(columns.map((b) => b.col));
  const out: number[] = [];
  for (let c = from; c < sheet.columnCount; c++) if (!bound.has(c)) out.push(c);
  return out;
}

function allColumns(sheet: SheetHead): number[] {
  return Array.from({ length: sheet.columnCount }, (_, c) => c);
}

/** The snapshot's columns in a summary sheet, found by their header cell in the head. */
function snapshotColumns(sheet: SheetGrid): number[] {
  for (const cells of sheet.rows) {
    const c = cells.findIndex((v) => v === SNAPSHOT_HEADER);
    if (c >= 0) return SNAPSHOT_COLUMNS.map((_, i) => c + i);
  }
  return [];
}
