/**
 * Range methods that change the sheet rather than cell contents: merge and unmerge, clear, and
 * select (which moves the user's selection, as a test of "clicking an issue selects its cell" reads).
 */
import { contains, intersects, rectRows, type Rect } from "../model/address";
import { matchEnum } from "../model/cell-format";
import { syncHeaders, tablesIn } from "../model/tables";
import { fail, notImplemented } from "../protocol/errors";
import { optionalBoolean, show } from "./args";
import { isHostObject, type MethodSpec } from "./class-spec";
import { writeEach } from "./cell-walk";
import { assertEditable, storedCellsIn, type RangeRef } from "./range-ref";
import { assertNoTableLook } from "./tables";

const CLEAR_KINDS = [
  "All",
  "Formats",
  "Contents",
  "Hyperlinks",
  "RemoveHyperlinks",
  "ResetContents",
] as const;

export function rangeActionSpecs(): Record<string, MethodSpec<RangeRef>> {
  return {
    Merge: {
      since: "1.2",
      call: (range, [across], ctx) => {
        assertEditable(range.sheet, "formatCells", "Range.merge");
        const [table] = tablesIn(range.sheet, range.rect);
        if (table) throw notImplemented("Range.merge", `merging cells of table ${table.name}`);
        const rows = optionalBoolean(across, "Range.merge", false)
          ? Array.from({ length: rectRows(range.rect) }, (_, i) => ({
              ...range.rect,
              top: range.rect.top + i,
              bottom: range.rect.top + i,
            }))
          : [range.rect];
        for (const area of rows) merge(range, area);
        ctx.touched();
        return null;
      },
    },
    Unmerge: {
      since: "1.2",
      call: (range) => {
        assertEditable(range.sheet, "formatCells", "Range.unmerge");
        range.sheet.merges = range.sheet.merges.filter((m) => !intersects(m, range.rect));
        return null;
      },
    },
    Clear: {
      call: (range, [applyTo], ctx) => {
        const kind = applyTo === null || applyTo === undefined ? "All" : matchEnum(CLEAR_KINDS, applyTo);
        if (!kind) return fail("InvalidArgument", "Range.clear", `unknown applyTo ${show(applyTo)}`);
        if (kind === "Hyperlinks" || kind === "RemoveHyperlinks" || kind === "ResetContents") {
          throw notImplemented("Range.clear", `Range.clear("${kind}")`);
        }
        assertEditable(range.sheet, kind === "Formats" ? "formatCells" : "contents", "Range.clear");
        for (const { cell } of storedCellsIn(range.sheet, range.rect)) {
          if (kind !== "Formats") {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            delete cell.quotePrefix;
          }
          if (kind !== "Contents") {
            delete cell.format;
            delete cell.numberFormat;
          }
        }
        if (kind !== "Formats") syncHeaders(range.sheet, range.rect);
        ctx.touched();
        return null;
      },
    },
    // "Copies cell data or formatting from the source range or RangeAreas to the current range. The
    // destination range can be a different size than the source range." (ExcelApi 1.9) Only the
    // formats copy the add-in uses is modelled, from a range of the same size or one cell.
    CopyFrom: {
      since: "1.9",
      call: (range, [source, copyType], ctx) => {
        if (copyType !== "Formats")
          throw notImplemented("Range.copyFrom", `Range.copyFrom(…, ${show(copyType)})`);
        if (!isHostObject(source) || source.spec.name !== "Range")
          throw notImplemented("Range.copyFrom", "Range.copyFrom from an address or RangeAreas");
        const from = source.target as RangeRef;
        assertNoTableLook(from, "Range.copyFrom");
        const rows = rectRows(from.rect);
        const cols = from.rect.right - from.rect.left + 1;
        const single = rows === 1 && cols === 1;
        if (!single && (rows !== rectRows(range.rect) || cols !== range.rect.right - range.rect.left + 1))
          throw notImplemented("Range.copyFrom", "Range.copyFrom between ranges of different sizes");
        assertEditable(range.sheet, "formatCells", "Range.copyFrom");
        writeEach(range, "Range.copyFrom", (cell, row, col) => {
          const src = from.sheet.cell(
            single ? from.rect.top : from.rect.top + row - range.rect.top,
            single ? from.rect.left : from.rect.left + col - range.rect.left,
          );
          if (src?.format) cell.format = structuredClone(src.format);
          else delete cell.format;
          if (src?.numberFormat !== undefined) cell.numberFormat = src.numberFormat;
          else delete cell.numberFormat;
        });
        ctx.touched();
        return null;
      },
    },
    Select: {
      call: (range, _args, ctx) => {
        if (range.sheet.visibility !== "Visible")
          fail("InvalidOperation", "Range.select", "the sheet is hidden");
        ctx.workbook.activeSheetId = range.sheet.id;
        ctx.workbook.selection = { sheetId: range.sheet.id, rect: range.rect };
        return null;
      },
    },
  };
}

/**
 * Merging keeps the top-left value and empties the other cells, as Excel does after its warning.
 * A merge that would cut through an existing merged area is refused (our reading of Excel).
 */
function merge(range: RangeRef, area: Rect): void {
  const sheet = range.sheet;
  if (sheet.merges.some((m) => intersects(m, area) && !contains(area, m))) {
    fail("InvalidOperation", "Range.merge", "the area overlaps part of another merged area");
  }
  if (area.top === area.bottom && area.left === area.right) return;
  sheet.merges = sheet.merges.filter((m) => !contains(area, m));
  sheet.merges.push(area);
  writeEach({ sheet, rect: area }, "Range.merge", (cell) => {
    if (cell === sheet.cell(area.top, area.left)) return;
    cell.value = null;
    delete cell.formula;
    delete cell.error;
  });
}
