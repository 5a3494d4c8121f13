import { HISTORY_SHEET, historyPlan, historyRows } from "../core/history/history";
import type { CellRange, CellValue } from "../core/port/grid";
import type { WriteFailure } from "../core/port/failures";
import type { ApplyOptions } from "../core/port/host";
import type {
  AppliedDropdown,
  ApplyOutcome,
  ChangedCell,
  UnsupportedStep,
  WrittenCell,
} from "../core/port/outcome";
import { PRINT_REQUIREMENT, stillHolds, type CellRun, type WritePlan } from "../core/port/plan";
import { fail, ok, type Result } from "../core/result";
import { gridOf } from "./cell-values";
import { failureOf } from "./office-errors";
import { supportsCopyFrom, supportsPageLayout } from "./requirements";
import type { ExcelRunner } from "./runner";
import { alreadyInPlace, loadValidation, queueDropdown, queueRestore, validationBefore } from "./validations";
import { applyLook, lookOf } from "./write-looks";
import { jsonBytes, MEASURED_BUDGET } from "./payload";
import { officeFormat, officeValue, queueBlock, queueNewSheet, type ValueBlock } from "./write-sheet-content";

/**
 * Applies a core plan through Office.js in two phases, each as few syncs as the 5 MB cap allows:
 * 1. one batched read of everything the write depends on: every target cell's value, formula and
 *    number format (the co-author guard), the validation on every dropdown range, the protection
 *    of every sheet written, whether new sheets' names are free, where 変更履歴 ends;
 * 2. the write, of only the cells that still hold what the plan read, and the history rows.
 * Nothing is written when phase 1 finds a reason to refuse.
 */
export async function applyPlan(
  run: ExcelRunner,
  plan: WritePlan,
  sheetNames: readonly string[],
  options: ApplyOptions = {},
): Promise<Result<Written, WriteFailure>> {
  try {
    return await run(async (context) => {
      options.onStep?.("compare");
      const read = queueReads(context, plan, sheetNames, options.history !== undefined);
      // The other reads ride with the first piece of the runs' reads.
      await syncInPieces(
        context,
        read.runs,
        () => RUN_READ_BYTES,
        (r) => r.range.load(RUN_PROPERTIES),
      );
      const refusal = refusalOf(read);
      if (refusal) return fail(refusal);
      const decided = decide(read);
      if (options.cancel?.cancelled) return ok({ outcome: cancelledOutcome(decided), sheets: sheetNames });

      options.onStep?.("write");
      return ok(await write(context, plan, decided, sheetNames, read, options));
    });
  } catch (error) {
    return fail(failureOf(error, firstSheet(plan)));
  }
}

/** What a write did, and the workbook's sheets after it (its own, the 変更履歴 sheet it may have made). */
export interface Written {
  readonly outcome: ApplyOutcome;
  readonly sheets: readonly string[];
}

interface Reads {
  readonly runs: readonly { readonly run: CellRun; readonly range: Excel.Range }[];
  readonly protections: ReadonlyMap<string, Excel.WorksheetProtection>;
  readonly dropdowns: readonly {
    readonly rule: WritePlan["dropdowns"][number];
    readonly range: CellRange;
    readonly validation: Excel.DataValidation;
  }[];
  readonly newSheets: ReadonlyMap<string, Excel.Worksheet>;
  readonly history: Excel.Range | null;
}

interface Decided {
  /** Cells to write, by run, as rectangles of one column each (or the whole run). */
  readonly writes: readonly { readonly run: CellRun; readonly cells: readonly CellWriteAt[] }[];
  readonly changed: readonly ChangedCell[];
  readonly dropdowns: readonly AppliedDropdown[];
}

interface CellWriteAt {
  readonly i: number;
  readonly j: number;
  readonly before: CellValue;
  readonly beforeFormat: string;
}

