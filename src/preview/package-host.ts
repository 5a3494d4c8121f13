import type { CellValue, WorkbookGrid } from "../core/port/grid";
import type { ApplyOptions, CellRef, WorkbookHost } from "../core/port/host";
import { NOTHING_APPLIED, type ApplyOutcome } from "../core/port/outcome";
import { isEmptyPlan, type WritePlan } from "../core/port/plan";
import type { ColumnRequest, ReadFailure, WorkbookHead, WorkbookReader } from "../core/port/read";
import { ok, type Result } from "../core/result";
import type { WriteFailure } from "../core/port/failures";
import { inflateCodec } from "./inflate-codec";
import { openPackage, type PackageFailure, type XlsxPackage } from "../xlsx/read/open-package";
import { gridReader } from "../core/port/grid-reader";
import { readWorkbookGrid } from "../xlsx/read/read-sheets";
import { readNumberCells, type NumberCells } from "../xlsx/read/number-cells";
import type { writePackage } from "./package-writer";

/** What the preview page is told: a cell to show, or new workbook contents to redraw. */
export type PackageHostEvent =
  { readonly kind: "select"; readonly cell: CellRef } | { readonly kind: "change" };

/**
 * The workbook host of the preview: an .xlsx package held in the browser. Reads go through the
 * .xlsx adapter's reader; a write runs the core's write engine over the package in memory (the
 * cells and their 変更履歴 rows in one piece) and becomes the workbook only once it has succeeded,
 * so a refusal or a stop before it leaves the bytes exactly as they were. Nothing leaves the browser: `bytes()` is what the page offers
 * for download.
 */
export interface PackageHost extends WorkbookHost {
  /** The workbook as it is now, for download. */
  bytes(): Uint8Array;
  /** Every sheet's values as they are now, for the preview's sheet view. */
  grid(): WorkbookGrid;
  /** A sheet's numbers with their number formats, so the sheet view shows them as Excel does. */
  numberCells(sheet: string): NumberCells;
  /** Listens for selections and changes; returns the function that stops listening. */
  subscribe(listener: (event: PackageHostEvent) => void): () => void;
}

/** The write half (package-writer.ts), as the page loads it: its own chunk, on the first write. */
export interface PackageWriter {
  readonly writePackage: typeof writePackage;
}

export function openPackageHost(
  bytes: Uint8Array,
  loadWriter: () => Promise<PackageWriter>,
): Result<PackageHost, PackageFailure> {
  const opened = openPackage(bytes, inflateCodec);
  if (!opened.ok) return opened;
  return ok(new InMemoryPackageHost(bytes, opened.value, loadWriter));
}

class InMemoryPackageHost implements PackageHost {
  private readonly listeners = new Set<(event: PackageHostEvent) => void>();
  private cachedGrid: WorkbookGrid | null = null;
  private cachedReader: WorkbookReader | null = null;
  private readonly cachedNumbers = new Map<string, NumberCells>();

  constructor(
    private current: Uint8Array,
    private pkg: XlsxPackage,
    private readonly loadWriter: () => Promise<PackageWriter>,
  ) {}

  readHead(rows: number): Promise<Result<WorkbookHead, ReadFailure>> {
    return this.reader().readHead(rows);
  }

  readColumns(requests: readonly ColumnRequest[]) {
    return this.reader().readColumns(requests);
  }

  async readCells(cells: readonly CellRef[]): Promise<Result<readonly CellValue[], ReadFailure>> {
    const book = this.grid();
    return ok(
      cells.map((c) => book.sheets.find((s) => s.name === c.sheet)?.rows[c.rowIndex]?.[c.col] ?? null),
    );
  }

  async select(cell: CellRef): Promise<void> {
    this.emit({ kind: "select", cell });
  }

  async apply(plan: WritePlan, options: ApplyOptions = {}): Promise<Result<ApplyOutcome, WriteFailure>> {
    if (isEmptyPlan(plan)) return ok(NOTHING_APPLIED);
    const writer = await this.loadWriter();
    const written = await writer.writePackage(this.current, plan, options);
    if (written.bytes !== null) this.commit(written.bytes);
    return written.result;
  }

  bytes(): Uint8Array {
    return this.current;
  }

  grid(): WorkbookGrid {
    return (this.cachedGrid ??= readWorkbookGrid(this.pkg));
  }

  numberCells(sheet: string): NumberCells {
    let cells = this.cachedNumbers.get(sheet);
    if (cells === undefined) {
      const part = this.pkg.sheets.find((s) => s.name === sheet);
      cells = part ? readNumberCells(this.pkg, part) : [];
      this.cachedNumbers.set(sheet, cells);
    }
    return cells;
  }

  /** The core's in-memory reader over the same grid the sheet view shows: one read of the package. */
  private reader(): WorkbookReader {
    return (this.cachedReader ??= gridReader(this.grid()));
  }

  subscribe(listener: (event: PackageHostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(bytes: Uint8Array): void {
    const reopened = openPackage(bytes, inflateCodec);
    // The writer's own output always reopens; failing here is a bug in the writer.
    if (!reopened.ok) throw new Error(`the written package does not reopen: ${reopened.error.code}`);
    this.current = bytes;
    this.pkg = reopened.value;
    this.cachedGrid = null;
    this.cachedReader = null;
    this.cachedNumbers.clear();
    this.emit({ kind: "change" });
  }

  private emit(event: PackageHostEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
