import type { CellRange, CellValue } from "../core/port/grid";
import type { ColumnRequest, ColumnSlice, SheetHead, WorkbookHead } from "../core/port/read";
import { gridOf } from "./cell-values";
import { parseAreas } from "./addresses";
import { ESTIMATED_BUDGET, MEASURED_BUDGET, isPayloadError, jsonBytes } from "./payload";
import { supportsMergedAreas } from "./requirements";
import type { ExcelRunner } from "./runner";

/**
 * The read half of the Office.js host: the core's two-step read port. Each step is one
 * `context.sync()` where the sizes allow, a few where a big list needs its columns in chunks
 * under Excel on the web's 5 MB cap.
 */
export class WorkbookReading {
  /**
   * The sheet names of the last read, to queue the next head read in one sync. Names only:
   * never cell values, which are always read again.
   */
  private knownSheets: readonly string[] | null = null;
  /** Bytes per row each sheet's columns took in its head: how many rows fit in the first block. */
  private readonly rowBytes = new Map<string, readonly number[]>();

  constructor(private readonly run: ExcelRunner) {}

  get sheetNames(): readonly string[] | null {
    return this.knownSheets;
  }

  async readHead(rows: number): Promise<WorkbookHead> {
    const known = this.knownSheets;
    if (known !== null) {
      const warm = await this.run((context) => readHeadWith(context, rows, known)).catch(() => null);
      if (warm !== null) return this.remember(warm);
    }
    return this.remember(await this.run((context) => readHeadWith(context, rows, null)));
  }

  async readColumns(requests: readonly ColumnRequest[]): Promise<readonly ColumnSlice[]> {
    const estimates = requests.map((r) => this.estimateRow(r));
    return this.run((context) => readRequests(context, requests, estimates));
  }

  /**
   * The sheets after a write of this add-in, so the next write (a PL's save right after the PMO's
   * fill, an undo of the summary just made) starts from the sheets that are there now.
   */
  afterWrite(sheets: readonly string[]): void {
    this.knownSheets = sheets;
  }

  private remember(head: WorkbookHead): WorkbookHead {
    this.knownSheets = head.sheets.map((s) => s.name);
    for (const sheet of head.sheets) this.rowBytes.set(sheet.name, columnBytes(sheet));
    return head;
  }

  private estimateRow(request: ColumnRequest): number {
    const known = this.rowBytes.get(request.sheet) ?? [];
    let bytes = 0;
    // A column the head saw empty may still hold text further down: count it as a short text.
    for (const c of request.columns) bytes += Math.max(known[c] ?? 0, MIN_CELL_BYTES);
    return bytes;
  }
}

/** Values and value types of a cell, at least, in a response. */
const MIN_CELL_BYTES = 24;

interface QueuedHead {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly top: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
}

/**
 * Every sheet's name, visibility, size from A1 and first rows. With the sheet names of the last
 * read this is one sync; otherwise the names come first, then the rest.
 */
async function readHeadWith(
  context: Excel.RequestContext,
  rows: number,
  known: readonly string[] | null,
): Promise<WorkbookHead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  let queued = known === null ? null : known.map((name) => queueHead(context, name, rows));
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  if (queued === null || !sameNames(names, known)) queued = await readHeads(context, names, rows);
  const visibility = new Map(sheets.items.map((s) => [s.name, s.visibility]));
  return { sheets: queued.map((q) => sheetHead(q, rows, visibility.get(q.name) ?? "Visible")) };
}

/**
 * The heads of some sheets, all in one sync; a workbook whose heads pass the payload cap together
 * is read again in halves, a few sheets per sync.
 */
async function readHeads(
  context: Excel.RequestContext,
  names: readonly string[],
  rows: number,
): Promise<QueuedHead[]> {
  const queued = names.map((name) => queueHead(context, name, rows));
  try {
    await context.sync();
    return queued;
  } catch (error) {
    if (!isPayloadError(error) || names.length < 2) throw error;
    const half = Math.ceil(names.length / 2);
    return [
      ...(await readHeads(context, names.slice(0, half), rows)),
      ...(await readHeads(context, names.slice(half), rows)),
    ];
  }
}

function queueHead(context: Excel.RequestContext, name: string, rows: number): QueuedHead {
  const sheet = context.workbook.worksheets.getItem(name);
  // Values only: a formatted but empty column far to the right is not part of the list.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const top = sheet
    .getRange("A1")
    .getBoundingRect(used)
    .getRow(0)
    .getResizedRange(rows - 1, 0);
  top.load("values,valueTypes");
  const merges = supportsMergedAreas() ? top.getMergedAreasOrNullObject() : null;
  merges?.load("address");
  return { name, sheet, used, top, merges };
}