function queueReads(
  context: Excel.RequestContext,
  plan: WritePlan,
  sheetNames: readonly string[],
  withHistory: boolean,
): Reads {
  const sheets = context.workbook.worksheets;
  const runs = plan.runs.map((run) => ({
    run,
    range: sheets
      .getItem(run.sheet)
      .getRangeByIndexes(run.top, run.left, run.values.length, run.values[0]?.length ?? 1),
  }));
  const written = new Set<string>([
    ...plan.runs.map((r) => r.sheet),
    ...plan.dropdowns.map((d) => d.sheet),
    ...(plan.restoreValidations ?? []).map((r) => r.sheet),
  ]);
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const name of written) {
    const protection = sheets.getItem(name).protection;
    protection.load("protected");
    protections.set(name, protection);
  }
  const dropdowns = plan.dropdowns.flatMap((rule) =>
    rule.ranges.map((range) => ({
      rule,
      range,
      validation: loadValidation(rangeOf(sheets, rule.sheet, range)),
    })),
  );
  const newSheets = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.newSheets) {
    const found = sheets.getItemOrNullObject(sheet.name);
    found.load("name");
    newSheets.set(sheet.name, found);
  }
  let history: Excel.Range | null = null;
  // The history sheet's end is read just before the write; its existence comes from this action's read.
  if (withHistory && sheetNames.includes(HISTORY_SHEET)) {
    history = sheets.getItem(HISTORY_SHEET).getUsedRange(true);
    history.load("rowIndex,rowCount");
  }
  return { runs, protections, dropdowns, newSheets, history };
}

function refusalOf(read: Reads): WriteFailure | null {
  for (const [sheet, protection] of read.protections)
    if (protection.protected) return { code: "sheet-protected", sheet };
  for (const [name, found] of read.newSheets) {
    if (!found.isNullObject)
      return { code: "cannot-keep", path: null, problem: { code: "sheet-name-taken", sheet: name } };
  }
  return null;
}

/** The co-author guard, cell by cell: a cell is written only while it holds what the plan read. */
function decide(read: Reads): Decided {
  const changed: ChangedCell[] = [];
  const writes = read.runs.map(({ run, range }) => {
    const found = gridOf(range.values, range.valueTypes);
    const cells: CellWriteAt[] = [];
    run.values.forEach((row, i) =>
      row.forEach((planned, j) => {
        const expected = run.expected[i]?.[j] ?? null;
        const now = found[i]?.[j] ?? null;
        const place = {
          sheet: run.sheet,
          rowIndex: run.top + i,
          colIndex: run.left + j,
          expected,
          found: now,
          planned,
          field: run.field,
        };
        // A text that starts with = reads the same through values and formulas; a formula does not.
        const formula = String(range.formulas[i]?.[j] ?? "");
        const isFormula = formula.startsWith("=") && formula !== String(range.values[i]?.[j] ?? "");
        if (isFormula) changed.push({ reason: "formula", ...place });
        else if (!stillHolds(now, expected)) changed.push({ reason: "changed", ...place });
        else cells.push({ i, j, before: now, beforeFormat: String(range.numberFormat[i]?.[j] ?? "General") });
      }),
    );
    return { run, cells };
  });
  const dropdowns: AppliedDropdown[] = read.dropdowns.map((d) => ({
    rule: d.rule,
    range: d.range,
    status: alreadyInPlace(d.validation, d.rule.source) ? "in-place" : "written",
    before: validationBefore(d.validation),
  }));
  return { writes, changed, dropdowns };
}

