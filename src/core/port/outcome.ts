import type { CellRange, CellValue } from "./grid";
import type { WriteFailure } from "./failures";
import type { Capability, DropdownRule, PlannedValue, SheetMark, WritePurpose } from "./plan";

/**
 * What a write did, decided by the core's write engine (core/write) the same way on every host.
 * Each planned cell ends written, skipped (a co-author changed it, it holds a formula, an input it
 * was computed from changed) or already holding the planned value; each step a host cannot take
 * is listed. The written part keeps the before-state an undo needs; `history` counts the 変更履歴
 * rows that describe exactly the cells and sheets that changed.
 */
export interface ApplyOutcome {
  /** Cells that hold what the tool wrote when the write ended. */
  readonly written: readonly WrittenCell[];
  /** Planned cells left alone, each with the reason. */
  readonly changed: readonly ChangedCell[];
  /**
   * Planned cells that already held the planned value (a write whose answer was lost, then tried
   * again): nothing to write, and not someone else's change.
   */
  readonly already: readonly AlreadyCell[];
  readonly unsupported: readonly UnsupportedStep[];
  readonly sheetsAdded: readonly SheetMark[];
  readonly sheetsRemoved: readonly SheetMark[];
  /** Sheets a plan meant to add or remove that were left as they are, with the reason. */
  readonly sheetsKept: readonly KeptSheet[];
  readonly dropdowns: readonly AppliedDropdown[];
  /** Ranges whose validation an undo put back as it was before the tool's dropdown. */
  readonly validationsRestored: number;
  /** 変更履歴 rows this write left, one per changed cell and per sheet added or removed. */
  readonly history: number;
  /** Set when a failure stopped the write part-way: what was put back and what stays. */
  readonly interrupted?: Interruption;
}

/** A cell written, with what it held before: value and number format. */
export interface WrittenCell {
  readonly sheet: string;
  /** 0-based. */
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly before: CellValue;
  readonly beforeFormat: string | null;
  readonly after: PlannedValue;
  readonly purpose: WritePurpose;
  readonly field: string | null;
}

/**
 * A cell left alone: it no longer held what the plan read (a co-author's newer edit, seen before
 * the write or in the moment between, then put back), it holds a formula (the user's own work),
 * or a cell its value was computed from changed since the read (`input`).
 */
export interface ChangedCell {
  readonly reason: "changed" | "formula" | "input-changed";
  readonly sheet: string;
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly expected: CellValue;
  readonly found: CellValue;
  readonly planned: PlannedValue;
  readonly field: string | null;
  /** Why the plan wrote the cell: an undo's left-alone cells are worded as not put back. */
  readonly purpose?: WritePurpose;
  /** For `input-changed`: the input cell that no longer held what was read. */
  readonly input?: InputChange;
}

export interface InputChange {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly expected: CellValue;
  readonly found: CellValue;
}

export interface AlreadyCell {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly value: PlannedValue;
  readonly field: string | null;
}

/**
 * A sheet left as it is: an undo found a sheet of that name that the tool did not make, or its
 * sheet renamed since; a summary not added because the list changed since it was read.
 */
export interface KeptSheet {
  readonly name: string;
  readonly reason: "not-made-by-tool" | "renamed" | "gone" | "input-changed";
  /** The name it has now, for `renamed`. */
  readonly now?: string;
  /** For `input-changed`: the first cells of the list that changed. */
  readonly inputs?: readonly InputChange[];
}

/**
 * A write that failed part-way. `failure` is what the host said; `rolledBack` counts the cells put
 * back to what they held (and sheets taken away); `stays` lists what could not be put back and is
 * still written (it is in `written` and in 変更履歴, so 元に戻す can take it back);
 * `unknown` lists cells the tool cannot tell whether were written (the connection was lost).
 */
export interface Interruption {
  readonly failure: WriteFailure;
  /** 1-based piece that failed, of how many. */
  readonly piece: number;
  readonly pieces: number;
  readonly rolledBack: number;
  /** The failure of the attempt to put things back, when that failed too. */
  readonly rollbackFailure?: WriteFailure;
  readonly unknown: readonly {
    readonly sheet: string;
    readonly rowIndex: number;
    readonly colIndex: number;
  }[];
}

/** A step the host skipped for want of a capability. */
export interface UnsupportedStep {
  readonly step: Capability;
  readonly sheet: string;
  /** What taking it needs, in the host's own terms (`ExcelApi 1.9`). */
  readonly needs: string;
}

/**
 * The data validation a range had before the tool set a dropdown there: none, or another kept as
 * it was read, in the form it was read in, so an undo can put it back where that form is written:
 * `office-rule`, Office.js's DataValidation (`rule`, `errorAlert`, `ignoreBlanks`);
 * `ooxml-elements`, the sheet's `<dataValidation>` elements that covered the range, each with the
 * part of it they covered.
 */
export type ValidationBefore =
  | { readonly kind: "none" }
  | {
      readonly kind: "kept";
      readonly form: "office-rule" | "ooxml-elements";
      readonly data: JsonValue;
    };

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface AppliedDropdown {
  readonly rule: DropdownRule;
  readonly range: CellRange;
  /** `in-place` when the range already had exactly this dropdown, so nothing was written. */
  readonly status: "written" | "in-place";
  readonly before: ValidationBefore;
}

export const NOTHING_APPLIED: ApplyOutcome = {
  written: [],
  changed: [],
  already: [],
  unsupported: [],
  sheetsAdded: [],
  sheetsRemoved: [],
  sheetsKept: [],
  dropdowns: [],
  validationsRestored: 0,
  history: 0,
};

/** Whether a write left anything changed in the workbook. */
export function changedAnything(outcome: ApplyOutcome): boolean {
  return (
    outcome.written.length > 0 ||
    outcome.sheetsAdded.length > 0 ||
    outcome.sheetsRemoved.length > 0 ||
    outcome.dropdowns.some((d) => d.status === "written") ||
    outcome.validationsRestored > 0
  );
}
