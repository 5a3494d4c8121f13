import type { AlreadyCell, AppliedDropdown, ChangedCell, InputChange, KeptSheet } from "../port/outcome";
import {
  plannedFormat,
  sameSource,
  sameValue,
  stillHolds,
  type CellRun,
  type InputCells,
  type NewSheet,
  type PlannedValue,
  type SheetMark,
  type ValidationRestore,
  type WritePlan,
  type WritePurpose,
} from "../port/plan";
import { jsonBytes } from "./json-bytes";
import type { CellContent, ReadAnswer, ReadAsk, Rect, SheetInfo } from "./write-port";

/**
 * The compare step of a write: what to read just before writing (every target cell in full,
 * every input a value was computed from, the validation under every dropdown, the sheets), and
 * the fate of each planned cell, dropdown and sheet once it is read.
 */
export function compareAsk(plan: WritePlan): ReadAsk {
  return {
    sheets: true,
    cells: plan.runs.map(runRect),
    values: (plan.inputs ?? []).flatMap(inputRects),
    validations: plan.dropdowns.flatMap((rule) =>
      rule.ranges.map((r) => ({
        sheet: byName(rule.sheet),
        top: r.top,
        left: r.left,
        rows: r.bottom - r.top + 1,
        cols: r.right - r.left + 1,
      })),
    ),
  };
}

/**
 * The JSON bytes of the values the compare read expects in each rectangle: how big its response
 * will be, near enough to cut the read into pieces under the payload cap.
 */
export function compareHints(plan: WritePlan): { cells: number[]; values: number[] } {
  return {
    cells: plan.runs.map((run) => jsonBytes(run.expected)),
    values: (plan.inputs ?? []).flatMap((block) =>
      columnRuns(block.columns).map((run) =>
        jsonBytes(block.rows.map((row) => row.slice(run.index, run.index + run.count))),
      ),
    ),
  };
}

/** A planned cell that still holds what the plan read: it will be written. */
export interface Target {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly colIndex: number;
  readonly planned: PlannedValue;
  /**
   * The number format to set first: an undo's old format, a rate's `0.0%`, Text for a text Excel
   * would retype; null leaves the cell's own.
   */
  readonly format: string | null;
  readonly look: "like-left-header" | null;
  readonly found: CellContent;
  readonly purpose: WritePurpose;
  readonly field: string | null;
}

export interface Decision {
  readonly writes: readonly Target[];
  readonly changed: readonly ChangedCell[];
  readonly already: readonly AlreadyCell[];
  readonly dropdowns: readonly AppliedDropdown[];
  readonly restores: readonly ValidationRestore[];
  readonly addSheets: readonly NewSheet[];
  readonly removeSheets: readonly SheetMark[];
  readonly kept: readonly KeptSheet[];
}

/**
 * The co-author guard, one order on every host: a cell holding a formula is left (the formula is
 * the user's work); a cell that no longer holds what was read is someone's newer edit, unless it
 * already holds the planned value (a write whose answer was lost); a value whose inputs changed
 * since the read is stale. Everything else is written.
 */
