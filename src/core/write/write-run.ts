import { planUndo } from "../actions/undo";
import { HISTORY_SHEET, type HistoryLabel } from "../history/history";
import type { WriteFailure } from "../port/failures";
import type { ApplyOptions } from "../port/host";
import {
  NOTHING_APPLIED,
  type AlreadyCell,
  type AppliedDropdown,
  type ApplyOutcome,
  type ChangedCell,
  type Interruption,
  type UnsupportedStep,
  type WrittenCell,
} from "../port/outcome";
import { isEmptyPlan, sameValue, type SheetMark, type WritePlan } from "../port/plan";
import { ok, type Result } from "../result";
import type { Decision, Target } from "./compare";
import { compareStep } from "./compare-step";
import { changedInGap, putBack, putBackHolds, sameRaw, type PutBackCheck } from "./gap";
import { HISTORY_COLUMNS, HistoryLog, cellKey, renamedKey, sheetKey, type HistoryEntry } from "./history-log";
import { failureOfHost } from "./host-failure";
import { countPieces, fillPiece, HISTORY_REF } from "./piece-fill";
import { readBack, sameSourceText } from "./read-back";
import { historyBytes, unitsOf, type Unit } from "./units";
import { jsonBytes } from "./json-bytes";
import { unsupportedSteps } from "./unsupported";
import type {
  HostError,
  Op,
  PayloadModel,
  Piece,
  PieceAnswer,
  RawContent,
  ReadAnswer,
  Rect,
  SheetRef,
  WritePort,
} from "./write-port";

/**
 * Writes a plan through a host, the same way on every host:
 * 1. compare: one read (in pieces under the payload cap) of every target cell, every input a
 *    value was computed from, the dropdown ranges and the sheets; anything that must refuse the
 *    whole plan does so here, before anything is written;
 * 2. write, in pieces each one request under the cap: every piece loads its targets before it
 *    writes over them and carries the 変更履歴 rows of exactly its cells, so a co-author's edit
 *    in the moment between compare and write is seen and put back, with its row blanked (the
 *    put-back's piece loads the cell first too, so a still newer edit is what goes back);
 * 3. when a piece fails, read back what is there: a piece that was applied though its answer was
 *    lost counts as written; otherwise everything this write did is undone (the undo itself
 *    guarded, leaving any cell a co-author changed since), or, where that fails too, the outcome
 *    says exactly which cells stay written, and they stay in 変更履歴 for 元に戻す.
 */
export async function writePlan(
  port: WritePort,
  plan: WritePlan,
  options: ApplyOptions = {},
): Promise<Result<ApplyOutcome, WriteFailure>> {
  if (isEmptyPlan(plan)) return ok(NOTHING_APPLIED);
  options.onStep?.("compare");
  const compared = await compareStep(port, plan, options.history !== undefined);
  if (!compared.ok) return compared;
  const { answer, decision } = compared.value;
  const mode: Mode = options.history ? { kind: "append", ...options.history } : { kind: "none" };
  const run = new WriteRun(port, answer, decision, mode, options);
  if (options.cancel?.cancelled) return ok(run.outcome());
  return ok(await run.go());
}

type Mode =
  /** Log each change in 変更履歴. */
  | ({ readonly kind: "append" } & HistoryLabel)
  /** Undoing this write's own changes after a failure: blank their rows instead. */
  | { readonly kind: "retract"; readonly log: HistoryLog }
  | { readonly kind: "none" };

interface Sent {
  readonly piece: Piece;
  readonly units: readonly Unit[];
  /** Operations at the head of the piece that correct earlier pieces (put-backs, renamed rows). */
  readonly corrections: number;
  /** The put-backs among them, each checked by the first guards of the piece, in this order. */
  readonly putBacks: readonly PutBackCheck[];
  /** The 変更履歴 rows the piece appends, and whether its last guard loads what they replace. */
  readonly history: {
    readonly offset: number;
    readonly rows: number;
    readonly again: readonly HistoryEntry[];
    readonly guarded: boolean;
  } | null;
}

