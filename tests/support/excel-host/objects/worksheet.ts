/**
 * `Excel.Worksheet`: name (with Excel's naming rules), position, visibility (the last visible sheet
 * cannot be hidden or deleted), activation, ranges by address or indexes, and the used range.
 */
import { inBounds, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../model/address";
import { activateNeighbour, deleteSheet, renameSheet } from "../model/sheet-ops";
import { sheetNameProblem } from "../model/sheet-names";
import type { Sheet, Visibility, Workbook } from "../model/workbook";
import { fail, notImplemented } from "../protocol/errors";
import { argInteger, argString, optionalBoolean, show } from "./args";
import { chartCollectionSpec } from "./charts";
import { hostObject, type ClassSpec, type ExecContext, type HostObject } from "./class-spec";
import { color } from "./range-format-parts";
import { charactersForPoints } from "./range-format";
import { rangeObject } from "./range";
import { freezePanesSpec } from "./freeze-panes";
import { horizontalPageBreaksSpec } from "./page-breaks";
import { pageLayoutSpec } from "./page-layout";
import { protectionSpec } from "./worksheet-protection";
import { tableCollection } from "./tables";

export function worksheetObject(sheet: Sheet): HostObject<Sheet> {
  return hostObject(worksheetSpec, sheet);
}

export const worksheetSpec: ClassSpec<Sheet> = {
  name: "Worksheet",
  identity: (sheet) => ({ Id: sheet.id }),
  properties: {
    Name: {
      get: (s) => s.name,
      set: (s, v, ctx) => rename(s, v, ctx),
    },
    Id: { get: (s) => s.id },
    Position: {
      get: (s, ctx) => ctx.workbook.sheets.indexOf(s),
      set: (s, v, ctx) => {
        const sheets = ctx.workbook.sheets;
        const to = argInteger(v, "Worksheet.position");
        if (to >= sheets.length)
          fail("InvalidArgument", "Worksheet.position", `position ${to} is past the last sheet`);
        sheets.splice(sheets.indexOf(s), 1);
        sheets.splice(to, 0, s);
      },
    },
    Visibility: {
      get: (s) => s.visibility,
      set: (s, v, ctx) => setVisibility(s, v, ctx.workbook),
    },
    TabColor: {
      since: "1.7",
      get: (s) => s.tabColor,
      set: (s, v) => {
        s.tabColor = v === "" ? "" : color(v, "Worksheet.tabColor");
      },
    },
    StandardWidth: { get: (_s, ctx) => charactersForPoints(ctx.workbook.standardWidth) },
    StandardHeight: { get: (_s, ctx) => ctx.workbook.standardHeight },
  },
  navigation: {
    Charts: { get: (s) => hostObject(chartCollectionSpec, s) },
    Tables: { get: (s, ctx) => tableCollection(ctx.workbook, s) },
    Protection: { since: "1.2", get: (s) => hostObject(protectionSpec, s) },
    FreezePanes: { since: "1.7", get: (s) => hostObject(freezePanesSpec, s) },
    PageLayout: { since: "1.9", get: (s) => hostObject(pageLayoutSpec, s) },
    HorizontalPageBreaks: { since: "1.9", get: (s) => hostObject(horizontalPageBreaksSpec, s) },
  },
  methods: {
    Activate: {
      call: (s, _args, ctx) => {
        if (s.visibility !== "Visible") fail("InvalidOperation", "Worksheet.activate", "the sheet is hidden");
        ctx.workbook.activeSheetId = s.id;
        return null;
      },
    },
    Delete: { call: (s, _args, ctx) => remove(s, ctx) },
    GetRange: { call: (s, [address]) => rangeObject({ sheet: s, rect: addressRect(s, address) }) },
    GetRangeByIndexes: {
      since: "1.7",
      call: (s, [row, column, rows, columns]) => {
        const loc = "Worksheet.getRangeByIndexes";
        const top = argInteger(row, loc);
        const left = argInteger(column, loc);
        const rect = {
          top,
          left,
          bottom: top + argInteger(rows, loc, 1) - 1,
          right: left + argInteger(columns, loc, 1) - 1,
        };
        if (!inBounds(rect)) fail("InvalidArgument", loc, "the range would leave the worksheet");
        return rangeObject({ sheet: s, rect });
      },
    },
    GetCell: {
      call: (s, [row, column]) => {
        const top = argInteger(row, "Worksheet.getCell");
        const left = argInteger(column, "Worksheet.getCell");
        if (top >= MAX_ROWS || left >= MAX_COLUMNS)
          fail("InvalidArgument", "Worksheet.getCell", "outside the worksheet");
        return rangeObject({ sheet: s, rect: { top, left, bottom: top, right: left } });
      },
    },
    GetUsedRange: {
      // "If the entire worksheet is blank, this function will return the top left cell."
      call: (s, [valuesOnly]) =>
        rangeObject({
          sheet: s,
          rect: s.usedRect(optionalBoolean(valuesOnly, "Worksheet.getUsedRange", false)) ?? {
            top: 0,
            left: 0,
            bottom: 0,
            right: 0,
          },
        }),
    },
    GetUsedRangeOrNullObject: {
      since: "1.4",
      call: (s, [valuesOnly]) => {
        const used = s.usedRect(optionalBoolean(valuesOnly, "Worksheet.getUsedRangeOrNullObject", false));
        return used ? rangeObject({ sheet: s, rect: used }) : null;
      },
    },
    GetNext: {
      since: "1.5",
      call: (s, [visibleOnly], ctx) =>
        neighbour(s, 1, visibleOnly, ctx) ?? fail("ItemNotFound", "Worksheet.getNext"),
    },
    GetNextOrNullObject: { since: "1.5", call: (s, [visibleOnly], ctx) => neighbour(s, 1, visibleOnly, ctx) },
    GetPrevious: {
      since: "1.5",
      call: (s, [visibleOnly], ctx) =>
        neighbour(s, -1, visibleOnly, ctx) ?? fail("ItemNotFound", "Worksheet.getPrevious"),
    },
    GetPreviousOrNullObject: {
      since: "1.5",
      call: (s, [visibleOnly], ctx) => neighbour(s, -1, visibleOnly, ctx),
    },
  },
};

function addressRect(sheet: Sheet, address: unknown) {
  if (address === null || address === undefined)
    return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
  const text = argString(address, "Worksheet.getRange");
  if (text.length > 8192)
    fail("InvalidArgument", "Worksheet.getRange", "the address is over 8192 characters");
  const parsed = parseAddress(text);
  if (!parsed) {
    if (/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(text))
      throw notImplemented("Worksheet.getRange", `the named range ${text}`);
    return fail("InvalidArgument", "Worksheet.getRange", `${show(text)} is not an address`);
  }
  if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
    fail("InvalidArgument", "Worksheet.getRange", `${text} is on another sheet`);
  }
  return parsed.rect;
}

