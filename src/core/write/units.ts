import { historyRow, sheetHistoryRow, type HistoryLabel } from "../history/history";
import type { AppliedDropdown } from "../port/outcome";
import type { NewSheet, SheetMark, ValidationRestore } from "../port/plan";
import type { Target } from "./compare";
import { jsonBytes } from "./json-bytes";
import { HISTORY_COLUMNS, cellKey, rowFormats, sheetKey, type HistoryEntry } from "./history-log";
import type { Bytes, CellsOp, ChartOp, Op, PayloadModel, Rect, SheetRef } from "./write-port";

/**
 * The smallest part of a write that goes whole into one request: a rectangle of cells with the
 * guard that checks them and their 変更履歴 rows, a sheet added with its layout, a block of a new
 * sheet's cells, a dropdown, a validation put back, a sheet removed.
 */
export interface Unit {
  readonly ops: readonly Op[];
  /** The cells written, row by row over `guard` (a rectangle of existing cells), else empty. */
  readonly targets: readonly Target[];
  readonly guard: Rect | null;
  /** The 変更履歴 rows the unit brings (or, when undoing, the rows it takes back). */
  readonly history: readonly HistoryEntry[];
  readonly adds?: NewSheet;
  readonly removes?: SheetMark;
  readonly dropdown?: AppliedDropdown;
  readonly restore?: ValidationRestore;
}

export interface UnitSources {
  readonly writes: readonly Target[];
  readonly addSheets: readonly NewSheet[];
  readonly removeSheets: readonly SheetMark[];
  readonly dropdowns: readonly AppliedDropdown[];
  readonly restores: readonly ValidationRestore[];
}

/**
 * A decided write as units, in the order that keeps a failure part-way recoverable: sheets added
 * (each then its cells), cells, dropdowns, validations put back, and sheets removed last, so
 * nothing is removed while anything before it may still fail.
 */
export function unitsOf(
  sources: UnitSources,
  sheets: { readonly order: readonly string[]; readonly ids: ReadonlyMap<string, string> },
  label: HistoryLabel,
): Unit[] {
  const ref = (name: string): SheetRef => ({ name, id: sheets.ids.get(name) ?? null });
  const units: Unit[] = [];
  const order = [...sheets.order];
  for (const spec of sources.addSheets) {
    const after = spec.after === null ? -1 : order.indexOf(spec.after);
    const position = after < 0 ? null : after + 1;
    if (position === null) order.push(spec.name);
    else order.splice(position, 0, spec.name);
    const { charts, ...content } = spec.content;
    const layout: NewSheet = { ...spec, content: { ...content, cells: [], rowHeights: {} } };
    units.push({
      ops: [{ kind: "add-sheet", spec: layout, position }],
      targets: [],
      guard: null,
      history: [
        {
          key: sheetKey(spec.name, "added"),
          row: sheetHistoryRow(spec.name, "added", label),
        },
      ],
      adds: spec,
    });
    if (spec.content.cells.length > 0)
      units.push({
        ops: [
          {
            kind: "sheet-cells",
            sheet: { name: spec.name, id: null },
            cells: spec.content.cells,
            rowHeights: spec.content.rowHeights ?? {},
          },
        ],
        targets: [],
        guard: null,
        history: [],
      });
    if (charts && charts.length > 0)
      units.push({
        ops: [{ kind: "chart", sheet: { name: spec.name, id: null }, charts }],
        targets: [],
        guard: null,
        history: [],
      });
  }
  for (const rect of rectangles(sources.writes)) {
    const first = rect[0];
    const sheet = ref(first.sheet);
    const explicit = rect.some((t) => t.format !== null);
    // A cell with no format of its own to set keeps the one it has: the rectangle is set whole.
    units.push({
      ops: [
        {
          kind: "cells",
          sheet,
          top: first.rowIndex,
          left: first.colIndex,
          contents: rect.map((t) => [t.planned]),
          formats: explicit ? rect.map((t) => [t.format ?? t.found.format]) : null,
          look: first.look,
        },
      ],
      targets: rect,
      guard: { sheet, top: first.rowIndex, left: first.colIndex, rows: rect.length, cols: 1 },
      history: rect.map((t) => ({
        key: cellKey(t.sheet, t.rowIndex, t.colIndex),
        row: historyRow(
          {
            sheet: t.sheet,
            rowIndex: t.rowIndex,
            colIndex: t.colIndex,
            before: t.found.value,
            after: t.planned,
          },
          label,
        ),
      })),
    });
  }
  for (const dropdown of sources.dropdowns) {
    if (dropdown.status !== "written") continue;
    units.push({
      ops: [
        { kind: "dropdown", sheet: ref(dropdown.rule.sheet), range: dropdown.range, rule: dropdown.rule },
      ],
      targets: [],
      guard: null,
      history: [],
      dropdown,
    });
  }
  for (const restore of sources.restores)
    units.push({
      ops: [
        {
          kind: "restore-validation",
          sheet: ref(restore.sheet),
          range: restore.range,
          before: restore.before,
        },
      ],
      targets: [],
      guard: null,
      history: [],
      restore,
    });
  for (const mark of sources.removeSheets)
    units.push({
      ops: [{ kind: "remove-sheet", sheet: { name: mark.name, id: mark.id } }],
      targets: [],
      guard: null,
      history: [
        {
          key: sheetKey(mark.name, "removed"),
          row: sheetHistoryRow(mark.name, "removed", label),
        },
      ],
      removes: mark,
    });
  return units;
}