class WriteRun {
  private readonly written = new Map<string, WrittenCell>();
  private readonly changed: ChangedCell[];
  private readonly already: readonly AlreadyCell[];
  private readonly added: SheetMark[] = [];
  private readonly removed: SheetMark[] = [];
  private readonly applied: AppliedDropdown[] = [];
  /** Validations put back (an undo's), counted as their pieces end applied. */
  private restored = 0;
  private readonly ids: Map<string, string>;
  private readonly known: ReadonlySet<string>;
  private readonly queue: Unit[];
  private pending: Op[] = [];
  /** The put-backs in `pending`, each loaded by the next piece before it writes. */
  private putBacks: PutBackCheck[] = [];
  /** 変更履歴 rows to append again: another writer's row took their place (HistoryLog.taken). */
  private again: HistoryEntry[] = [];
  private readonly log: HistoryLog | null;
  private readonly unsupported: UnsupportedStep[];
  private interruption: Interruption | undefined;
  /** Sheets renamed while the write ran, by the name the plan gave them: their name now. */
  private readonly renames = new Map<string, string>();
  private rolledBack = 0;
  /** The share of the payload model's budget pieces are filled to: halved when Excel says too large. */
  private scale = 1;

  constructor(
    private readonly port: WritePort,
    answer: ReadAnswer,
    private readonly decision: Decision,
    private readonly mode: Mode,
    private readonly options: ApplyOptions & { readonly undoOnFailure?: boolean },
  ) {
    this.changed = [...decision.changed];
    this.already = decision.already;
    this.ids = new Map(answer.sheets.map((s) => [s.name, s.id]));
    this.known = new Set(answer.sheets.map((s) => s.id));
    this.applied.push(...decision.dropdowns.filter((d) => d.status === "in-place"));
    const history = answer.sheets.find((s) => s.name === HISTORY_SHEET);
    this.log =
      mode.kind === "append"
        ? new HistoryLog({ rows: answer.historyRows, id: history?.id ?? null })
        : mode.kind === "retract"
          ? mode.log
          : null;
    const label = mode.kind === "append" ? mode : { operation: "", time: "", by: "" };
    this.queue = unitsOf(decision, { order: answer.sheets.map((s) => s.name), ids: this.ids }, label);
    this.unsupported = unsupportedSteps(port, decision);
  }

  async go(): Promise<ApplyOutcome> {
    const pieces = countPieces(this.port, this.queue, this.log);
    let index = 0;
    while (this.queue.length > 0 || this.pending.length > 0 || this.again.length > 0) {
      if (this.options.cancel?.cancelled && this.mode.kind !== "retract") {
        this.interrupt({ code: "stopped" }, index + 1, pieces);
        await this.undoAll();
        break;
      }
      index++;
      const sent = this.take(index, Math.max(pieces, index));
      this.options.onStep?.(this.mode.kind === "retract" ? "rollback" : "write", {
        piece: index,
        pieces: Math.max(pieces, index),
      });
      const answer = await this.port.run(sent.piece);
      if (answer.ok) {
        this.commit(sent, answer.value);
        continue;
      }
      const settled = await this.settle(sent, answer.error);
      if (settled.applied) continue;
      if (answer.error.code === "too-large" && settled.untouched && this.retrySmaller(sent)) continue;
      this.interrupt(settled.failure, index, Math.max(pieces, index), settled.unknown);
      if (settled.unknown.length === 0 && this.options.undoOnFailure !== false) await this.undoAll();
      break;
    }
    return this.outcome();
  }

  outcome(): ApplyOutcome {
    return {
      written: [...this.written.values()],
      changed: this.changed,
      already: this.already,
      unsupported: this.unsupported,
      sheetsAdded: this.added,
      sheetsRemoved: this.removed,
      sheetsKept: this.decision.kept,
      dropdowns: this.applied,
      validationsRestored: this.restored,
      history: this.mode.kind === "append" ? (this.log?.entries().length ?? 0) : 0,
      ...(this.interruption ? { interrupted: { ...this.interruption, rolledBack: this.rolledBack } } : {}),
    };
  }