function sheetHead(q: QueuedHead, rows: number, visibility: string): SheetHead {
  const empty = q.used.rowCount === 1 && q.used.columnCount === 1 && q.top.valueTypes[0]?.[0] === "Empty";
  const rowCount = empty ? 0 : q.used.rowIndex + q.used.rowCount;
  const columnCount = empty ? 0 : q.used.columnIndex + q.used.columnCount;
  const values = gridOf(q.top.values, q.top.valueTypes).slice(0, Math.min(rows, rowCount));
  const merges: CellRange[] | undefined =
    q.merges === null ? undefined : q.merges.isNullObject ? [] : parseAreas(q.merges.address);
  return {
    name: q.name,
    hidden: visibility !== "Visible",
    rowCount,
    columnCount,
    rows: values.map((row) => row.slice(0, columnCount)),
    ...(merges === undefined ? {} : { merges }),
  };
}

/**
 * Every request's rows in one Excel.run, a block of rows per sync. The first block's size comes
 * from the head's estimate; each later one from the bytes per row the last response really took,
 * so blocks come near the budget without passing Excel on the web's 5 MB cap. A block Excel still
 * refuses is read again in halves.
 */
async function readRequests(
  context: Excel.RequestContext,
  requests: readonly ColumnRequest[],
  estimates: readonly number[],
): Promise<ColumnSlice[]> {
  const slices: ColumnSlice[] = [];
  for (const [k, request] of requests.entries()) {
    let perRow = estimates[k];
    const rows: CellValue[][] = [];
    let top = request.top;
    while (top <= request.bottom) {
      // The first block trusts the head's estimate less than later blocks trust measured rows.
      const budget = rows.length === 0 ? ESTIMATED_BUDGET : MEASURED_BUDGET;
      const count = Math.max(1, Math.min(request.bottom - top + 1, Math.floor(budget / perRow)));
      const block = queueBlock(context, request, top, count);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of ~3 MB: the 5 MB cap, never per row
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error) || count === 1) throw error;
        perRow *= 2;
        continue;
      }
      const read = block.read();
      rows.push(...read.rows);
      perRow = Math.max(MIN_CELL_BYTES, (read.bytes / count) * 1.05);
      top += count;
    }
    slices.push({ request, rows });
  }
  return slices;
}

/** One block of rows of a request's columns: one range per run of adjacent columns. */
function queueBlock(
  context: Excel.RequestContext,
  request: ColumnRequest,
  top: number,
  count: number,
): { read(): { rows: CellValue[][]; bytes: number } } {
  const sheet = context.workbook.worksheets.getItem(request.sheet);
  const runs = columnRuns(request.columns);
  const ranges = runs.map((run) => {
    const range = sheet.getRangeByIndexes(top, run.first, count, run.count);
    range.load("values,valueTypes");
    return range;
  });
  return {
    read() {
      const out: CellValue[][] = [];
      for (let i = 0; i < count; i++) out.push([]);
      let bytes = 0;
      for (const range of ranges) {
        bytes += jsonBytes(range.values) + jsonBytes(range.valueTypes);
        gridOf(range.values, range.valueTypes).forEach((row, i) => out[i].push(...row));
      }
      return { rows: out, bytes };
    },
  };
}

/** `[2, 3, 4, 9]` → runs `{2, 3}`, `{9, 1}`: adjacent columns are read as one range. */
function columnRuns(columns: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1 });
  }
  return runs;
}

/** The bytes a response spends per row on each column, judged from the head's rows. */
function columnBytes(sheet: SheetHead): number[] {
  const sums: number[] = new Array<number>(sheet.columnCount).fill(0);
  let maxes: number[] = new Array<number>(sheet.columnCount).fill(0);
  for (const row of sheet.rows) {
    row.forEach((v, c) => {
      const bytes = jsonBytes(v ?? "") + 12;
      sums[c] += bytes;
      maxes[c] = Math.max(maxes[c], bytes);
    });
  }
  // The mean of the head, but no less than half its longest cell: long texts cluster further down.
  maxes = maxes.map((m, c) => Math.max(sums[c] / Math.max(1, sheet.rows.length), m / 2));
  return maxes;
}

function sameNames(a: readonly string[], b: readonly string[] | null): boolean {
  return b !== null && a.length === b.length && a.every((name, i) => name === b[i]);
}
