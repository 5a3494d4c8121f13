/**
 * The emulated Excel host: it answers the requests Microsoft's client sends through
 * `OSF.DDA.RichApi.executeRichApiRequestAsync` from an in-memory workbook, and records every one of
 * them. The same instance serves the client in Node and, through a bridge, in Chromium.
 */
import { executeRequest, type RequestContext } from "../engine/execute-request";
import { recalculate } from "../model/recalc";
import { formatAddress } from "../model/address";
import { applyContent, typeInput } from "../model/cell-input";
import type { Scalar, Workbook } from "../model/workbook";
import { readGrid, readValue } from "../objects/range-content";
import { hostObject, type HostObject } from "../objects/class-spec";
import { workbookSpec } from "../objects/workbook-object";
import {
  DELAY_FOR_CELL_EDIT_FLAG,
  OfficeErrorNumber,
  type WireAnswer,
  type WireRequest,
  type WireResponse,
} from "../protocol/wire";
import { setSupported, type OfficeEvent, type ShimConfig } from "../client/office-shim";
import { cellInfo, locate, sheetSnapshot, type CellInfo, type SheetSnapshot } from "./snapshot";
import { saveXlsx } from "./xlsx-save";
import {
  checkBudget,
  isCleanup,
  statsOf,
  type Budget,
  type CellAccess,
  type SyncRecord,
  type SyncStats,
} from "./instruments";

export type WorkbookHook = (workbook: Workbook) => void;

export class ExcelHost {
  readonly records: SyncRecord[] = [];
  /** Things the emulator met but does not model; a test helper fails the test when any appear. */
  readonly gaps: string[] = [];
  /** Dialogs, ribbon actions, task pane calls and settings saves the add-in made through Office. */
  readonly officeEvents: OfficeEvent[] = [];
  private readonly hooks = new Map<number, WorkbookHook[]>();
  private readonly references = new Map<string, HostObject>();
  private referenceCounter = 0;
  private cellEdit: { waiting: (() => void)[] } | null = null;
  private accesses: { reads: CellAccess[]; writes: CellAccess[] } = { reads: [], writes: [] };

  constructor(
    public workbook: Workbook,
    readonly config: ShimConfig,
    readonly payloadLimit: number,
  ) {}