async function write(
  context: Excel.RequestContext,
  plan: WritePlan,
  decided: Decided,
  sheetNames: readonly string[],
  read: Reads,
  options: ApplyOptions,
): Promise<Written> {
  const sheets = context.workbook.worksheets;
  const unsupported: UnsupportedStep[] = [];
  const written: WrittenCell[] = [];
  const copyLooks = supportsCopyFrom();

  for (const { run, cells } of decided.writes) {
    for (const c of cells) {
      written.push({
        sheet: run.sheet,
        rowIndex: run.top + c.i,
        colIndex: run.left + c.j,
        before: c.before,
        beforeFormat: c.beforeFormat,
        after: run.values[c.i][c.j],
        purpose: run.purpose,
        field: run.field,
      });
    }
  }
  const copyLookSkipped =
    !copyLooks && decided.writes.some((w) => w.run.style === "like-left-header" && w.run.left > 0);
  if (copyLookSkipped)
    unsupported.push({ step: "copy-header-look", sheet: plan.runs[0]?.sheet ?? "", requires: COPY_FROM });

  for (const d of decided.dropdowns) {
    if (d.status === "written") queueDropdown(rangeOf(sheets, d.rule.sheet, d.range), d.rule);
  }
  for (const r of plan.restoreValidations ?? []) queueRestore(rangeOf(sheets, r.sheet, r.range), r.before);

  const sheetsRemoved: string[] = [];
  for (const name of plan.removeSheets ?? []) {
    if (!sheetNames.includes(name)) continue;
    sheets.getItem(name).delete();
    sheetsRemoved.push(name);
  }

  const order = sheetNames.filter((n) => !sheetsRemoved.includes(n));
  const canPrint = supportsPageLayout();
  const queuedSheets = plan.newSheets.map((spec) => {
    const after = spec.after === null ? -1 : order.indexOf(spec.after);
    const position = after < 0 ? null : after + 1;
    if (position === null) order.push(spec.name);
    else order.splice(position, 0, spec.name);
    const queued = queueNewSheet(context, spec, position, canPrint);
    for (const step of queued.skipped)
      unsupported.push({ step, sheet: spec.name, requires: PRINT_REQUIREMENT });
    return queued;
  });
  const sheetsAdded = plan.newSheets.map((s) => s.name);

  if (options.history) {
    options.onStep?.("history");
    const rows = historyRows(
      written,
      { added: sheetsAdded, removed: sheetsRemoved },
      options.history.operation,
      options.history.time,
    );
    const state = read.history
      ? { exists: true as const, rowCount: read.history.rowIndex + read.history.rowCount }
      : { exists: false as const };
    const logPlan = historyPlan(rows, state);
    for (const spec of logPlan.newSheets) {
      order.push(spec.name);
      const queued = queueNewSheet(context, spec, null, canPrint);
      for (const block of queued.blocks) queueBlock(queued.sheet, block);
    }
    for (const run of logPlan.runs) {
      const rows = sheets
        .getItem(run.sheet)
        .getRangeByIndexes(run.top, run.left, run.values.length, run.values[0].length);
      rows.numberFormat = run.values.map((row) => row.map((v) => officeFormat(v) ?? "General"));
      rows.values = run.values.map((row) => row.map(officeValue));
    }
  }

  // A small new sheet's values go with everything else; a big one's follow in blocks of their own,
  // each under the payload cap. Everything above rides with the first piece of the cell writes.
  const blocks = queuedSheets.flatMap((q) => q.blocks.map((block) => ({ sheet: q.sheet, block })));
  const small = blocks.length === 1 && blocks[0].block.bytes < SMALL_SHEET_BYTES;
  if (small) queueBlock(blocks[0].sheet, blocks[0].block);
  await syncInPieces(context, decided.writes, writeBytes, (w) =>
    queueRunWrite(sheets, w.run, w.cells, copyLooks),
  );
  await writeRemainingBlocks(context, small ? [] : blocks);
  const outcome = {
    written,
    changed: decided.changed,
    unsupported,
    sheetsAdded,
    sheetsRemoved,
    dropdowns: decided.dropdowns,
  };
  return { outcome, sheets: order };
}

/** One run's writable cells, as the rectangles writeRectangles cuts them. */
function queueRunWrite(
  sheets: Excel.WorksheetCollection,
  run: CellRun,
  cells: readonly CellWriteAt[],
  copyLooks: boolean,
): void {
  const sheet = sheets.getItem(run.sheet);
  for (const rect of writeRectangles(run, cells)) {
    const target = sheet.getRangeByIndexes(run.top + rect.top, run.left + rect.left, rect.rows, rect.cols);
    const values: (string | number)[][] = [];
    const formats: (string | null)[][] = [];
    let anyFormat = false;
    for (let i = rect.top; i < rect.top + rect.rows; i++) {
      const rowValues: (string | number)[] = [];
      const rowFormats: (string | null)[] = [];
      for (let j = rect.left; j < rect.left + rect.cols; j++) {
        const planned = run.values[i][j];
        rowValues.push(officeValue(planned));
        const format = run.formats?.[i]?.[j] ?? officeFormat(planned);
        rowFormats.push(format);
        if (format !== null) anyFormat = true;
      }
      values.push(rowValues);
      formats.push(rowFormats);
    }
    // The Text format goes on before the value, or Excel reads `=…` as a formula.
    if (anyFormat) target.numberFormat = formats.map((row) => row.map((f) => f ?? "General"));
    target.values = values;
    if (run.style === "like-left-header" && run.left > 0) {
      if (copyLooks)
        target.copyFrom(sheet.getRangeByIndexes(run.top + rect.top, run.left - 1, rect.rows, 1), "Formats");
      else applyLook(target, lookOf("header"), { rows: rect.rows, cols: rect.cols });
    }
  }
}