export function decide(plan: WritePlan, answer: ReadAnswer): Decision {
  const stale = staleInputs(plan.inputs ?? [], answer.values);
  const writes: Target[] = [];
  const changed: ChangedCell[] = [];
  const already: AlreadyCell[] = [];
  plan.runs.forEach((run, k) => {
    const found = answer.cells[k] ?? [];
    run.values.forEach((row, i) =>
      row.forEach((planned, j) => {
        const state = found[i]?.[j] ?? EMPTY_CONTENT;
        const expected = run.expected[i]?.[j] ?? null;
        const place = {
          sheet: run.sheet,
          rowIndex: run.top + i,
          colIndex: run.left + j,
          expected,
          found: state.value,
          planned,
          field: run.field,
          purpose: run.purpose,
        };
        const inputRow = run.inputRows?.[i] ?? null;
        const input = inputRow === null ? undefined : stale.get(`${run.sheet}\u0000${inputRow}`);
        if (state.formula) changed.push({ reason: "formula", ...place });
        else if (!stillHolds(state.value, expected)) {
          if (sameValue(state.value, planned))
            already.push({
              sheet: run.sheet,
              rowIndex: place.rowIndex,
              colIndex: place.colIndex,
              value: planned,
              field: run.field,
            });
          else changed.push({ reason: "changed", ...place });
        } else if (input) changed.push({ reason: "input-changed", ...place, input });
        else
          writes.push({
            sheet: run.sheet,
            rowIndex: place.rowIndex,
            colIndex: place.colIndex,
            planned,
            format: run.formats?.[i]?.[j] ?? plannedFormat(planned),
            look: run.style === "like-left-header" && run.left + j > 0 ? "like-left-header" : null,
            found: state,
            purpose: run.purpose,
            field: run.field,
          });
      }),
    );
  });

  let v = 0;
  const dropdowns: AppliedDropdown[] = plan.dropdowns.flatMap((rule) =>
    rule.ranges.map((range) => {
      const state = answer.validations[v++];
      const inPlace = state !== undefined && state.list !== null && sameSource(state.list, rule.source);
      return {
        rule,
        range,
        status: inPlace ? "in-place" : "written",
        before: state?.before ?? { kind: "none" },
      };
    }),
  );

  const kept: KeptSheet[] = [];
  const changes = [...stale.values()];
  const addSheets = plan.newSheets.filter((sheet) => {
    if (!sheet.fromInputs || changes.length === 0) return true;
    kept.push({ name: sheet.name, reason: "input-changed", inputs: changes.slice(0, MAX_LISTED_INPUTS) });
    return false;
  });
  const removeSheets = (plan.removeSheets ?? []).filter((mark) => {
    const fate = removalFate(mark, answer.sheets);
    if (fate !== null) kept.push(fate);
    return fate === null;
  });
  return {
    writes,
    changed,
    already,
    dropdowns,
    restores: plan.restoreValidations ?? [],
    addSheets,
    removeSheets,
    kept,
  };
}

/** Whether a sheet the tool made may be removed: only while it has the same identity and name. */
function removalFate(mark: SheetMark, sheets: readonly SheetInfo[]): KeptSheet | null {
  const same = sheets.find((s) => s.id === mark.id);
  if (same) return same.name === mark.name ? null : { name: mark.name, reason: "renamed", now: same.name };
  const named = sheets.some((s) => s.name.toLowerCase() === mark.name.toLowerCase());
  return { name: mark.name, reason: named ? "not-made-by-tool" : "gone" };
}

/** Input rows that changed since the read, by sheet and row, each with its first changed cell. */
function staleInputs(inputs: readonly InputCells[], read: ReadAnswer["values"]): Map<string, InputChange> {
  const stale = new Map<string, InputChange>();
  let k = 0;
  for (const block of inputs) {
    for (const run of columnRuns(block.columns)) {
      const found = read[k++] ?? [];
      block.rows.forEach((row, i) => {
        for (let j = 0; j < run.count; j++) {
          const col = block.columns[run.index + j];
          const expected = row[run.index + j] ?? null;
          const now = found[i]?.[j] ?? null;
          const key = `${block.sheet}\u0000${block.top + i}`;
          if (stillHolds(now, expected) || stale.has(key)) continue;
          stale.set(key, {
            sheet: block.sheet,
            rowIndex: block.top + i,
            colIndex: col,
            expected,
            found: now,
          });
        }
      });
    }
  }
  return stale;
}

function runRect(run: CellRun): Rect {
  return {
    sheet: byName(run.sheet),
    top: run.top,
    left: run.left,
    rows: run.values.length,
    cols: run.values[0]?.length ?? 0,
  };
}

function inputRects(block: InputCells): Rect[] {
  return columnRuns(block.columns).map((run) => ({
    sheet: byName(block.sheet),
    top: block.top,
    left: block.columns[run.index],
    rows: block.rows.length,
    cols: run.count,
  }));
}

/** `[2, 3, 4, 9]` → runs of adjacent columns: `{index 0, count 3}`, `{index 3, count 1}`. */
function columnRuns(columns: readonly number[]): { index: number; count: number }[] {
  const runs: { index: number; count: number }[] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && columns[last.index + last.count - 1] + 1 === c) last.count++;
    else runs.push({ index: i, count: 1 });
  });
  return runs;
}

function byName(name: string) {
  return { name, id: null };
}

const EMPTY_CONTENT: CellContent = { value: null, raw: "", formula: false, format: "General" };

/** A summary not made because the list changed names this many of the changed cells. */
const MAX_LISTED_INPUTS = 5;