  /** The host's side of `executeRichApiRequestAsync`: the request body and flags in, Office's answer out. */
  answer(body: string, flags: number): WireAnswer | Promise<WireAnswer> {
    if (this.cellEdit) {
      if (flags & DELAY_FOR_CELL_EDIT_FLAG) {
        // "When true, the batch request is delayed and runs when the user exits cell edit mode."
        return new Promise((resolve) => this.cellEdit?.waiting.push(() => resolve(this.answer(body, flags))));
      }
      this.runHooks();
      this.record(body, parse(body), flags, null, 0, "InvalidOperationInCellEditMode");
      return failed(OfficeErrorNumber.invalidApiCallInContext, "cell edit mode");
    }
    this.runHooks();
    const requestBytes = Buffer.byteLength(body, "utf8");
    const request = parse(body);
    if (requestBytes > this.payloadLimit) {
      this.record(body, request, flags, null, 0, "RequestPayloadSizeLimitExceeded");
      return failed(OfficeErrorNumber.requestPayloadSizeLimitExceeded, "request payload too large");
    }
    let response: WireResponse;
    try {
      if (!request) throw new Error("the request body is not JSON");
      response = this.execute(request);
    } catch (e) {
      const message = `excel-host internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
      this.gaps.push(message);
      this.record(body, request, flags, null, 0, "EmulatorInternalError");
      return failed(OfficeErrorNumber.internalError, message);
    }
    const text = JSON.stringify(response);
    const responseBytes = Buffer.byteLength(text, "utf8");
    if (response.Error?.Code === "NotImplementedInEmulator") this.gaps.push(response.Error.Message);
    if (responseBytes > this.payloadLimit) {
      // The actions have run; only the answer is lost, as when Excel cannot send a response back.
      this.record(body, request, flags, response, responseBytes, "ResponsePayloadSizeLimitExceeded");
      return failed(OfficeErrorNumber.responsePayloadSizeLimitExceeded, "response payload too large");
    }
    this.record(body, request, flags, response, responseBytes, response.Error?.Code ?? null);
    return { status: "succeeded", value: { data: [200, [], text] } };
  }

  /** The gaps met so far, forgotten by the host: for tests that provoke one on purpose. */
  takeGaps(): string[] {
    return this.gaps.splice(0, this.gaps.length);
  }

  /** Runs `hook` on the workbook just before request `n` (1-based) is answered, as a co-author would edit. */
  beforeSync(n: number, hook: WorkbookHook): void {
    this.hooks.set(n, [...(this.hooks.get(n) ?? []), hook]);
  }

  onNextSync(hook: WorkbookHook): void {
    this.beforeSync(this.records.length + 1, hook);
  }

  /** From now on requests fail with InvalidOperationInCellEditMode, as while a user types in a cell. */
  enterCellEditMode(): void {
    this.cellEdit ??= { waiting: [] };
  }

  /** Leaves cell edit mode; requests sent with `delayForCellEdit` now run. */
  exitCellEditMode(): void {
    const waiting = this.cellEdit?.waiting ?? [];
    this.cellEdit = null;
    for (const run of waiting) run();
  }

  get syncs(): number {
    return this.stats().syncs;
  }

  stats(): SyncStats {
    return statsOf(this.records);
  }

  expectBudget(budget: Budget): void {
    checkBudget(this.records, budget, this.payloadLimit);
  }

  /** Forgets the recorded requests, e.g. between the arrange and act phases of a test. */
  clearRecords(): void {
    this.records.length = 0;
    this.hooks.clear();
  }

  /** A sheet as plain grids and lists, for assertions. */
  snapshot(sheetName: string): SheetSnapshot {
    return sheetSnapshot(this.workbook, sheetName);
  }

  /** The user's selection as an address (`一覧!N60`), as after `range.select()`; null before any. */
  selection(): string | null {
    const selection = this.workbook.selection;
    const sheet = selection && this.workbook.sheetById(selection.sheetId);
    return sheet && selection ? formatAddress(sheet.name, selection.rect) : null;
  }

  /** One cell in full: value, formula, text, number format, font, fill, borders, alignment, validation. */
  cell(address: string): CellInfo {
    return cellInfo(this.workbook, address);
  }

  /** `Range.values` of an address, read straight from the model (no request is recorded). */
  values(address: string): unknown[][] {
    const { sheet, rect } = locate(this.workbook, address);
    return readGrid({ sheet, rect }, "excel-host.values", readValue);
  }

  /**
   * Types a value into a cell as a person would (a co-author, or the user before the add-in runs):
   * the same typing rules as `Range.values`, then recalculation.
   */
  edit(address: string, value: Scalar): void {
    const { sheet, rect } = locate(this.workbook, address);
    const cell = sheet.ensureCell(rect.top, rect.left);
    applyContent(cell, typeInput(value, cell.numberFormat ?? "General"));
    this.recalculate();
  }

  /** Writes the workbook as it now stands to an .xlsx file (charts are not written). */
  async saveXlsx(path: string): Promise<void> {
    await saveXlsx(this.workbook, path);
  }

  supports(version: string): boolean {
    return setSupported(this.config.sets, "ExcelApi", version);
  }

  private execute(request: WireRequest): WireResponse {
    let touched = false;
    this.accesses = { reads: [], writes: [] };
    const accesses = this.accesses;
    const ctx: RequestContext = {
      workbook: this.workbook,
      root: hostObject(workbookSpec, this.workbook),
      supports: (v) => this.supports(v),
      touched: () => {
        touched = true;
      },
      noteAccess: (kind, property, address) => {
        (kind === "read" ? accesses.reads : accesses.writes).push({ property, address });
      },
      gap: (message) => {
        if (!this.gaps.includes(message)) this.gaps.push(message);
      },
      keepReference: (object) => this.keep(object),
      removeReference: (id) => this.references.delete(id),
      lookupReference: (id) => this.references.get(id),
    };
    const response = executeRequest(request, ctx);
    if (touched) recalculate(this.workbook, ctx.gap);
    return response;
  }

  /** Recomputes formulas after a change made directly to the model (a co-author's edit). */
  recalculate(): void {
    recalculate(this.workbook, (message) => this.gaps.push(message));
  }

  private keep(object: HostObject): string {
    this.referenceCounter += 1;
    const id = `{excel-host-ref-${this.referenceCounter}}`;
    this.references.set(id, object);
    return id;
  }

  private runHooks(): void {
    const n = this.records.length + 1;
    const hooks = this.hooks.get(n);
    if (!hooks) return;
    this.hooks.delete(n);
    for (const hook of hooks) hook(this.workbook);
    this.recalculate();
  }

  private record(
    body: string,
    request: WireRequest | null,
    flags: number,
    response: WireResponse | null,
    responseBytes: number,
    error: string | null,
  ): void {
    this.records.push({
      index: this.records.length + 1,
      kind: request && isCleanup(request) ? "cleanup" : "sync",
      requestBytes: Buffer.byteLength(body, "utf8"),
      responseBytes,
      request,
      response,
      error,
      flags,
      reads: this.accesses.reads,
      writes: this.accesses.writes,
    });
    this.accesses = { reads: [], writes: [] };
  }
}

function parse(body: string): WireRequest | null {
  try {
    return JSON.parse(body) as WireRequest;
  } catch {
    return null;
  }
}

function failed(code: number, message: string): WireAnswer {
  return { status: "failed", error: { code, message } };
}