  /** The next request: corrections first, then units in order while they fit the budget. */
  private take(index: number, of: number): Sent {
    const ops: Op[] = this.pending;
    this.pending = [];
    const putBacks = this.putBacks;
    this.putBacks = [];
    const corrections = ops.length;
    const model = this.port.payload && scaled(this.port.payload, this.scale);
    const guards: Rect[] = putBacks.map(({ target, sheet }) => ({
      sheet: this.ref({ name: this.nameOf(sheet), id: null }),
      top: target.rowIndex,
      left: target.colIndex,
      rows: 1,
      cols: 1,
    }));
    // Counted with the corrections: the put-backs' loads and the 変更履歴 rows appended again.
    const historyRef = this.log?.ref ?? HISTORY_REF;
    const extra = model
      ? [
          ...guards.map((rect, i) => model.guard(rect, jsonBytes([[putBacks[i].writes]]))),
          historyBytes(model, this.mode.kind === "append" ? this.again : [], historyRef),
        ].reduce((a, b) => ({ request: a.request + b.request, response: a.response + b.response }))
      : undefined;
    const units = fillPiece(this.queue, model, ops, historyRef, extra);
    for (const unit of units) {
      ops.push(...unit.ops.map((op) => this.resolve(op)));
      if (unit.guard) guards.push({ ...unit.guard, sheet: this.ref(unit.guard.sheet) });
    }
    let history: Sent["history"] = null;
    if (this.log && this.mode.kind === "append") {
      const again = this.again;
      this.again = [];
      const entries = [...again, ...units.flatMap((u) => u.history)];
      // Rows below the sheet's last: loaded first, so a row another person's add-in appended there
      // in the meantime is seen, written back, and this write's row appended again below.
      const guarded = entries.length > 0 && this.log.ref.id !== null;
      const offset = this.log.span;
      if (guarded)
        guards.push({
          sheet: this.log.ref,
          top: this.log.top + offset,
          left: 0,
          rows: entries.length,
          cols: HISTORY_COLUMNS,
        });
      ops.push(...this.log.append(entries));
      history = { offset, rows: entries.length, again, guarded };
    }
    if (this.log && this.mode.kind === "retract")
      ops.push(...this.log.blank(new Set(units.flatMap((u) => u.history.map((h) => undoneKey(h.key))))));
    return { piece: { index, of, guards, ops }, units, corrections, putBacks, history };
  }

  /** A piece's answer: cells written, or put back where a co-author typed in the moment before. */
  private commit(sent: Sent, answer: PieceAnswer): void {
    this.learnIds(answer.added);
    this.pending.push(...this.learnNames(answer.names));
    const gap = new Set<string>();
    let g = 0;
    for (const check of sent.putBacks) {
      const raw = answer.guards[g++]?.[0]?.[0];
      if (raw === undefined || putBackHolds(check, raw)) continue;
      // Typed again since the tool's write: the put-back just replaced that newer content.
      this.putBackLater(check.target, raw, { raw: check.writes }, check.changedAt);
    }
    for (const unit of sent.units) {
      if (unit.guard) {
        const before = answer.guards[g++] ?? [];
        unit.targets.forEach((t, i) => {
          const raw = before[i]?.[0];
          if (raw === undefined || sameRaw(raw, t.found.raw)) return this.wrote(t);
          this.putBackLater(t, raw, { planned: t.planned }, this.changed.length);
          gap.add(cellKey(this.nameOf(t.sheet), t.rowIndex, t.colIndex));
        });
      }
      this.took(unit);
    }
    if (sent.history?.guarded && this.log) {
      const taken = this.log.taken(sent.history.offset, answer.guards[g++] ?? []);
      this.pending.push(...taken.ops);
      // A row for a cell just put back is not appended again: the cell did not change.
      this.again.push(...taken.again.filter((e) => !gap.has(e.key)));
    }
    if (gap.size > 0 && this.log && this.mode.kind === "append") this.pending.push(...this.log.blank(gap));
  }

