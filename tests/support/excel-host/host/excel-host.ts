/**
 * The emulated Excel host: it answers the requests Microsoft's client sends through
 * `OSF.DDA.RichApi.executeRichApiRequestAsync` from an in-memory workbook, and records every one of
 * them. The same instance serves the client in Node and, through a bridge, in Chromium.
 */
import { executeRequest, type RequestContext } from "../engine/execute-request";
import { recalculate } from "../model/recalc";
import { formatAddress } from "../model/address";
import { applyContent, typeInput } from "../model/cell-input";
import { syncHeaders, tablesIn } from "../model/tables";
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
  protectSheet,
  renameSheetByUser,
  replaceSheet,
  unprotectSheet,
  type ProtectOptions,
} from "./co-author";
import {
  checkFault,
  faultAnswer,
  LOST_RESPONSE_FAULTS,
  REQUEST_FAULTS,
  type Fault,
  type LostResponseFault,
  type RequestFault,
} from "./faults";
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
  private readonly faults = new Map<number, Fault>();
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
    const request = parse(body);
    if (this.cellEdit) {
      if (flags & DELAY_FOR_CELL_EDIT_FLAG) {
        // "When true, the batch request is delayed and runs when the user exits cell edit mode."
        return new Promise((resolve) => this.cellEdit?.waiting.push(() => resolve(this.answer(body, flags))));
      }
      this.runHooks();
      this.record({ body, request, flags, error: "InvalidOperationInCellEditMode" });
      return failed(OfficeErrorNumber.invalidApiCallInContext, "cell edit mode");
    }
    this.runHooks();
    const fault = this.takeFault();
    if (fault?.kind === "fail") {
      // Refused before any action ran: nothing is applied.
      this.record({ body, request, flags, error: fault.code });
      return faultFailure(fault);
    }
    if (Buffer.byteLength(body, "utf8") > this.payloadLimit) {
      this.record({ body, request, flags, error: "RequestPayloadSizeLimitExceeded" });
      return failed(OfficeErrorNumber.requestPayloadSizeLimitExceeded, "request payload too large");
    }
    let response: WireResponse;
    try {
      if (!request) throw new Error("the request body is not JSON");
      response = this.execute(request);
    } catch (e) {
      const message = `excel-host internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
      this.gaps.push(message);
      this.record({ body, request, flags, error: "EmulatorInternalError" });
      return failed(OfficeErrorNumber.internalError, message);
    }
    const text = JSON.stringify(response);
    const responseBytes = Buffer.byteLength(text, "utf8");
    if (response.Error?.Code === "NotImplementedInEmulator") this.gaps.push(response.Error.Message);
    if (fault?.kind === "lose") {
      // The actions have run and stay applied; the answer never reaches the client.
      this.record({ body, request, flags, response, responseBytes, error: fault.code, lost: true });
      return faultFailure(fault);
    }
    if (responseBytes > this.payloadLimit) {
      // The actions have run; only the answer is lost, as when Excel cannot send a response back.
      const error = "ResponsePayloadSizeLimitExceeded";
      this.record({ body, request, flags, response, responseBytes, error, lost: true });
      return failed(OfficeErrorNumber.responsePayloadSizeLimitExceeded, "response payload too large");
    }
    const error = response.Error?.Code ?? null;
    this.record({ body, request, flags, response, responseBytes, error });
    return { status: "succeeded", value: { data: [200, [], text] } };
  }

  /**
   * Refuses request `n` (1-based, every request counted as in `beforeSync`) as a whole, before any
   * of its actions runs: nothing is applied and `context.sync()` rejects with `code`
   * (GeneralException by default; InvalidOrTimedOutSession for a lost session; ActivityLimitReached).
   * Hooks set for request `n` still run first: a co-author's edit is not undone by the refusal.
   */
  failRequest(n: number, code: RequestFault = "GeneralException"): void {
    checkFault("failRequest", n, code, REQUEST_FAULTS);
    this.faults.set(n, { kind: "fail", code });
  }

  /**
   * Runs request `n` normally (its actions are applied, up to a failing one as always) but the
   * client gets a failure instead of the answer, as when the connection drops after Excel applied
   * the batch: GeneralException by default (see ./faults.ts for why), or InvalidOrTimedOutSession.
   * The record shows the response Excel computed, `error` the code the client saw, and `lost: true`.
   */
  loseResponse(n: number, code: LostResponseFault = "GeneralException"): void {
    checkFault("loseResponse", n, code, LOST_RESPONSE_FAULTS);
    this.faults.set(n, { kind: "lose", code });
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

  /** Forgets the recorded requests (and pending hooks and faults), e.g. between arrange and act. */
  clearRecords(): void {
    this.records.length = 0;
    this.hooks.clear();
    this.faults.clear();
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
   * the same typing rules as `Range.values` (a table's header cell renames its column), then
   * recalculation.
   */
  edit(address: string, value: Scalar): void {
    const { sheet, rect } = locate(this.workbook, address);
    const cell = sheet.ensureCell(rect.top, rect.left);
    const content = typeInput(value, cell.numberFormat ?? "General");
    const [table] = tablesIn(sheet, rect);
    if (content.formula !== undefined && table)
      throw new Error(
        `excel-host: typing a formula into table ${table.name} (a calculated column) is not modelled`,
      );
    applyContent(cell, content);
    syncHeaders(sheet, rect);
    this.recalculate();
  }

  /** A co-author protects a sheet (no options and no password unless given): writes to it fail with AccessDenied. */
  protectSheet(name: string, protect?: ProtectOptions): void {
    protectSheet(this.workbook, name, protect);
  }

  /** A co-author unprotects a sheet. */
  unprotectSheet(name: string): void {
    unprotectSheet(this.workbook, name);
  }

  /**
   * A co-author renames a sheet from its tab (Excel's naming rules; formulas naming it follow):
   * `getItem(oldName)` now fails with ItemNotFound, `getItem(id)` still finds it.
   */
  renameSheet(oldName: string, newName: string): void {
    renameSheetByUser(this.workbook, oldName, newName);
    this.recalculate();
  }

  /**
   * A co-author deletes a sheet and adds an empty one of the same name in its place: same name,
   * position and visibility, a new id. Returns the new id.
   */
  replaceSheet(name: string): string {
    const id = replaceSheet(this.workbook, name);
    this.recalculate();
    return id;
  }

  /** Writes the workbook as it now stands to an .xlsx file (charts are not written). */
  async saveXlsx(path: string): Promise<void> {
    await saveXlsx(this.workbook, path);
  }

  supports(version: string): boolean {
    return setSupported(this.config.sets, "ExcelApi", version);
  }

  private execute(request: WireRequest): WireResponse {
    let dirty = false;
    this.accesses = { reads: [], writes: [] };
    const accesses = this.accesses;
    const ctx: RequestContext = {
      workbook: this.workbook,
      root: hostObject(workbookSpec, this.workbook),
      supports: (v) => this.supports(v),
      touched: () => {
        dirty = true;
      },
      settle: () => {
        if (!dirty) return;
        dirty = false;
        this.recalculations++;
        recalculate(this.workbook, ctx.gap);
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
    ctx.settle();
    return response;
  }

  /** How many times a request recalculated the workbook: a write recalculates once, before the read after it. */
  recalculations = 0;

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

  /** The fault injected for the request about to be answered, if any, forgotten once used. */
  private takeFault(): Fault | undefined {
    const n = this.records.length + 1;
    const fault = this.faults.get(n);
    this.faults.delete(n);
    return fault;
  }

  private record(entry: {
    body: string;
    request: WireRequest | null;
    flags: number;
    response?: WireResponse;
    responseBytes?: number;
    error: string | null;
    lost?: boolean;
  }): void {
    const { body, request } = entry;
    this.records.push({
      index: this.records.length + 1,
      kind: request && isCleanup(request) ? "cleanup" : "sync",
      requestBytes: Buffer.byteLength(body, "utf8"),
      responseBytes: entry.responseBytes ?? 0,
      request,
      response: entry.response ?? null,
      error: entry.error,
      lost: entry.lost ?? false,
      flags: entry.flags,
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

function faultFailure(fault: Fault): WireAnswer {
  const { number, message } = faultAnswer(fault);
  return failed(number, message);
}
