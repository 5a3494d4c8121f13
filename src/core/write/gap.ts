import type { ChangedCell } from "../port/outcome";
import type { CellValue } from "../port/grid";
import type { Target } from "./compare";
import type { Op, RawContent, SheetRef } from "./write-port";

// The gap: the moment between the compare read and the request that writes a cell. Each piece
// loads its targets before writing over them, so what a co-author typed there is seen and put back.

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

/** A cell as typed, as the value a person would read there (a formula shown as its text). */
function rawValue(raw: RawContent): CellValue {
  return raw === "" ? null : raw;
}
