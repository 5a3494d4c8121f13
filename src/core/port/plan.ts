import { cellAddress, type CellRange, type CellValue, type SheetGrid } from "./grid";
import { withCells } from "./grid-edit";
import type { CellStyle } from "./looks";
import type { ValidationBefore } from "./outcome";

/**
 * What the core asks a host to change. Plans are plain data: each host adapter (the .xlsx writer
 * for the CLI and the preview, Office.js for the add-in) applies them its own way, and
 * `--dry-run` or the task pane's preview shows them before anything is written.
 *
 * Several people edit the workbook at once, so every cell write carries the value it was planned
 * from: a host writes a cell only while it still holds that value, and reports the others.
 */
export interface WritePlan {
  readonly newSheets: readonly NewSheet[];
  /** Cell writes on sheets that already exist, grouped into rectangles. */
  readonly runs: readonly CellRun[];
  readonly dropdowns: readonly DropdownRule[];
  /**
   * Sheets this tool added earlier and an undo takes away again, known by the identity the host
   * gave them when they were made: a sheet of the same name made by someone else is never removed.
   * No other plan removes a sheet.
   */
  readonly removeSheets?: readonly SheetMark[];
  /** Data validations an undo puts back where the tool had set dropdowns. */
  readonly restoreValidations?: readonly ValidationRestore[];
  /**
   * The cells the planned values were computed from, as they were read (a row's KPI cells for its
   * 達成率, the whole list for a summary): a value is written only while its inputs still hold.
   */
  readonly inputs?: readonly InputCells[];
}

/** A sheet by its name and the identity its host gave it (which survives a rename). */
export interface SheetMark {
  readonly name: string;
  readonly id: string;
}

/**
 * Some columns of a sheet over a span of rows, as read when the plan was made: `rows[i][j]` is the
 * cell at row top + i, column columns[j] (0-based), the shape the read port answers in.
 */
export interface InputCells {
  readonly sheet: string;
  readonly top: number;
  readonly columns: readonly number[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** The validation a range had before the tool's dropdown replaced it, to be put back. */
export interface ValidationRestore {
  readonly sheet: string;
  readonly range: CellRange;
  readonly before: ValidationBefore;
}

export const EMPTY_PLAN: WritePlan = { newSheets: [], runs: [], dropdowns: [] };

export function isEmptyPlan(plan: WritePlan): boolean {
  return (
    plan.newSheets.length === 0 &&
    plan.runs.length === 0 &&
    plan.dropdowns.length === 0 &&
    (plan.removeSheets?.length ?? 0) === 0 &&
    (plan.restoreValidations?.length ?? 0) === 0
  );
}

/**
 * What a cell should hold. Text is written as text even when it starts with `=`, `+`, `-` or `@`:
 * `formulaLike` marks such text so each host keeps it text its own way (the .xlsx writer stores a
 * string cell, Office.js sets the Text number format before the value).
 */
export type PlannedValue =
  | { readonly kind: "text"; readonly text: string; readonly formulaLike: boolean }
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "empty" };

/** Why the tool writes a cell; reports and the change log group changes by it. */
export type WritePurpose =
  "canonical-choice" | "header" | "attainment" | "kpi-value" | "edit" | "history" | "undo";

/**
 * A rectangle of cell writes on one sheet: a column run of values is one write. `values` and
 * `expected` have the same shape; row i, column j is sheet cell (top + i, left + j), 0-based.
 */
export interface CellRun {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly PlannedValue[])[];
  /** What each cell held when the plan was made; a host skips any cell that no longer does. */
  readonly expected: readonly (readonly CellValue[])[];
  /** The list column the run belongs to (`weather`, `attainmentRate`), or null. */
  readonly field: string | null;
  readonly purpose: WritePurpose;
  /**
   * Header cells the tool adds take the look of the header cell on their left, so they match
   * the sheet; a host that cannot copy a look gives them the core's `header` look instead.
   */
  readonly style?: "like-left-header";
  /** Number formats to put back (undo), same shape as `values`; null leaves a cell's format alone. */
  readonly formats?: readonly (readonly (string | null)[])[];
  /**
   * For each row of the run, the sheet row (0-based, on the run's sheet) whose cells in
   * `WritePlan.inputs` its values were computed from, or null: a row whose inputs changed since
   * the read is not written.
   */
  readonly inputRows?: readonly (number | null)[];
}