/** Bytes a run's write takes in a request: its object paths and actions, then its values twice over. */
function writeBytes(w: Decided["writes"][number]): number {
  let bytes = RUN_WRITE_BYTES;
  for (const c of w.cells) bytes += 2 * jsonBytes(officeValue(w.run.values[c.i][c.j])) + 4;
  return bytes;
}

/**
 * Queues items and syncs whenever the next would pass the payload budget, then once more: one
 * request for a small plan, a few for a 20,000-row one, never one per row.
 */
async function syncInPieces<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  bytesOf: (item: T) => number,
  queue: (item: T) => void,
): Promise<void> {
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (bytes > 0 && bytes + size > MEASURED_BUDGET) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB piece (the 5 MB cap)
      await context.sync();
      bytes = 0;
    }
    queue(item);
    bytes += size;
  }
  await context.sync();
}

/** What reading one run for the co-author guard asks of a request, near enough. */
const RUN_READ_BYTES = 900;
/** What writing one run asks of a request besides its values. */
const RUN_WRITE_BYTES = 1200;
const RUN_PROPERTIES = "values,valueTypes,formulas,numberFormat";

/**
 * The values of a new sheet too big for one request, one block per sync. Each block is up to
 * ESTIMATED_BUDGET bytes: this loop is the 5 MB cap's, never one sync per row.
 */
async function writeRemainingBlocks(
  context: Excel.RequestContext,
  blocks: readonly { readonly sheet: Excel.Worksheet; readonly block: ValueBlock }[],
): Promise<void> {
  for (const { sheet, block } of blocks) {
    queueBlock(sheet, block);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~3 MB block (the 5 MB cap)
    await context.sync();
  }
}

/**
 * The cells of a run to write, as rectangles relative to the run: the whole run when every cell
 * still holds what was read, else runs down each column.
 */
function writeRectangles(
  run: CellRun,
  cells: readonly CellWriteAt[],
): { top: number; left: number; rows: number; cols: number }[] {
  const total = run.values.length * (run.values[0]?.length ?? 0);
  if (cells.length === 0) return [];
  if (cells.length === total)
    return [{ top: 0, left: 0, rows: run.values.length, cols: run.values[0].length }];
  const out: { top: number; left: number; rows: number; cols: number }[] = [];
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let rows = byCol.get(c.j);
    if (!rows) byCol.set(c.j, (rows = []));
    rows.push(c.i);
  }
  for (const [j, rows] of byCol) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && rows[k] === rows[k - 1] + 1) continue;
      out.push({ top: start, left: j, rows: rows[k - 1] - start + 1, cols: 1 });
      start = rows[k];
    }
  }
  return out;
}

/** A new sheet's values this small ride along with its layout and the rest of the write. */
const SMALL_SHEET_BYTES = 512 * 1024;

/** Range.copyFrom, to give an added header cell its neighbour's look. */
const COPY_FROM = { set: "ExcelApi", version: "1.9" } as const;

function cancelledOutcome(decided: Decided): ApplyOutcome {
  return {
    written: [],
    changed: decided.changed,
    unsupported: [],
    sheetsAdded: [],
    sheetsRemoved: [],
    dropdowns: [],
  };
}

function rangeOf(sheets: Excel.WorksheetCollection, sheet: string, r: CellRange): Excel.Range {
  return sheets.getItem(sheet).getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function firstSheet(plan: WritePlan): string | null {
  return plan.runs[0]?.sheet ?? plan.dropdowns[0]?.sheet ?? null;
}
