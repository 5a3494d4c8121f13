import type { CellRange, CellValue } from "./grid";
import type { DropdownRule, PlannedValue, Requirement, WritePurpose } from "./plan";

/**
 * What a host did with a plan. Every host reports the same three fates for each step: written,
 * skipped because a co-author changed the cell since it was read, or skipped because this Excel
 * lacks the requirement set the step needs. The written part keeps the before-state an undo needs.
 */
export interface ApplyOutcome {
  readonly written: readonly WrittenCell[];
  readonly changed: readonly ChangedCell[];
  readonly unsupported: readonly UnsupportedStep[];
  readonly sheetsAdded: readonly string[];
  readonly sheetsRemoved: readonly string[];
  readonly dropdowns: readonly AppliedDropdown[];
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
 * A cell left alone: it no longer held what the plan read (a co-author's newer edit), or it holds
 * a formula, which the tool never replaces with a constant (the formula is the user's own work).
 */
export interface ChangedCell {
  readonly reason: "changed" | "formula";
  readonly sheet: string;
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly expected: CellValue;
  readonly found: CellValue;
  readonly planned: PlannedValue;
  readonly field: string | null;
}

export type UnsupportedStepKind = "print-setup" | "chart" | "copy-header-look";

export interface UnsupportedStep {
  readonly step: UnsupportedStepKind;
  readonly sheet: string;
  readonly requires: Requirement;
}

/**
 * The data validation a range had before the tool set a dropdown there: none, a list from some
 * source, or another kind that only its host can put back (kept as the host's own JSON).
 */
export type ValidationBefore =
  | { readonly kind: "none" }
  | { readonly kind: "host"; readonly host: "excel" | "xlsx"; readonly data: JsonValue };

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
  unsupported: [],
  sheetsAdded: [],
  sheetsRemoved: [],
  dropdowns: [],
};
