import type { ChangedCell } from "../port/outcome";
import type { CellValue } from "../port/grid";
import { sameValue, type PlannedValue } from "../port/plan";
import type { Target } from "./compare";
import type { Op, RawContent, SheetRef } from "./write-port";

// The gap: the moment between the compare read and the request that writes a cell. Each piece
// loads its targets before writing over them, so what a co-author typed there is seen and put back.
// A put-back is a write too: its piece loads the cell first, so an edit made after the tool's
// write is not replaced by the older one.

/** Whether the cell still holds, as typed, what the compare read. */
export function sameRaw(a: RawContent, b: RawContent): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
  return a === b;
}

/** The content a co-author typed in the moment before the write, written back as it was. */
export function putBack(sheet: SheetRef, t: Target, raw: RawContent): Op {
  return {
    kind: "cells",
    sheet,
    top: t.rowIndex,
    left: t.colIndex,
    contents: [[{ kind: "raw", raw }]],
    formats: [[t.found.format]],
    look: null,
  };
}

/** The co-author's cell, told as a change the write left alone. */
export function changedInGap(t: Target, raw: RawContent): ChangedCell {
  return {
    reason: "changed",
    sheet: t.sheet,
    rowIndex: t.rowIndex,
    colIndex: t.colIndex,
    expected: t.found.value,
    found: rawValue(raw),
    planned: t.planned,
    field: t.field,
    purpose: t.purpose,
  };
}

/**
 * A co-author's cell waiting to be put back, checked by the piece that puts it back: just before
 * that piece writes, the cell must still hold `expect` (the tool's value, or what the last put-back
 * wrote); if someone typed there again, their newer content is what goes back.
 */
export interface PutBackCheck {
  readonly target: Target;
  /** The sheet's name when the put-back was decided. */
  readonly sheet: string;
  readonly expect: { readonly planned: PlannedValue } | { readonly raw: RawContent };
  /** What this put-back writes. */
  readonly writes: RawContent;
  /** Where the cell's entry is in the write's list of cells left alone. */
  readonly changedAt: number;
}

/** Whether the cell, as the put-back's piece found it, holds what the put-back expects. */
export function putBackHolds(check: PutBackCheck, raw: RawContent): boolean {
  return "planned" in check.expect
    ? sameValue(rawValue(raw), check.expect.planned)
    : sameRaw(raw, check.expect.raw);
}

/** A cell as typed, as the value a person would read there (a formula shown as its text). */
function rawValue(raw: RawContent): CellValue {
  return raw === "" ? null : raw;
}