/** Where a dropdown's choices come from: a range of a sheet, or the values themselves. */
export type DropdownSource =
  | { readonly kind: "range"; readonly sheet: string; readonly range: CellRange }
  | { readonly kind: "values"; readonly values: readonly string[] };

/** An in-cell dropdown over some cells (list data validation, ExcelApi 1.8). */
export interface DropdownRule {
  readonly sheet: string;
  readonly field: "weather" | "direction";
  /** 0-based ranges, one per run of consecutive data rows; they never overlap. */
  readonly ranges: readonly CellRange[];
  readonly source: DropdownSource;
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** A sheet the tool adds; it never replaces or deletes a sheet a person made. */
export interface NewSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Insert right after this sheet; null puts it last. */
  readonly after: string | null;
  readonly content: SheetContent;
  /** Made from every cell of `WritePlan.inputs` (a summary): not added when any of them changed. */
  readonly fromInputs?: boolean;
}

export interface ContentCell {
  /** 0-based. */
  readonly rowIndex: number;
  readonly col: number;
  readonly value: PlannedValue;
  readonly style?: CellStyle;
}

/**
 * A step of a plan that not every host can take (an older Excel can neither set up printing nor
 * copy a cell's look): a host without it skips the step and the write says so.
 */
export type Capability = "print-setup" | "copy-header-look" | "chart";

/** A capability a host lacks, with what taking it needs in the host's own terms (`ExcelApi 1.9`). */
export interface MissingCapability {
  readonly capability: Capability;
  readonly needs: string;
}

/** Optional (`print-setup`): a host that lacks it skips the whole print setup and reports it. */
export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  readonly fitToWidth: boolean;
  /** Rows (0-based) that start a new printed page: a chart is never cut by a page's end. */
  readonly pageStarts?: readonly number[];
}

export interface SheetContent {
  /** Cells by 0-based row and column, each written once. */
  readonly cells: readonly ContentCell[];
  readonly merges: readonly CellRange[];
  /** Widths in characters, per column from A. */
  readonly columnWidths: readonly number[];
  /** Rows kept in view when scrolling (the title block). */
  readonly freezeRows?: number;
  /** Heights in points of rows whose wrapped text needs more than one line, by 0-based row index. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly print?: PrintSetup;
  /** Columns hidden from view (the tool's own bookkeeping), 0-based. */
  readonly hiddenColumns?: readonly number[];
  /** Charts over the sheet's own cells, drawn in this order. */
  readonly charts?: readonly ChartSpec[];
}

/**
 * A chart of the new sheet's cells: a clustered column chart (weather by pillar) or a line chart
 * with markers (a target's path over the years). Its data is carried both as values and as the
 * ranges that hold them, so a host can bind the chart to the cells or draw the numbers.
 */
export interface ChartSpec {
  readonly type: "column-clustered" | "line";
  readonly title: string;
  readonly categories: readonly string[];
  /**
   * One value per category; null where the sheet's cell is empty (a year with no actual yet),
   * which a line leaves as a gap rather than drawing it as zero.
   */
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  /** The category labels on the sheet: one column, 0-based. */
  readonly categoryRange: CellRange;
  /** Series values with their names in the first row, one series per column. */
  readonly seriesRange: CellRange;
  /** Where to draw it: the top-left cell, 0-based, and its size in cells. */
  readonly at: {
    readonly rowIndex: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  };
}

/** Excel's maximum text length in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Text as text, marked when a host would otherwise read it as a formula; cut to Excel's limit. */
export function text(value: string): PlannedValue {
  const fitted = value.length > MAX_CELL_TEXT ? cutText(value, MAX_CELL_TEXT) : value;
  return { kind: "text", text: fitted, formulaLike: FORMULA_START.test(fitted) };
}

/** A number; infinities and NaN are bugs in the caller, never something to write. */
export function num(value: number, format?: string): PlannedValue {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return format === undefined ? { kind: "number", value } : { kind: "number", value, format };
}

export const EMPTY: PlannedValue = { kind: "empty" };

/**
 * The number format a planned value needs before it is written, or null to leave the cell's own:
 * a number's own format (`0.0%`), or Text (`@`) for text Excel would otherwise retype (formulas,
 * numbers, percentages, dates, booleans, error literals, a leading apostrophe), the documented
 * way to keep it text. Every host writes the same format, so a cell reads the same after either.
 */
export function plannedFormat(value: PlannedValue): string | null {
  if (value.kind === "number") return value.format ?? null;
  if (value.kind === "text" && retypedText(value.text, value.formulaLike)) return "@";
  return null;
}

