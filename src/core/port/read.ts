import type { Result } from "../result";
import type { WriteFailure } from "./failures";
import type { CellRange, CellValue } from "./grid";

/**
 * The read port every host implements, in two steps so that a big list is never read whole:
 * 1. `readHead`: every sheet's name, visibility and size, and its top rows (enough to find the
 *    list's header and the tool's own marker cells);
 * 2. `readColumns`: only the columns an action needs, over a span of rows; the host splits the
 *    span into chunks that fit its transport (Excel on the web refuses payloads over 5 MB).
 */
export interface WorkbookReader {
  readHead(rows: number): Promise<Result<WorkbookHead, ReadFailure>>;
  readColumns(requests: readonly ColumnRequest[]): Promise<Result<readonly ColumnSlice[], ReadFailure>>;
}

/**
 * What can stop a host's read: a cell being edited, a payload refused, Excel busy, refusing,
 * failing, a lost connection, a sheet gone meanwhile.
 */
export type ReadFailure = Extract<
  WriteFailure,
  {
    readonly code:
      | "cell-edit-mode"
      | "payload-too-large"
      | "requirement-missing"
      | "excel-error"
      | "excel-refused"
      | "excel-busy"
      | "connection-lost"
      | "sheet-gone";
  }
>;

export interface WorkbookHead {
  readonly sheets: readonly SheetHead[];
}

export interface SheetHead {
  readonly name: string;
  readonly hidden: boolean;
  /** Rows and columns from A1 to the last used cell; 0 for an empty sheet. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The first rows, every used column: `rows[r][c]`, 0-based. */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Merged ranges that touch the head rows, when the host can tell (Office.js only from ExcelApi
   * 1.13); undefined when it cannot. The list is found without them, a little less surely.
   */
  readonly merges?: readonly CellRange[];
}

/** Some columns of a sheet over rows `top`..`bottom`, 0-based and inclusive. */
export interface ColumnRequest {
  readonly sheet: string;
  /** 0-based, ascending, no repeats. */
  readonly columns: readonly number[];
  readonly top: number;
  readonly bottom: number;
}

/** The answer to one request: `rows[i][j]` is the cell at row top + i, column columns[j]. */
export interface ColumnSlice {
  readonly request: ColumnRequest;
  readonly rows: readonly (readonly CellValue[])[];
}
