/**
 * `Excel.RangeAreas` as `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13) gives it: the merged
 * areas that touch the range, or a null object when there are none. Only what the add-in reads
 * is modelled: `address`, `areaCount`, `cellCount`.
 */
import { formatAddress, type Rect } from "../model/address";
import type { Sheet } from "../model/workbook";
import { hostObject, type ClassSpec, type HostObject } from "./class-spec";
import { mergesMeeting, type RangeRef } from "./range-ref";

interface AreasRef {
  readonly sheet: Sheet;
  readonly rects: readonly Rect[];
}

const rangeAreasSpec: ClassSpec<AreasRef> = {
  name: "RangeAreas",
  // The client keeps RangeAreas across syncs, as it does ranges (Excel.run tracks both).
  referenceable: true,
  properties: {
    // "Returns the RangeAreas reference in A1-style. Address will contain the worksheet name for
    // each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")." (Excel.RangeAreas.address)
    Address: { get: (a) => a.rects.map((r) => formatAddress(a.sheet.name, r)).join(", ") },
    AreaCount: { get: (a) => a.rects.length },
    CellCount: {
      get: (a) => a.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0),
    },
  },
};

/** "Returns a RangeAreas object that represents the merged areas in this range." (ExcelApi 1.13) */
export function mergedAreasOf(r: RangeRef): HostObject<AreasRef> | null {
  const rects = mergesMeeting(r.sheet, r.rect);
  return rects.length === 0 ? null : hostObject(rangeAreasSpec, { sheet: r.sheet, rects });
}
