import { HISTORY_SHEET, historyPlan, historyRows, type HistoryState } from "../core/history/history";
import type { CellValue, WorkbookGrid } from "../core/port/grid";
import type { ApplyOptions, ApplyStep, CellRef, WorkbookHost } from "../core/port/host";
import { NOTHING_APPLIED, type ApplyOutcome } from "../core/port/outcome";
import { isEmptyPlan, type WritePlan } from "../core/port/plan";
import type { ColumnRequest, WorkbookHead } from "../core/port/read";
import { fail, ok, type Result } from "../core/result";
import type { WriteFailure } from "../core/port/failures";
import {
  applyPlan,
  fflateCodec,
  openPackage,
  packageReader,
  readSheet,
  readWorkbookGrid,
  refusalFailure,
  type PackageFailure,
  type XlsxPackage,
} from "../xlsx/index";

/** What the preview page is told: a cell to show, or new workbook contents to redraw. */
export type PackageHostEvent =
  { readonly kind: "select"; readonly cell: CellRef } | { readonly kind: "change" };

/**
 * The workbook host of the preview: an .xlsx package held in the browser. Reads go through the
 * .xlsx adapter's reader; a write patches the package in memory and becomes the workbook only
 * once every step (the plan and its 変更履歴 rows) has succeeded, so a refusal or a cancel leaves
 * the bytes exactly as they were. Nothing leaves the browser: `bytes()` is what the page offers
 * for download.
 */
export interface PackageHost extends WorkbookHost {
  /** The workbook as it is now, for download. */
  bytes(): Uint8Array;
  /** Every sheet's values as they are now, for the preview's sheet view. */
  grid(): WorkbookGrid;
  /** Listens for selections and changes; returns the function that stops listening. */
  subscribe(listener: (event: PackageHostEvent) => void): () => void;
}

export function openPackageHost(bytes: Uint8Array): Result<PackageHost, PackageFailure> {
  const opened = openPackage(bytes, fflateCodec);
  if (!opened.ok) return opened;
  return ok(new InMemoryPackageHost(bytes, opened.value));
}

class InMemoryPackageHost implements PackageHost {
  private readonly listeners = new Set<(event: PackageHostEvent) => void>();
  private reader: ReturnType<typeof packageReader>;
  private cachedGrid: WorkbookGrid | null = null;

  constructor(
    private current: Uint8Array,
    private pkg: XlsxPackage,
  ) {
    this.reader = packageReader(pkg);
  }

  readHead(rows: number): Promise<WorkbookHead> {
    return this.reader.readHead(rows);
  }

  readColumns(requests: readonly ColumnRequest[]) {
    return this.reader.readColumns(requests);
  }

  async readCells(cells: readonly CellRef[]): Promise<readonly CellValue[]> {
    const book = this.grid();
    return cells.map((c) => book.sheets.find((s) => s.name === c.sheet)?.rows[c.rowIndex]?.[c.col] ?? null);
  }

  async select(cell: CellRef): Promise<void> {
    this.emit({ kind: "select", cell });
  }

  async apply(plan: WritePlan, options: ApplyOptions = {}): Promise<Result<ApplyOutcome, WriteFailure>> {
    if (isEmptyPlan(plan)) return ok(NOTHING_APPLIED);
    const cancelled = () => options.cancel?.cancelled === true;
    const step = async (name: ApplyStep) => {
      options.onStep?.(name);
      // Lets the page draw the step and take a click on Cancel before the next one.
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await step("compare");
    if (cancelled()) return ok(NOTHING_APPLIED);
    await step("write");
    const applied = applyPlan(this.pkg, plan);
    if (!applied.ok) return fail(refusalFailure(applied.error, null));
    let { bytes } = applied.value;
    const { outcome } = applied.value;
    if (cancelled()) return ok(NOTHING_APPLIED);

    const history = options.history;
    if (history && (outcome.written.length > 0 || outcome.sheetsAdded.length > 0)) {
      await step("history");
      const logged = appendHistory(bytes, outcome, history);
      if (!logged.ok) return logged;
      bytes = logged.value;
      if (cancelled()) return ok(NOTHING_APPLIED);
    }
    this.commit(bytes);
    return ok(outcome);
  }

  bytes(): Uint8Array {
    return this.current;
  }

  grid(): WorkbookGrid {
    return (this.cachedGrid ??= readWorkbookGrid(this.pkg));
  }

  subscribe(listener: (event: PackageHostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(bytes: Uint8Array): void {
    const reopened = openPackage(bytes, fflateCodec);
    // The writer's own output always reopens; failing here is a bug in the writer.
    if (!reopened.ok) throw new Error(`the written package does not reopen: ${reopened.error.code}`);
    this.current = bytes;
    this.pkg = reopened.value;
    this.reader = packageReader(this.pkg);
    this.cachedGrid = null;
    this.emit({ kind: "change" });
  }

  private emit(event: PackageHostEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/**
 * The 変更履歴 rows for what a write did, appended to the package the write produced: the
 * history sheet is created hidden the first time, then rows go below its last used row. The
 * returned outcome stays the write's own, so an undo never takes the history away.
 */
function appendHistory(
  bytes: Uint8Array,
  outcome: ApplyOutcome,
  history: NonNullable<ApplyOptions["history"]>,
): Result<Uint8Array, WriteFailure> {
  const pkg = openPackage(bytes, fflateCodec);
  if (!pkg.ok) throw new Error(`the written package does not reopen: ${pkg.error.code}`);
  const rows = historyRows(outcome.written, outcome.sheetsAdded, history.operation, history.time);
  const plan = historyPlan(rows, historyState(pkg.value));
  const logged = applyPlan(pkg.value, plan);
  if (!logged.ok) return fail(refusalFailure(logged.error, null));
  return ok(logged.value.bytes);
}

function historyState(pkg: XlsxPackage): HistoryState {
  const sheet = pkg.sheets.find((s) => s.name === HISTORY_SHEET);
  if (!sheet) return { exists: false };
  return { exists: true, rowCount: readSheet(pkg, sheet).grid.rows.length };
}
