/** `worksheet.freezePanes` (ExcelApi 1.7): frozen rows and columns at the top left of the sheet. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../model/address";
import type { Sheet } from "../model/workbook";
import { fail } from "../protocol/errors";
import { argInteger, argString, show } from "./args";
import { isHostObject, type ClassSpec } from "./class-spec";
import { rangeObject } from "./range";
import type { RangeRef } from "./range-ref";

export const freezePanesSpec: ClassSpec<Sheet> = {
  name: "WorksheetFreezePanes",
  methods: {
    FreezeRows: {
      call: (s, [count]) => {
        s.freeze = {
          rows:
            count === null || count === undefined ? 1 : argInteger(count, "WorksheetFreezePanes.freezeRows"),
          columns: 0,
        };
        return null;
      },
    },
    FreezeColumns: {
      call: (s, [count]) => {
        s.freeze = {
          rows: 0,
          columns:
            count === null || count === undefined
              ? 1
              : argInteger(count, "WorksheetFreezePanes.freezeColumns"),
        };
        return null;
      },
    },
    FreezeAt: {
      call: (s, [frozen]) => {
        const rect = isHostObject(frozen)
          ? (frozen.target as RangeRef).rect
          : parseAddress(argString(frozen, "WorksheetFreezePanes.freezeAt"))?.rect;
        if (!rect || rect.top !== 0 || rect.left !== 0) {
          return fail("InvalidArgument", "WorksheetFreezePanes.freezeAt", `cannot freeze at ${show(frozen)}`);
        }
        s.freeze = {
          rows: rect.bottom === MAX_ROWS - 1 ? 0 : rect.bottom + 1,
          columns: rect.right === MAX_COLUMNS - 1 ? 0 : rect.right + 1,
        };
        return null;
      },
    },
    Unfreeze: {
      call: (s) => {
        s.freeze = { rows: 0, columns: 0 };
        return null;
      },
    },
    GetLocation: {
      call: (s) =>
        frozenRange(s) ?? fail("ItemNotFound", "WorksheetFreezePanes.getLocation", "nothing is frozen"),
    },
    GetLocationOrNullObject: { call: (s) => frozenRange(s) },
  },
};

function frozenRange(s: Sheet) {
  const { rows, columns } = s.freeze;
  if (rows === 0 && columns === 0) return null;
  const rect = {
    top: 0,
    left: 0,
    bottom: rows > 0 ? rows - 1 : MAX_ROWS - 1,
    right: columns > 0 ? columns - 1 : MAX_COLUMNS - 1,
  };
  return rangeObject({ sheet: s, rect });
}
