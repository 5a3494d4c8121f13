import type { HistoryLabel } from "../history/history";
import type { CellValue } from "./grid";
import type { WriteFailure } from "./failures";
import type { ApplyOutcome } from "./outcome";
import type { WritePlan } from "./plan";
import type { ReadFailure, WorkbookReader } from "./read";
import type { Result } from "../result";

/**
 * What the front ends (task pane, ribbon commands, preview) need from the workbook they run on.
 * One adapter per host implements it: Office.js in src/excel, the .xlsx package held in the
 * browser for the preview. Reads go through the two-step WorkbookReader; every write goes through
 * `apply`, with the co-author guard.
 */
export interface WorkbookHost extends WorkbookReader {
  /**
   * Writes a plan through the core's write engine (core/write): every target cell and every input
   * compared with what the plan read just before writing, only the cells that still hold it
   * written, with their 変更履歴 rows. A failure returned means nothing was written; a failure
   * part-way is the outcome's `interrupted`, with what was put back and what stays.
   */
  apply(plan: WritePlan, options?: ApplyOptions): Promise<Result<ApplyOutcome, WriteFailure>>;
  /** The current values of some cells (an undo's preview), in as few requests as the cap allows. */
  readCells(cells: readonly CellRef[]): Promise<Result<readonly CellValue[], ReadFailure>>;
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
   * nothing a person had is ever lost: when, under which operation, and by whom.
   */
  readonly history?: HistoryLabel;
  /**
   * Checked between requests: cancelled before the first piece, nothing is written; later, what
   * was written is put back.
   */
  readonly cancel?: { readonly cancelled: boolean };
  /** Told as each step starts, for a progress bar: a write of many requests tells each piece. */
  readonly onStep?: (step: ApplyStep, progress?: ApplyProgress) => void;
}

/** Reading the cells just before writing; writing; putting back what a failed write did. */
export type ApplyStep = "compare" | "write" | "rollback";

export interface ApplyProgress {
  /** 1-based. */
  readonly piece: number;
  readonly pieces: number;
}
