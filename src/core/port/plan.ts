import { cellAddress, type CellRange, type CellValue } from "./grid";

/**
 * What the core asks a host to change. Plans are plain data: each host adapter (ExcelJS for the
 * CLI, Office.js for the add-in) applies them its own way, and `--dry-run` prints them.
 */
export interface WritePlan {
  readonly newSheets: readonly NewSheet[];
  readonly cells: readonly CellWrite[];
  readonly dropdowns: readonly DropdownRule[];
}

export const EMPTY_PLAN: WritePlan = { newSheets: [], cells: [], dropdowns: [] };

/** What a cell should hold. Text is written as text, even when it starts with `=`, `+`, `-` or `@`. */
export type PlannedValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "empty" };

/** Why the tool writes a cell; reports group changes by it. */
export type WritePurpose = "canonical-choice" | "header" | "attainment";

export interface CellWrite {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value: PlannedValue;
  /**
   * The value the plan was made from. Several people edit the workbook at once: a host writes
   * only if the cell still holds this, so a PL's newer edit is never overwritten.
   */
  readonly expected: CellValue;
  /** The list column the cell belongs to (`weather`, `attainmentRate`), or null. */
  readonly field: string | null;
  readonly purpose: WritePurpose;
  /** Style hint for header cells the tool adds, so they look like their neighbours. */
  readonly style?: "header";
}

/** An in-cell dropdown over some cells, listing the values of a source range or an inline list. */
export interface DropdownRule {
  readonly sheet: string;
  readonly field: "weather" | "direction";
  /** 0-based ranges, one per run of consecutive data rows. */
  readonly ranges: readonly CellRange[];
  /** As Excel stores it, without `=`: `'選択肢'!$A$2:$A$4`, or `"☀,☁,☂"` when there is no table. */
  readonly source: string;
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** A sheet the tool adds; it never replaces or deletes one. */
export interface NewSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Insert right after this sheet; null puts it last. */
  readonly after: string | null;
  readonly content: SheetContent;
}

/** Named looks for cells of sheets the tool writes; each host maps them to its own formatting. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "note"
  | "section"
  | "header"
  | "text"
  | "wrap"
  | "count"
  | "percent"
  | "mark"
  | "total"
  | "marker";

export interface ContentCell {
  readonly row: number;
  readonly col: number;
  readonly value: PlannedValue;
  readonly style?: CellStyle;
}

export interface SheetContent {
  readonly cells: readonly ContentCell[];
  readonly merges: readonly CellRange[];
  /** Widths in characters, per column from A. */
  readonly columnWidths: readonly number[];
  /** Rows kept in view when scrolling (the title block). */
  readonly freezeRows?: number;
  /** Heights in points of rows whose wrapped text needs more than one line, by 0-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Print setup: A4, landscape, one page wide. */
  readonly print?: { readonly orientation: "landscape" | "portrait"; readonly fitToWidth: boolean };
  /** Columns hidden from view (the tool's own bookkeeping). */
  readonly hiddenColumns?: readonly number[];
  /** A chart the Excel host adds (ExcelJS cannot write charts). */
  readonly chart?: ChartSpec;
}

/** A clustered column chart of some table (weather by pillar), drawn by the Excel host. */
export interface ChartSpec {
  readonly title: string;
  /** Category labels, one column, 0-based (the pillar codes). */
  readonly categories: CellRange;
  /** Series values with their names in the first row, one series per column. */
  readonly series: CellRange;
  /** Where to draw it: the top-left cell, 0-based, and its size in cells. */
  readonly at: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

/** A value as text or number, never a formula, from what a cell read. */
export function plannedFrom(value: CellValue): PlannedValue {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "object") return { kind: "text", text: value.error };
  return { kind: "text", text: String(value) };
}

export function text(value: string): PlannedValue {
  return { kind: "text", text: value };
}

export function num(value: number, format?: string): PlannedValue {
  return format === undefined ? { kind: "number", value } : { kind: "number", value, format };
}

export const EMPTY: PlannedValue = { kind: "empty" };

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

/** Excel's A1 form of 0-based ranges, several joined by commas: `N5:N8,N12:N15`. */
export function rangesA1(ranges: readonly CellRange[]): string {
  return ranges.map(rangeA1).join(",");
}

export function rangeA1(r: CellRange): string {
  const from = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${cellAddress(r.bottom, r.right)}`;
}
