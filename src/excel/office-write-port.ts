import { HISTORY_SHEET } from "../core/history/history";
import type { MissingCapability } from "../core/port/plan";
import { fail, ok, type Result } from "../core/result";
import type {
  CellContent,
  CellsOp,
  HostError,
  Op,
  Piece,
  PieceAnswer,
  RawContent,
  ReadAnswer,
  ReadAsk,
  Rect,
  SheetRef,
  WritePort,
} from "../core/write/write-port";
import { cellValueOf } from "./cell-values";
import { hostErrorOf } from "./office-errors";
import { EXCEL_WEB_LIMIT, officePayloadFor } from "./payload";
import { CAPABILITY_NEEDS, supportsCopyFrom, supportsPageLayout } from "./requirements";
import { loadValidation, queueDropdown, queueRestore, validationState } from "./validations";
import { applyLook, lookOf } from "./write-looks";
import { cellsLayout, officeValue, queueAddSheet, queueChart, queueSheetCells } from "./write-sheet-content";

/**
 * The write engine's port on Excel, over one request context: each `read` and each `run` is one
 * `context.sync()`, sized by the engine from what Microsoft's client sends (payload.ts). Sheets
 * are addressed by the identity Excel gave them once it is known, so a rename between two
 * requests does not lose the write's place.
 */
export function officeWritePort(context: Excel.RequestContext, limit = EXCEL_WEB_LIMIT): WritePort {
  const copyLooks = supportsCopyFrom();
  const payload = officePayloadFor(limit, { copyLooks });
  const printSetup = supportsPageLayout();
  const lacks: MissingCapability[] = [];
  if (!printSetup) lacks.push({ capability: "print-setup", needs: CAPABILITY_NEEDS["print-setup"] });
  if (!copyLooks) lacks.push({ capability: "copy-header-look", needs: CAPABILITY_NEEDS["copy-header-look"] });
  return {
    payload,
    lacks,
    read: (ask) => guarded(() => read(context, ask)),
    run: (piece) => guarded(() => runPiece(context, piece, { copyLooks, printSetup })),
  };
}

async function guarded<T>(action: () => Promise<T>): Promise<Result<T, HostError>> {
  try {
    return ok(await action());
  } catch (error) {
    return fail(hostErrorOf(error));
  }
}

async function read(context: Excel.RequestContext, ask: ReadAsk): Promise<ReadAnswer> {
  const sheets = context.workbook.worksheets;
  const sheetOf = sheetLookup(context);
  let history: Excel.Range | null = null;
  if (ask.sheets) {
    sheets.load("items/name,items/id,items/visibility,items/protection/protected");
    history = sheets.getItemOrNullObject(HISTORY_SHEET).getUsedRangeOrNullObject(true);
    history.load("rowIndex,rowCount");
  }
  const cells = ask.cells.map((r) => {
    const range = rangeOf(sheetOf, r);
    range.load("values,valueTypes,formulas,numberFormat");
    return range;
  });
  const values = ask.values.map((r) => {
    const range = rangeOf(sheetOf, r);
    range.load("values,valueTypes");
    return range;
  });
  const validations = ask.validations.map((r) => loadValidation(rangeOf(sheetOf, r)));
  await context.sync();
  return {
    sheets: ask.sheets
      ? sheets.items.map((s) => ({
          name: s.name,
          id: s.id,
          visible: s.visibility === "Visible",
          protected: s.protection.protected,
        }))
      : [],
    historyRows: historyEnd(history),
    cells: cells.map(contentsOf),
    values: values.map((range) =>
      range.values.map((row, i) => row.map((v, j) => cellValueOf(v, range.valueTypes[i]?.[j]))),
    ),
    validations: validations.map(validationState),
    cannotKeep: null,
  };
}

/** Rows in use from A1 on 変更履歴, or null without one (an empty sheet's used range is null too). */
function historyEnd(used: Excel.Range | null): number | null {
  if (used === null) return null;
  if (used.isNullObject) return null;
  return used.rowIndex + used.rowCount;
}

/** Each cell of a range as value, as typed, formula or not, and number format. */
function contentsOf(range: Excel.Range): CellContent[][] {
  return range.values.map((row, i) =>
    row.map((v, j) => {
      const typed = range.formulas[i]?.[j] as RawContent;
      // Text that starts with = reads the same through values and formulas; a formula does not.
      const formula = typeof typed === "string" && typed.startsWith("=") && typed !== String(v ?? "");
      return {
        value: cellValueOf(v, range.valueTypes[i]?.[j]),
        raw: typed ?? "",
        formula,
        format: String(range.numberFormat[i]?.[j] ?? "General"),
      };
    }),
  );
}