  /**
   * Queues a co-author's content to go back into a target the tool wrote over, and tells the cell
   * as left alone with that content (replacing what was told before, when it is put back again).
   */
  private putBackLater(t: Target, raw: RawContent, expect: PutBackCheck["expect"], changedAt: number): void {
    const sheet = this.nameOf(t.sheet);
    this.pending.push(putBack(this.ref({ name: sheet, id: null }), t, raw));
    this.putBacks.push({ target: t, sheet, expect, writes: raw, changedAt });
    this.changed[changedAt] = { ...changedInGap(t, raw), sheet };
  }

  /**
   * After a failed request: reads back what the piece's cells, sheets, dropdowns and 変更履歴 rows
   * hold. A piece found applied whole (its answer was lost) counts as written; otherwise the parts
   * found applied are this write's, and the failure is told with the sheet it concerns.
   */
  private async settle(
    sent: Sent,
    error: HostError,
  ): Promise<{
    applied: boolean;
    /** Nothing of the piece was found applied: it can be sent again as it was. */
    untouched: boolean;
    failure: WriteFailure;
    unknown: Interruption["unknown"];
  }> {
    const targets = sent.units.filter((u) => u.guard !== null);
    const dropdowns = sent.units.filter((u) => u.dropdown !== undefined);
    const log = this.log;
    const back = await readBack(this.port, sent.units, (r) => this.ref(r), log, this.known);
    if (back === null) {
      const unknown = targets.flatMap((u) =>
        u.targets.map(({ sheet, rowIndex, colIndex }) => ({ sheet, rowIndex, colIndex })),
      );
      return { applied: false, untouched: false, failure: failureOfHost(error), unknown };
    }
    const { now, rows } = back;
    const before = [this.written.size, this.applied.length, this.added.length, this.removed.length];
    const renamed = this.learnNames(
      Object.fromEntries(
        now.sheets.filter((s) => [...this.ids.values()].includes(s.id)).map((s) => [s.id, s.name]),
      ),
    );
    this.pending.push(...renamed);
    let whole = true;
    for (const unit of sent.units) {
      if (unit.adds) {
        const made = now.sheets.find((s) => s.name === unit.adds?.name && !this.known.has(s.id));
        if (made) this.learnIds({ [made.name]: made.id });
        else whole = false;
      }
      if (unit.removes) {
        if (now.sheets.some((s) => s.id === unit.removes?.id)) whole = false;
      }
    }
    targets.forEach((unit, k) => {
      unit.targets.forEach((t, i) => {
        const cell = now.cells[k]?.[i]?.[0];
        if (cell && !cell.formula && sameValue(cell.value, t.planned)) this.wrote(t);
        else whole = false;
      });
    });
    dropdowns.forEach((unit, k) => {
      const list = now.validations[k]?.list ?? null;
      if (unit.dropdown && list !== null && sameSourceText(list, unit)) this.applied.push(unit.dropdown);
      else whole = false;
    });
    if (log && rows) log.settle(rows);
    if (log && this.mode.kind === "append") {
      const live = log.liveKeys();
      if (sent.units.some((u) => u.history.some((h) => !live.has(this.currentKey(h.key))))) whole = false;
    }
    for (const unit of sent.units) {
      if (unit.adds && this.ids.has(unit.adds.name) && !this.added.some((m) => m.name === unit.adds?.name))
        this.added.push({ name: unit.adds.name, id: this.ids.get(unit.adds.name) as string });
      if (unit.removes && !now.sheets.some((s) => s.id === unit.removes?.id)) this.removed.push(unit.removes);
    }
    // A validation put back is not read back; a piece found whole counts its restores as done.
    if (whole) this.restored += sent.units.filter((u) => u.restore !== undefined).length;
    const live = log?.liveKeys() ?? new Set<string>();
    const untouched =
      [this.written.size, this.applied.length, this.added.length, this.removed.length].every(
        (n, i) => n === before[i],
      ) && !sent.units.some((u) => u.history.some((h) => live.has(this.currentKey(h.key))));
    return {
      applied: whole,
      untouched,
      failure: failureOfHost(error, this.failedSheet(sent, error, now)),
      unknown: [],
    };
  }