function retypedText(text: string, formulaLike: boolean): boolean {
  if (formulaLike) return true;
  const t = text.trim();
  if (t === "") return false;
  return (
    /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/u.test(t) ||
    /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u.test(t) ||
    /^\d{1,2}:\d{2}(?::\d{2})?$/u.test(t) ||
    /^(?:TRUE|FALSE)$/iu.test(t) ||
    /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/u.test(t) ||
    t.startsWith("'")
  );
}

/** A value as text or number, never a formula, from what a cell read. */
export function plannedFrom(value: CellValue): PlannedValue {
  if (value === null) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? num(value) : EMPTY;
  if (typeof value === "object") return text(value.error);
  return text(String(value));
}

/** A sheet the tool adds, as a host would read it back once written: its values and merges. */
export function newSheetGrid(sheet: NewSheet): SheetGrid & { readonly merges: readonly CellRange[] } {
  const { cells, merges } = sheet.content;
  return withCells(
    { name: sheet.name, hidden: sheet.hidden, rows: [], merges },
    cells.map((c) => ({ rowIndex: c.rowIndex, col: c.col, value: valueAfter(c.value) })),
  );
}

/** What a cell reads as once `value` is written into it. */
export function valueAfter(value: PlannedValue): CellValue {
  if (value.kind === "empty") return null;
  return value.kind === "number" ? value.value : value.text;
}

/** True when writing `value` over a cell holding `current` would change nothing a person sees. */
export function sameValue(current: CellValue, value: PlannedValue): boolean {
  if (value.kind === "empty")
    return current === null || (typeof current === "string" && current.trim() === "");
  if (value.kind === "text") return typeof current === "string" && current === value.text;
  return (
    typeof current === "number" &&
    Math.abs(current - value.value) <= 1e-12 * Math.max(1, Math.abs(value.value))
  );
}

/**
 * True while a cell still holds what the plan read: the co-author guard every host applies just
 * before writing. Blank text counts as empty; an error matches the same error.
 */
export function stillHolds(found: CellValue, expected: CellValue): boolean {
  const foundError = typeof found === "object" && found !== null;
  const expectedError = typeof expected === "object" && expected !== null;
  if (foundError || expectedError) return foundError && expectedError && found.error === expected.error;
  if (expected === null) return sameValue(found, EMPTY);
  if (typeof expected === "number") return sameValue(found, { kind: "number", value: expected });
  return found === expected;
}

/** Excel's A1 form of 0-based ranges, several joined by commas: `N5:N8,N12:N15`. */
export function rangesA1(ranges: readonly CellRange[]): string {
  return ranges.map(rangeA1).join(",");
}

export function rangeA1(r: CellRange): string {
  const from = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * Whether a list validation's formula, as a host read it (`=選択肢!$A$2:$A$4`, `'選択肢'!A2:A4`,
 * `☀,☁,☂` or `"☀,☁,☂"`), names the same choices as a planned source: a host that finds it so on
 * a range writes nothing there.
 */
export function sameSource(formula: string, source: DropdownSource): boolean {
  const norm = (f: string) =>
    f
      .trim()
      .replace(/^=/u, "")
      .replace(/\$/gu, "")
      .replace(/^"(.*)"$/su, "$1")
      .replace(/'/gu, "")
      .toUpperCase();
  return norm(formula) === norm(sourceFormula(source));
}

/** `'選択肢'!$A$2:$A$4` or `"☀,☁,☂"`: a source as an .xlsx file and Excel's formula bar write it. */
export function sourceFormula(source: DropdownSource): string {
  if (source.kind === "values") return `"${source.values.join(",")}"`;
  const r = source.range;
  const abs = (row: number, col: number) => `$${cellAddress(row, col).replace(/(\d+)$/u, "$$$1")}`;
  const range =
    r.top === r.bottom && r.left === r.right
      ? abs(r.top, r.left)
      : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
  return `${quoteSheet(source.sheet)}!${range}`;
}

/** A sheet name as a formula refers to it: quoted, with quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

/** How many cells a plan writes on existing sheets. */
export function runCellCount(runs: readonly CellRun[]): number {
  let n = 0;
  for (const run of runs) for (const row of run.values) n += row.length;
  return n;
}

const FORMULA_START = /^[=+\-@]/u;

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutText(value: string, max: number): string {
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end);
}
