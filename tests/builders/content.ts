/** Turns sheet content the core writes into a grid, as a host would read the sheet back. */
import { newSheetGrid, type NewSheet } from "../../src/core/port/plan";
import type { BuiltSheet } from "./list-sheet";

export function sheetOf(sheet: NewSheet): BuiltSheet {
  return newSheetGrid(sheet);
}