  /** Which sheet a failure concerns: the one now protected, or the one gone. */
  private failedSheet(sent: Sent, error: HostError, now: ReadAnswer): string | null {
    if (error.sheet) return error.sheet;
    const refs = sent.piece.ops.flatMap((op) => (op.kind === "add-sheet" ? [] : [op.sheet]));
    if (error.code === "protected")
      return (
        refs.find((r) => now.sheets.some((s) => (s.id === r.id || s.name === r.name) && s.protected))?.name ??
        null
      );
    if (error.code === "not-found")
      return refs.find((r) => r.id !== null && !now.sheets.some((s) => s.id === r.id))?.name ?? null;
    return null;
  }

  /**
   * Undoes what this write did after a failure, with the same guard as any write (a cell a
   * co-author changed since is left and listed) and the rows of what it puts back blanked in the
   * same requests. Where the undo fails too, what stays is what it could not put back.
   */
  private async undoAll(): Promise<void> {
    const done = this.outcome();
    const plan = planUndo(done);
    if (isEmptyPlan(plan)) return;
    const log = this.log ?? new HistoryLog({ rows: 0, id: null });
    const compared = await compareStep(this.port, plan, false);
    if (!compared.ok) {
      this.setRollbackFailure(compared.error);
      return;
    }
    const undo = new WriteRun(
      this.port,
      compared.value.answer,
      compared.value.decision,
      { kind: "retract", log },
      {
        onStep: this.options.onStep,
        undoOnFailure: false,
      },
    );
    const undone = await undo.go();
    for (const w of undone.written) this.written.delete(cellKey(w.sheet, w.rowIndex, w.colIndex));
    for (const c of undone.changed) {
      // A co-author changed the cell after this write: it is theirs now, and stays.
      this.written.delete(cellKey(c.sheet, c.rowIndex, c.colIndex));
      this.changed.push(c);
    }
    for (const mark of undone.sheetsRemoved) {
      const i = this.added.findIndex((m) => m.id === mark.id);
      if (i >= 0) this.added.splice(i, 1);
    }
    // Dropdowns are put back whole or not at all: a finished undo leaves only those already there.
    if (!undone.interrupted)
      this.applied.splice(0, this.applied.length, ...this.applied.filter((d) => d.status === "in-place"));
    this.rolledBack = undone.written.length + undone.sheetsRemoved.length;
    if (undone.interrupted) this.setRollbackFailure(undone.interrupted.failure);
    // A 変更履歴 sheet this write made and left with no row of its own goes too.
    if (this.log && this.log.creates && this.log.ref.id !== null && this.log.entries().length === 0)
      await this.port.run({
        index: 1,
        of: 1,
        guards: [],
        ops: [{ kind: "remove-sheet", sheet: this.log.ref }],
      });
  }

  /**
   * Excel refused a request as too large though the payload model meant it to fit (a response
   * larger than counted, a host with a smaller cap): nothing of it was applied, so its units go
   * back to the front of the queue, its corrections of earlier pieces back ahead of them, and the
   * next requests are filled to half the budget.
   */
  private retrySmaller(sent: Sent): boolean {
    if (this.scale <= MIN_SCALE || this.port.payload === null) return false;
    this.scale /= 2;
    if (this.log && sent.history) {
      this.log.withdraw(sent.history.rows);
      this.again = [...sent.history.again, ...this.again];
    }
    this.queue.unshift(...sent.units);
    // The corrections (a co-author's cell put back, 変更履歴 rows renamed) were refused with the
    // piece, unapplied: they lead the next piece again, ahead of any the read-back added.
    this.pending = [...sent.piece.ops.slice(0, sent.corrections), ...this.pending];
    this.putBacks = [...sent.putBacks, ...this.putBacks];
    return true;
  }

