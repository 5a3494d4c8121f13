import type { CellValue } from "./grid";
import type { WriteFailure } from "./failures";
import type { ApplyOutcome } from "./outcome";
import type { WritePlan } from "./plan";
import type { WorkbookReader } from "./read";
import type { Result } from "../result";

/**
 * What the front ends (task pane, ribbon commands, preview) need from the workbook they run on.
 * One adapter per host implements it: Office.js in src/excel, the .xlsx package held in the
 * browser for the preview. Reads go through the two-step WorkbookReader; every write goes through
 * `apply`, with the co-author guard.
 */
export interface WorkbookHost extends WorkbookReader {
  /**
   * Writes a plan: compares every target cell with the value it was planned from, in one batched
   * read just before writing, and writes only the cells that still hold it. On a failure nothing
   * is written (a protected sheet, a cell being edited, a payload Excel refuses).
   */
  apply(plan: WritePlan, options?: ApplyOptions): Promise<Result<ApplyOutcome, WriteFailure>>;
  /** The current values of some cells, read in one go (an undo's preview, a PL's save). */
  readCells(cells: readonly CellRef[]): Promise<readonly CellValue[]>;
  /** Shows a cell to the person: selects it in Excel, scrolls to it in the preview. */
  select(cell: CellRef): Promise<void>;
}

export interface CellRef {
  readonly sheet: string;
  /** 0-based. */
  readonly rowIndex: number;
  readonly col: number;
}

export interface ApplyOptions {
  /**
   * Appends every cell written to the hidden 変更履歴 sheet (history/), in the same write, so
   * nothing a person had is ever lost.
   */
  readonly history?: { readonly operation: string; readonly time: string };
  /** Checked between steps: a cancelled apply stops before it writes anything. */
  readonly cancel?: { readonly cancelled: boolean };
  /** Told as each step starts, for a progress bar. */
  readonly onStep?: (step: ApplyStep) => void;
}

export type ApplyStep = "compare" | "write" | "history";
