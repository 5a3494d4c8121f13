import { HISTORY_SHEET } from "../core/history/history";
import type { CellValue } from "../core/port/grid";
import type { WriteFailure } from "../core/port/failures";
import type { ApplyOptions, CellRef, WorkbookHost } from "../core/port/host";
import type { ApplyOutcome } from "../core/port/outcome";
import type { WritePlan } from "../core/port/plan";
import type { ColumnRequest, ColumnSlice, ReadFailure, WorkbookHead } from "../core/port/read";
import { fail, ok, type Result } from "../core/result";
import { readCellValues } from "../core/write/read-cells";
import { writePlan } from "../core/write/write-run";
import { readFailureOf, readFailureOfHost } from "./office-errors";
import { officeWritePort } from "./office-write-port";
import { EXCEL_WEB_LIMIT } from "./payload";
import { WorkbookReading } from "./read-workbook";
import { excelRun, type ExcelRunner } from "./runner";

/**
 * The workbook open in Excel, as the core's WorkbookHost: the only object the pane and the ribbon
 * commands use to read and write. Writes are the core's write engine (core/write) over this
 * host's port, in one `Excel.run`, so its requests share one context. It keeps the sheet names of
 * its last read (to read the next head in one sync), never cell values.
 */
export function createOfficeHost(
  run: ExcelRunner = excelRun,
  options: { readonly payloadLimit?: number } = {},
): WorkbookHost {
  // Excel on the web's cap; a test host may set a smaller one to see a write cut in pieces.
  const limit = options.payloadLimit ?? EXCEL_WEB_LIMIT;
  const reading = new WorkbookReading(run);
  return {
    readHead: (rows: number): Promise<Result<WorkbookHead, ReadFailure>> =>
      asResult(() => reading.readHead(rows)),
    readColumns: (requests: readonly ColumnRequest[]): Promise<Result<readonly ColumnSlice[], ReadFailure>> =>
      asResult(() => reading.readColumns(requests)),
    async apply(plan: WritePlan, options?: ApplyOptions): Promise<Result<ApplyOutcome, WriteFailure>> {
      const written = await asResult(() =>
        run((context) => writePlan(officeWritePort(context, limit), plan, options)),
      );
      if (!written.ok) return written;
      // The next head read starts from the sheets this write left, its 変更履歴 sheet included.
      const names = reading.sheetNames;
      if (names !== null && written.value.ok)
        reading.afterWrite(namesAfter(names, plan, written.value.value));
      return written.value;
    },
    readCells: (cells: readonly CellRef[]): Promise<Result<readonly CellValue[], ReadFailure>> =>
      asResult(async () => {
        const read = await run((context) => readCellValues(officeWritePort(context, limit), cells));
        if (!read.ok) throw new ReadRefusal(readFailureOfHost(read.error));
        return read.value;
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

/** The sheet names after a write, in order: what it removed gone, what it added where it went. */
function namesAfter(names: readonly string[], plan: WritePlan, outcome: ApplyOutcome): string[] {
  const out = names.filter((n) => !outcome.sheetsRemoved.some((m) => m.name === n));
  for (const mark of outcome.sheetsAdded) {
    const after = plan.newSheets.find((s) => s.name === mark.name)?.after ?? null;
    const at = after === null ? -1 : out.indexOf(after);
    if (at < 0) out.push(mark.name);
    else out.splice(at + 1, 0, mark.name);
  }
  if (outcome.history > 0 && !out.includes(HISTORY_SHEET)) out.push(HISTORY_SHEET);
  return out;
}

/** A read the engine refused, carried out of `Excel.run` as data. */
class ReadRefusal extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.code);
  }
}

/** An Office.js read as data: Excel busy, refusing or failing is a failure to show, not a crash. */
async function asResult<T>(read: () => Promise<T>): Promise<Result<T, ReadFailure>> {
  try {
    return ok(await read());
  } catch (error) {
    if (error instanceof ReadRefusal) return fail(error.failure);
    return fail(readFailureOf(error));
  }
}
