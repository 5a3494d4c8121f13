import type { CellValue } from "../core/port/grid";
import type { WriteFailure } from "../core/port/failures";
import type { ApplyOptions, CellRef, WorkbookHost } from "../core/port/host";
import type { ApplyOutcome } from "../core/port/outcome";
import type { WritePlan } from "../core/port/plan";
import type { ColumnRequest, ColumnSlice, ReadFailure, WorkbookHead } from "../core/port/read";
import { fail, ok, type Result } from "../core/result";
import { failureOf } from "./office-errors";
import { applyPlan } from "./apply-plan";
import { gridOf } from "./cell-values";
import { WorkbookReading } from "./read-workbook";
import { excelRun, type ExcelRunner } from "./runner";

/**
 * The workbook open in Excel, as the core's WorkbookHost: the only object the pane and the ribbon
 * commands use to read and write. It keeps the sheet names of its last read (to read the next
 * head in one sync), never cell values.
 */
export function createOfficeHost(run: ExcelRunner = excelRun): WorkbookHost {
  const reading = new WorkbookReading(run);
  return {
    readHead: (rows: number): Promise<Result<WorkbookHead, ReadFailure>> =>
      asResult(() => reading.readHead(rows)),
    readColumns: (requests: readonly ColumnRequest[]): Promise<Result<readonly ColumnSlice[], ReadFailure>> =>
      asResult(() => reading.readColumns(requests)),
    async apply(plan: WritePlan, options?: ApplyOptions): Promise<Result<ApplyOutcome, WriteFailure>> {
      let names = reading.sheetNames;
      if (names === null) {
        const head = await asResult(() => reading.readHead(1));
        if (!head.ok) return head;
        names = head.value.sheets.map((s) => s.name);
      }
      const applied = await applyPlan(run, plan, names, options);
      if (!applied.ok) return applied;
      // The next write starts from the sheets this one left, its 変更履歴 sheet included.
      reading.afterWrite(applied.value.sheets);
      return ok(applied.value.outcome);
    },
    readCells: (cells: readonly CellRef[]): Promise<readonly CellValue[]> =>
      run(async (context) => {
        const ranges = cells.map((c) => {
          const range = context.workbook.worksheets
            .getItem(c.sheet)
            .getRangeByIndexes(c.rowIndex, c.col, 1, 1);
          range.load("values,valueTypes");
          return range;
        });
        await context.sync();
        return ranges.map((r) => gridOf(r.values, r.valueTypes)[0]?.[0] ?? null);
      }),
    select: (cell: CellRef): Promise<void> =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(cell.sheet);
        sheet.activate();
        sheet.getRangeByIndexes(cell.rowIndex, cell.col, 1, 1).select();
        await context.sync();
      }),
  };
}

/** An Office.js read as data: Excel busy, refusing or failing is a failure to show, not a crash. */
async function asResult<T>(read: () => Promise<T>): Promise<Result<T, ReadFailure>> {
  try {
    return ok(await read());
  } catch (error) {
    const failure = failureOf(error);
    return fail(
      failure.code === "sheet-protected"
        ? { code: "excel-error", detail: "AccessDenied" }
        : (failure as ReadFailure),
    );
  }
}
