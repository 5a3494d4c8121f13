import type { CellRange, CellValue } from "../port/grid";
import type { KeepProblem } from "../port/failures";
import type { ValidationBefore } from "../port/outcome";
import type {
  ChartSpec,
  ContentCell,
  DropdownRule,
  MissingCapability,
  NewSheet,
  PlannedValue,
} from "../port/plan";
import type { Result } from "../result";

/**
 * What the write engine (write-run.ts) needs from a host: read what it asks, run the pieces it is
 * handed, each as one request, and say how many bytes a request carries. Every decision (which
 * cells still hold what was read, what is refused, the 変更履歴 rows, how to undo a piece that
 * failed) is the engine's, so Excel and an .xlsx package end the same way.
 */
export interface WritePort {
  /** How requests are sized, or null for a host with no payload cap (a package in memory). */
  readonly payload: PayloadModel | null;
  /** The steps this host cannot take (print setup without ExcelApi 1.9). */
  readonly lacks: readonly MissingCapability[];
  /** One request: the sheets, and the cells, values and validations asked. */
  read(ask: ReadAsk): Promise<Result<ReadAnswer, HostError>>;
  /** One request: the piece's guard loads first, then its operations in order. */
  run(piece: Piece): Promise<Result<PieceAnswer, HostError>>;
}

/** A sheet as the engine addresses it: by the host's identity once known, else by name. */
export interface SheetRef {
  readonly name: string;
  readonly id: string | null;
}

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly sheet: SheetRef;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ReadAsk {
  /** Every sheet's name, identity, visibility and protection, and where 変更履歴 ends. */
  readonly sheets: boolean;
  /** Cells in full: value, content as typed, formula or not, number format. */
  readonly cells: readonly Rect[];
  /** Values only (the inputs a value was computed from, an undo's preview). */
  readonly values: readonly Rect[];
  /** The data validation over each range. */
  readonly validations: readonly Rect[];
}

export interface ReadAnswer {
  /** In workbook order; empty when the ask did not ask for sheets. */
  readonly sheets: readonly SheetInfo[];
  /** Rows in use from A1 on the 変更履歴 sheet, or null when there is no such sheet. */
  readonly historyRows: number | null;
  readonly cells: readonly (readonly (readonly CellContent[])[])[];
  readonly values: readonly (readonly (readonly CellValue[])[])[];
  readonly validations: readonly ValidationState[];
  /** What this host cannot keep as it is whatever the plan (a Strict Open XML package). */
  readonly cannotKeep: KeepProblem | null;
}

export interface SheetInfo {
  readonly name: string;
  /** The host's identity of the sheet: it survives a rename; a sheet made again gets a new one. */
  readonly id: string;
  readonly visible: boolean;
  readonly protected: boolean;
}

/** What a cell holds: its value as the core reads values, and as it was typed. */
export interface CellContent {
  readonly value: CellValue;
  /** The cell as typed: a formula's text, or the constant (`""` for an empty cell). */
  readonly raw: RawContent;
  readonly formula: boolean;
  readonly format: string;
}

export type RawContent = string | number | boolean;

export interface ValidationState {
  /** The list's source when one list validation covers the whole range, else null. */
  readonly list: string | null;
  readonly before: ValidationBefore;
}

/**
 * One request's worth of a write. Guards are loaded before any operation runs, in the same
 * request, so they show what each target held the moment before it was written over.
 */
export interface Piece {
  /** 1-based, of `of`. */
  readonly index: number;
  readonly of: number;
  readonly guards: readonly Rect[];
  readonly ops: readonly Op[];
}

export interface PieceAnswer {
  /** For each guard, the cells as typed just before the piece wrote over them. */
  readonly guards: readonly (readonly (readonly RawContent[])[])[];
  /** Sheets this piece added, by name: the identity the host gave each. */
  readonly added: Readonly<Record<string, string>>;
  /**
   * The name each sheet the piece reached by identity had when the piece ran: a sheet renamed
   * between the compare and the write is still written, and its 変更履歴 rows say its new name.
   */
  readonly names: Readonly<Record<string, string>>;
}

/**
 * A cell's content to write: a planned value, or a cell as someone typed it (a formula's text or
 * a constant) being put back.
 */
export type Content = PlannedValue | { readonly kind: "raw"; readonly raw: RawContent };

