/**
 * The root object (`context.workbook`) and `workbook.worksheets`: lookup by name or id ("getItem of
 * a missing sheet fails with ItemNotFound"), the *OrNullObject variant, and add with Excel's name
 * rules.
 */
import { nextDefaultSheetName, sheetNameProblem } from "../model/sheet-names";
import type { Sheet, Workbook } from "../model/workbook";
import { fail } from "../protocol/errors";
import { argString, optionalBoolean } from "./args";
import { hostObject, type ClassSpec, type ExecContext, type HostObject } from "./class-spec";
import { rangeObject } from "./range";
import { tableCollection } from "./tables";
import { worksheetObject } from "./worksheet";

export const workbookSpec: ClassSpec<Workbook> = {
  name: "Workbook",
  properties: { Name: { get: (wb) => wb.name } },
  navigation: {
    Worksheets: { get: (wb) => hostObject(worksheetCollectionSpec, wb) },
    Tables: { get: (wb) => tableCollection(wb) },
  },
  methods: {
    GetSelectedRange: { call: (wb) => selected(wb, false) },
    GetActiveCell: { since: "1.7", call: (wb) => selected(wb, true) },
    _RemoveReference: {
      call: (_wb, [id], ctx) => {
        ctx.removeReference(argString(id, "Workbook._RemoveReference"));
        return null;
      },
    },
  },
};

export const worksheetCollectionSpec: ClassSpec<Workbook> = {
  name: "WorksheetCollection",
  items: (wb) => wb.sheets.map(worksheetObject),
  indexer: (wb, [key]) =>
    find(wb, key) ?? fail("ItemNotFound", "WorksheetCollection.getItem", `no sheet ${String(key)}`),
  methods: {
    Add: { call: (wb, [name], ctx) => add(wb, name, ctx) },
    GetActiveWorksheet: { call: (wb) => worksheetObject(wb.activeSheet()) },
    GetItemOrNullObject: { since: "1.4", call: (wb, [key]) => find(wb, key) },
    GetCount: { since: "1.4", call: (wb, [visibleOnly]) => pick(wb, visibleOnly).length },
    GetFirst: { since: "1.5", call: (wb, [visibleOnly]) => end(wb, visibleOnly, "first") },
    GetLast: { since: "1.5", call: (wb, [visibleOnly]) => end(wb, visibleOnly, "last") },
  },
};

/** `getItem(key)` takes a name (any case) or a worksheet id. */
function find(wb: Workbook, key: unknown): HostObject<Sheet> | null {
  const text = argString(key, "WorksheetCollection.getItem");
  const sheet = wb.sheetById(text) ?? wb.sheetByName(text);
  return sheet ? worksheetObject(sheet) : null;
}

function pick(wb: Workbook, visibleOnly: unknown): Sheet[] {
  const only = optionalBoolean(visibleOnly, "WorksheetCollection", false);
  return only ? wb.sheets.filter((s) => s.visibility === "Visible") : wb.sheets;
}

function end(wb: Workbook, visibleOnly: unknown, which: "first" | "last"): HostObject<Sheet> {
  const sheets = pick(wb, visibleOnly);
  const sheet = which === "first" ? sheets[0] : sheets[sheets.length - 1];
  return sheet
    ? worksheetObject(sheet)
    : fail("ItemNotFound", `WorksheetCollection.get${which === "first" ? "First" : "Last"}`);
}

/** A new sheet goes after the last one and is not activated. */
function add(wb: Workbook, name: unknown, ctx: ExecContext): HostObject<Sheet> {
  const wanted = name === null || name === undefined ? nextDefaultSheetName(wb) : name;
  const problem = sheetNameProblem(wb, wanted);
  if (problem) fail(problem.code, "WorksheetCollection.add", problem.reason);
  const sheet = wb.addSheet(wanted as string);
  ctx.touched();
  return worksheetObject(sheet);
}

function selected(wb: Workbook, cellOnly: boolean) {
  const selection = wb.selection ?? {
    sheetId: wb.activeSheet().id,
    rect: { top: 0, left: 0, bottom: 0, right: 0 },
  };
  const sheet = wb.sheetById(selection.sheetId) ?? wb.activeSheet();
  const rect = cellOnly
    ? { ...selection.rect, bottom: selection.rect.top, right: selection.rect.left }
    : selection.rect;
  return rangeObject({ sheet, rect });
}