function rename(sheet: Sheet, value: unknown, ctx: ExecContext): void {
  const problem = sheetNameProblem(ctx.workbook, value, sheet.id);
  if (problem) fail(problem.code, "Worksheet.name", problem.reason);
  renameSheet(ctx.workbook, sheet, value as string);
  ctx.touched();
}

function setVisibility(sheet: Sheet, value: unknown, workbook: Workbook): void {
  const wanted = (["Visible", "Hidden", "VeryHidden"] as const).find(
    (v) => v.toLowerCase() === String(value).toLowerCase(),
  );
  if (!wanted) return fail("InvalidArgument", "Worksheet.visibility", `unknown visibility ${show(value)}`);
  if (wanted !== "Visible" && sheet.visibility === "Visible") {
    const othersVisible = workbook.sheets.some((s) => s !== sheet && s.visibility === "Visible");
    if (!othersVisible)
      fail("InvalidOperation", "Worksheet.visibility", "a workbook must keep one visible sheet");
    if (workbook.activeSheetId === sheet.id) activateNeighbour(workbook, sheet);
  }
  sheet.visibility = wanted as Visibility;
}

function remove(sheet: Sheet, ctx: ExecContext): null {
  const othersVisible = ctx.workbook.sheets.some((s) => s !== sheet && s.visibility === "Visible");
  if (!othersVisible) fail("InvalidOperation", "Worksheet.delete", "a workbook must keep one visible sheet");
  deleteSheet(ctx.workbook, sheet);
  ctx.touched();
  return null;
}

function neighbour(
  sheet: Sheet,
  step: 1 | -1,
  visibleOnly: unknown,
  ctx: ExecContext,
): HostObject<Sheet> | null {
  const onlyVisible = optionalBoolean(visibleOnly, "Worksheet.getNext", false);
  const sheets = ctx.workbook.sheets;
  for (let i = sheets.indexOf(sheet) + step; i >= 0 && i < sheets.length; i += step) {
    if (!onlyVisible || sheets[i].visibility === "Visible") return worksheetObject(sheets[i]);
  }
  return null;
}