export type Op =
  CellsOp | AddSheetOp | SheetCellsOp | ChartOp | RemoveSheetOp | DropdownOp | RestoreValidationOp;

/**
 * A rectangle of cell contents. `formats`, when given, is set first, cell by cell (the Text format
 * before a text Excel would retype); null leaves every cell's format as it is.
 */
export interface CellsOp {
  readonly kind: "cells";
  readonly sheet: SheetRef;
  readonly top: number;
  readonly left: number;
  readonly contents: readonly (readonly Content[])[];
  readonly formats: readonly (readonly string[])[] | null;
  /** Header cells the tool adds take the look of the header cell on their left. */
  readonly look: "like-left-header" | null;
}

/**
 * A sheet the tool adds, with its layout (widths, merges, frozen rows, hidden columns, print
 * setup). Its cells and row heights follow in SheetCellsOps, then its charts, in this piece or
 * later ones: `spec.content` holds neither cells, heights nor charts.
 */
export interface AddSheetOp {
  readonly kind: "add-sheet";
  readonly spec: NewSheet;
  /** 0-based position among the sheets, or null for last. */
  readonly position: number | null;
}

/** Cells of a sheet this write adds: values with their looks, and the heights of their rows. */
export interface SheetCellsOp {
  readonly kind: "sheet-cells";
  readonly sheet: SheetRef;
  readonly cells: readonly ContentCell[];
  readonly rowHeights: Readonly<Record<number, number>>;
}

/** The charts of a sheet this write adds, once the cells they draw are written. */
export interface ChartOp {
  readonly kind: "chart";
  readonly sheet: SheetRef;
  readonly charts: readonly ChartSpec[];
}

export interface RemoveSheetOp {
  readonly kind: "remove-sheet";
  readonly sheet: SheetRef;
}

export interface DropdownOp {
  readonly kind: "dropdown";
  readonly sheet: SheetRef;
  readonly range: CellRange;
  readonly rule: DropdownRule;
}

export interface RestoreValidationOp {
  readonly kind: "restore-validation";
  readonly sheet: SheetRef;
  readonly range: CellRange;
  readonly before: ValidationBefore;
}

/** Bytes a part of a request adds to the request and to its response. */
export interface Bytes {
  readonly request: number;
  readonly response: number;
}

/**
 * The host's measure of its requests, from what its client actually sends: the engine keeps every
 * request and response under `budget` by adding these up.
 */
export interface PayloadModel {
  readonly budget: number;
  /** A request with nothing in it: its envelope and the workbook's root. */
  readonly base: Bytes;
  op(op: Op): Bytes;
  /** Loading a rectangle's cells as typed, before a write: `hint` is the JSON bytes expected. */
  guard(rect: Rect, hint: number): Bytes;
  /** Reading a rectangle: `hint` is the JSON bytes of the values expected there. */
  read(kind: "cells" | "values" | "validations", rect: Rect, hint: number): Bytes;
  /** The sheet list with protection, and 変更履歴's extent. */
  readonly sheets: Bytes;
}

/**
 * A host's refusal or failure, in the engine's terms. `detail` keeps the host's own words
 * (Excel's code and message) for a support person; people read core/messages' words.
 */
export interface HostError {
  readonly code: HostErrorCode;
  /** The sheet the failure concerns, when the host or the request tells. */
  readonly sheet: string | null;
  readonly detail: string;
  /** For `unsupported`: what the step needs, in the host's own terms (`ExcelApi 1.8`). */
  readonly needs?: string;
}

export type HostErrorCode =
  /** A protected sheet or workbook (AccessDenied). */
  | "protected"
  /** A sheet or other object that is not there (ItemNotFound). */
  | "not-found"
  /** Excel refused the operation as invalid (InvalidArgument, InvalidOperation, InvalidReference). */
  | "invalid"
  /** The request or its response passed the payload cap. */
  | "too-large"
  /** Someone is typing in a cell (InvalidOperationInCellEditMode). */
  | "cell-edit"
  /** Excel is busy or throttling (ActivityLimitReached, ServiceNotAvailable). */
  | "busy"
  /** The request's answer did not come back (timed-out session, connection lost). */
  | "connection"
  /** An API this Excel lacks (ApiNotFound). */
  | "unsupported"
  | "other";