/** What a unit adds to a request and its response, its 変更履歴 rows counted as their own write. */
export function unitBytes(model: PayloadModel, unit: Unit, historySheet: SheetRef): Bytes {
  let request = 0;
  let response = 0;
  const add = (b: Bytes) => {
    request += b.request;
    response += b.response;
  };
  for (const op of unit.ops) add(model.op(op));
  if (unit.guard) add(model.guard(unit.guard, jsonBytes(unit.targets.map((t) => [t.found.raw]))));
  add(historyBytes(model, unit.history, historySheet));
  return { request, response };
}

/**
 * What appending these 変更履歴 rows adds to a request: the rows, and the load of the places they
 * go (expected empty) that the piece makes first.
 */
export function historyBytes(
  model: PayloadModel,
  rows: readonly HistoryEntry[],
  historySheet: SheetRef,
): Bytes {
  if (rows.length === 0) return { request: 0, response: 0 };
  const write = model.op({
    kind: "cells",
    sheet: historySheet,
    top: 0,
    left: 0,
    contents: rows.map((h) => h.row),
    formats: rowFormats(rows),
    look: null,
  });
  const places = { sheet: historySheet, top: 0, left: 0, rows: rows.length, cols: HISTORY_COLUMNS };
  const load = model.guard(places, jsonBytes(rows.map(() => EMPTY_PLACES)));
  return { request: write.request + load.request, response: write.response + load.response };
}

/** A 変更履歴 row's places as loaded when empty. */
const EMPTY_PLACES: readonly string[] = Array.from({ length: HISTORY_COLUMNS }, () => "");

/**
 * A unit cut in two by rows (or a sheet's charts by chart), `share` (0..1) of them in the first
 * part, at least one in each; null when it cannot be cut (one row, or a part that is not rows).
 */
export function splitUnit(unit: Unit, share = 0.5): [Unit, Unit] | null {
  const [op] = unit.ops;
  if (unit.ops.length !== 1) return null;
  const at = (count: number) => Math.min(count - 1, Math.max(1, Math.floor(count * share)));
  if (op.kind === "cells" && unit.guard && op.contents.length > 1) {
    const cut = at(op.contents.length);
    const part = (from: number, to: number): Unit => {
      const cells: CellsOp = {
        ...op,
        top: op.top + from,
        contents: op.contents.slice(from, to),
        formats: op.formats === null ? null : op.formats.slice(from, to),
      };
      return {
        ops: [cells],
        targets: unit.targets.slice(from, to),
        guard: unit.guard ? { ...unit.guard, top: unit.guard.top + from, rows: to - from } : null,
        history: unit.history.slice(from, to),
      };
    };
    return [part(0, cut), part(cut, op.contents.length)];
  }
  if (op.kind === "chart" && op.charts.length > 1) {
    const cut = at(op.charts.length);
    const part = (charts: ChartOp["charts"]): Unit => ({
      ops: [{ ...op, charts }],
      targets: [],
      guard: null,
      history: [],
    });
    return [part(op.charts.slice(0, cut)), part(op.charts.slice(cut))];
  }
  if (op.kind === "sheet-cells" && op.cells.length > 1) {
    const rows = [...new Set(op.cells.map((c) => c.rowIndex))].sort((a, b) => a - b);
    if (rows.length < 2) return null;
    const cut = rows[at(rows.length)];
    const heights = (keep: (row: number) => boolean) =>
      Object.fromEntries(Object.entries(op.rowHeights).filter(([row]) => keep(Number(row))));
    const part = (keep: (row: number) => boolean): Unit => ({
      ops: [{ ...op, cells: op.cells.filter((c) => keep(c.rowIndex)), rowHeights: heights(keep) }],
      targets: [],
      guard: null,
      history: [],
    });
    return [part((r) => r < cut), part((r) => r >= cut)];
  }
  return null;
}

/**
 * Written cells as rectangles of one column: neighbouring rows of one sheet and column with the
 * same look, in the order the plan gave them.
 */
function rectangles(writes: readonly Target[]): Target[][] {
  const sorted = [...writes].sort(
    (a, b) =>
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      a.colIndex - b.colIndex ||
      a.rowIndex - b.rowIndex,
  );
  const out: Target[][] = [];
  for (const t of sorted) {
    const group = out[out.length - 1];
    const last = group?.[group.length - 1];
    if (
      last &&
      last.sheet === t.sheet &&
      last.colIndex === t.colIndex &&
      last.rowIndex + 1 === t.rowIndex &&
      last.look === t.look
    )
      group.push(t);
    else out.push([t]);
  }
  return out;
}