  private setRollbackFailure(failure: WriteFailure): void {
    if (this.interruption) this.interruption = { ...this.interruption, rollbackFailure: failure };
  }

  private interrupt(
    failure: WriteFailure,
    piece: number,
    pieces: number,
    unknown: Interruption["unknown"] = [],
  ): void {
    this.interruption = { failure, piece, pieces, rolledBack: 0, unknown };
  }

  private wrote(t: Target): void {
    const sheet = this.nameOf(t.sheet);
    this.written.set(cellKey(sheet, t.rowIndex, t.colIndex), {
      sheet,
      rowIndex: t.rowIndex,
      colIndex: t.colIndex,
      before: t.found.value,
      beforeFormat: t.found.format,
      after: t.planned,
      purpose: t.purpose,
      field: t.field,
    });
  }

  /** The parts of a unit that are not cells: sheets added or removed, dropdowns set. */
  private took(unit: Unit): void {
    if (unit.adds) {
      const id = this.ids.get(unit.adds.name);
      if (id !== undefined) this.added.push({ name: unit.adds.name, id });
    }
    if (unit.removes) this.removed.push(unit.removes);
    if (unit.dropdown) this.applied.push(unit.dropdown);
    if (unit.restore) this.restored += 1;
  }

  /** A 変更履歴 key made with the plan's sheet names, under the names the sheets have now. */
  private currentKey(key: string): string {
    let out = key;
    for (const [from, to] of this.renames) out = renamedKey(out, from, to);
    return out;
  }

  /** A sheet's name now, given the name the plan used. */
  private nameOf(sheet: string): string {
    return this.renames.get(sheet) ?? sheet;
  }

  /**
   * Names the host saw for the sheets it reached by identity: a sheet renamed since the compare
   * keeps its cells in this write under its new name, and its 変更履歴 rows are corrected in the
   * next request (the operations returned).
   */
  private learnNames(names: Readonly<Record<string, string>>): Op[] {
    const ops: Op[] = [];
    for (const [id, now] of Object.entries(names)) {
      const was = [...this.ids].find(([, known]) => known === id)?.[0];
      if (was === undefined || was === now) continue;
      this.ids.delete(was);
      this.ids.set(now, id);
      for (const [plan, current] of this.renames) if (current === was) this.renames.set(plan, now);
      if (!this.renames.has(was)) this.renames.set(was, now);
      for (const [key, w] of [...this.written]) {
        if (w.sheet !== was) continue;
        this.written.delete(key);
        this.written.set(cellKey(now, w.rowIndex, w.colIndex), { ...w, sheet: now });
      }
      if (this.log) ops.push(...this.log.rename(was, now));
    }
    return ops;
  }

  private learnIds(added: Readonly<Record<string, string>>): void {
    for (const [name, id] of Object.entries(added)) {
      this.ids.set(name, id);
      if (name === HISTORY_SHEET && this.log && this.log.ref.id === null) this.log.identify(id);
    }
  }

  private ref(sheet: SheetRef): SheetRef {
    return sheet.id !== null ? sheet : { name: sheet.name, id: this.ids.get(sheet.name) ?? null };
  }

  private resolve(op: Op): Op {
    return op.kind === "add-sheet" ? op : { ...op, sheet: this.ref(op.sheet) };
  }
}

/** In an undo, a sheet removed takes back the row that said it was added. */
function undoneKey(key: string): string {
  const [kind, sheet, change] = key.split("\u0000");
  return kind === "sheet" && change === "removed" ? sheetKey(sheet, "added") : key;
}

/** Halving stops here: a piece still refused at 1/32 of the budget is a failure to tell. */
const MIN_SCALE = 1 / 32;

/** The payload model with its budget cut to a share. */
function scaled(model: PayloadModel, share: number): PayloadModel {
  if (share === 1) return model;
  return {
    budget: model.budget * share,
    base: model.base,
    sheets: model.sheets,
    op: (op) => model.op(op),
    guard: (rect, hint) => model.guard(rect, hint),
    read: (kind, rect, hint) => model.read(kind, rect, hint),
  };
}
