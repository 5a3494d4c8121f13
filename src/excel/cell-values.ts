import type { CellValue } from "../core/port/grid";

/**
 * Office.js gives a cell's value and, separately, its type: an empty cell reads "" and an error
 * cell reads its code as a string ("#N/A"), which only the type tells from typed text.
 */
export function cellValueOf(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return value === true;
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    default:
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
  }
}

/** A grid of values and types, as one range reads them, as the core's cells. */
export function gridOf(values: readonly unknown[][], types: readonly string[][]): CellValue[][] {
  return values.map((row, r) => row.map((v, c) => cellValueOf(v, types[r]?.[c])));
}