async function runPiece(
  context: Excel.RequestContext,
  piece: Piece,
  can: { readonly copyLooks: boolean; readonly printSetup: boolean },
): Promise<PieceAnswer> {
  const added = new Map<string, Excel.Worksheet>();
  const sheetOf = sheetLookup(context, added);
  // Each sheet reached by identity says its name as the piece runs: a rename meanwhile is seen.
  const named = [
    ...new Set(
      piece.ops.flatMap((op) => (op.kind === "add-sheet" || op.sheet.id === null ? [] : [op.sheet.id])),
    ),
  ];
  const names = named.map((id) => {
    const sheet = sheetOf({ name: "", id });
    sheet.load("name");
    return [id, sheet] as const;
  });
  // Loaded before anything is written: what each target held the moment before this request.
  const guards = piece.guards.map((g) => {
    const range = rangeOf(sheetOf, g);
    range.load("formulas");
    return range;
  });
  for (const op of piece.ops) queueOp(context, op, sheetOf, added, can);
  for (const sheet of added.values()) sheet.load("id");
  await context.sync();
  return {
    guards: guards.map((range) => range.formulas as RawContent[][]),
    added: Object.fromEntries([...added].map(([name, sheet]) => [name, sheet.id])),
    names: Object.fromEntries(names.map(([id, sheet]) => [id, sheet.name])),
  };
}

function queueOp(
  context: Excel.RequestContext,
  op: Op,
  sheetOf: SheetLookup,
  added: Map<string, Excel.Worksheet>,
  can: { readonly copyLooks: boolean; readonly printSetup: boolean },
): void {
  switch (op.kind) {
    case "cells":
      return queueCells(sheetOf(op.sheet), op, can.copyLooks);
    case "add-sheet":
      added.set(op.spec.name, queueAddSheet(context, op.spec, op.position, can.printSetup));
      return;
    case "sheet-cells":
      return queueSheetCells(sheetOf(op.sheet), cellsLayout(op.cells, op.rowHeights));
    case "chart": {
      const sheet = sheetOf(op.sheet);
      for (const chart of op.charts) queueChart(sheet, chart);
      return;
    }
    case "remove-sheet":
      sheetOf(op.sheet).delete();
      return;
    case "dropdown":
      return queueDropdown(rangeOf(sheetOf, rangeRect(op.sheet, op.range)), op.rule);
    case "restore-validation":
      return queueRestore(rangeOf(sheetOf, rangeRect(op.sheet, op.range)), op.before);
  }
}

/**
 * A rectangle of cells: the number formats first (Text before a text Excel would retype), then
 * the contents: `values` for planned values, `formulas` when a cell as someone typed it is put back.
 */
function queueCells(sheet: Excel.Worksheet, op: CellsOp, copyLooks: boolean): void {
  const rows = op.contents.length;
  const cols = op.contents[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const target = sheet.getRangeByIndexes(op.top, op.left, rows, cols);
  if (op.formats) target.numberFormat = op.formats.map((row) => [...row]);
  const raw = op.contents.some((row) => row.some((c) => c.kind === "raw"));
  const cells = op.contents.map((row) => row.map((c) => (c.kind === "raw" ? c.raw : officeValue(c))));
  if (raw) target.formulas = cells;
  else target.values = cells;
  if (op.look === "like-left-header" && op.left > 0) {
    if (copyLooks) target.copyFrom(sheet.getRangeByIndexes(op.top, op.left - 1, rows, 1), "Formats");
    else applyLook(target, lookOf("header"), { rows, cols });
  }
}

type SheetLookup = (ref: SheetRef) => Excel.Worksheet;

/**
 * Sheets by identity, else by name, one proxy each per request: a sheet added earlier in the same
 * request is the one `worksheets.add` returned.
 */
function sheetLookup(
  context: Excel.RequestContext,
  added?: ReadonlyMap<string, Excel.Worksheet>,
): SheetLookup {
  const cache = new Map<string, Excel.Worksheet>();
  return (ref) => {
    const made = ref.id === null ? added?.get(ref.name) : undefined;
    if (made) return made;
    const key = ref.id ?? ref.name;
    let sheet = cache.get(key);
    if (!sheet) cache.set(key, (sheet = context.workbook.worksheets.getItem(key)));
    return sheet;
  };
}

function rangeOf(sheetOf: SheetLookup, r: Rect): Excel.Range {
  return sheetOf(r.sheet).getRangeByIndexes(r.top, r.left, r.rows, r.cols);
}

function rangeRect(sheet: SheetRef, r: { top: number; left: number; bottom: number; right: number }): Rect {
  return { sheet, top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}
