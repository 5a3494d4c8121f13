/**
 * A range's cell contents: `values`, `formulas`, `numberFormat`, `text` and `valueTypes`, read as
 * 2-D arrays and written with Excel's shape rules ("the value argument can be either a single value
 * or a two-dimensional array"; `null` in the array leaves a cell unchanged; a wrong shape is
 * InvalidArgument).
 */
import { rectColumns, rectRows } from "../model/address";
import { applyContent, typeInput } from "../model/cell-input";
import { cellText } from "../model/number-format";
import { parseCached } from "../model/recalc";
import { FormulaSyntaxError } from "../model/formula-parse";
import { syncHeaders, tablesIn } from "../model/tables";
import type { Cell, Scalar, Sheet } from "../model/workbook";
import { fail, notImplemented, SHAPE_MISMATCH } from "../protocol/errors";
import { MAX_FORMAT_WRITE_CELLS } from "./cell-walk";
import { show } from "./args";
import type { ExecContext } from "./class-spec";
import {
  assertEditable,
  assertNotIntoMergedCells,
  assertReadable,
  cellCount,
  forEachPosition,
  hiddenByMergeIn,
  type RangeRef,
} from "./range-ref";

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32_767;

export type ContentKind = "Values" | "Formulas" | "NumberFormat";

export function readGrid(
  range: RangeRef,
  location: string,
  read: (cell: Cell | undefined) => unknown,
): unknown[][] {
  assertReadable(range, location);
  const hidden = hiddenByMergeIn(range.sheet, range.rect);
  const out: unknown[][] = [];
  for (let r = range.rect.top; r <= range.rect.bottom; r++) {
    const cells = range.sheet.rows[r];
    const row: unknown[] = [];
    for (let c = range.rect.left; c <= range.rect.right; c++) {
      const cell = cells?.[c];
      row.push(cell && hidden(r, c) ? read(undefined) : read(cell));
    }
    out.push(row);
  }
  return out;
}

export const readValue = (cell: Cell | undefined): unknown => cell?.value ?? "";
export const readFormula = (cell: Cell | undefined): unknown => cell?.formula ?? cell?.value ?? "";
export const readNumberFormat = (cell: Cell | undefined): unknown => cell?.numberFormat ?? "General";

export function readValueType(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

export function textReader(ctx: ExecContext): (cell: Cell | undefined) => unknown {
  return (cell) => {
    const text = cellText(cell);
    if (text !== null) return text;
    ctx.gap(
      `the number format ${JSON.stringify(cell?.numberFormat)} is not rendered by the emulator; text shows General`,
    );
    return cellText({ ...(cell as Cell), numberFormat: "General" });
  };
}

/** Writes `values`, `formulas` or `numberFormat` across the range, applying Excel's typing rules. */
export function writeContent(range: RangeRef, kind: ContentKind, input: unknown, ctx: ExecContext): void {
  const location = `Range.${kind === "NumberFormat" ? "numberFormat" : kind.toLowerCase()}`;
  assertEditable(range.sheet, "contents", location);
  const grid = shaped(range, input, location);
  if (!grid && cellCount(range.rect) > MAX_FORMAT_WRITE_CELLS) {
    throw notImplemented(location, "writing one value to more than 1,000,000 cells (whole rows or columns)");
  }
  const writes: [number, number, Scalar][] = [];
  forEachPosition(range.rect, (r, c, i, j) => {
    const item = grid ? grid[i][j] : input;
    if (item === null || item === undefined) return;
    writes.push([r, c, checkItem(item, kind, location)]);
  });
  if (kind !== "NumberFormat") {
    assertNotIntoMergedCells(
      range,
      writes.filter(([, , v]) => v !== "").map(([r, c]) => [r, c]),
      location,
    );
  }
  if (kind === "NumberFormat") {
    for (const [r, c, item] of writes) {
      const cell = range.sheet.ensureCell(r, c);
      if (item === "" || item === "General") delete cell.numberFormat;
      else cell.numberFormat = String(item);
    }
    ctx.touched();
    return;
  }
  const contents = writes.map(([r, c, item]) => {
    const content = typeInput(item, range.sheet.cell(r, c)?.numberFormat ?? "General");
    if (content.formula !== undefined) {
      checkFormula(content.formula, location);
      assertNoFormulaInTable(range.sheet, r, c, location);
    }
    return [r, c, content] as const;
  });
  for (const [r, c, content] of contents) applyContent(range.sheet.ensureCell(r, c), content);
  syncHeaders(range.sheet, range.rect);
  ctx.touched();
}

/**
 * A formula written into a table may become a calculated column (Excel's AutoCorrect fills it down
 * the column, OfficeDev/office-js issue 6745): not modelled, so a gap rather than a quiet write.
 */
function assertNoFormulaInTable(sheet: Sheet, row: number, column: number, location: string): void {
  const [table] = tablesIn(sheet, { top: row, bottom: row, left: column, right: column });
  if (table)
    throw notImplemented(location, `a formula written into table ${table.name} (calculated columns)`);
}

/** The 2-D array when the input is one, checked against the range's size; null for a single value. */
function shaped(range: RangeRef, input: unknown, location: string): unknown[][] | null {
  if (input === null || input === undefined) {
    return fail("InvalidArgument", location, "null is not a valid input for the whole property");
  }
  if (!Array.isArray(input)) return null;
  const rows = rectRows(range.rect);
  const columns = rectColumns(range.rect);
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!fits) {
    const got = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    return fail(
      "InvalidArgument",
      location,
      `the array is ${got} but the range is ${rows}×${columns}`,
      SHAPE_MISMATCH,
    );
  }
  return input as unknown[][];
}

function checkItem(item: unknown, kind: ContentKind, location: string): Scalar {
  const ok =
    kind === "NumberFormat"
      ? typeof item === "string"
      : typeof item === "string" ||
        typeof item === "boolean" ||
        (typeof item === "number" && Number.isFinite(item));
  if (!ok) return fail("InvalidArgument", location, `${show(item)} cannot be written to a cell`);
  if (typeof item === "string" && item.length > MAX_CELL_TEXT) {
    return fail(
      "InvalidArgument",
      location,
      `text of ${item.length} characters is over Excel's ${MAX_CELL_TEXT}`,
    );
  }
  return item as Scalar;
}

function checkFormula(formula: string, location: string): void {
  try {
    parseCached(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) fail("InvalidArgument", location, `${formula}: ${e.message}`);
    throw e;
  }
}
