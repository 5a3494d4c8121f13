/**
 * Worksheet features around the grid: protection ("Protects a worksheet. Fails if the worksheet has
 * already been protected."), freeze panes (ExcelApi 1.7) and page layout (ExcelApi 1.9).
 */
import { formatLocal, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../model/address";
import type { Sheet } from "../model/workbook";
import { fail } from "../protocol/errors";
import { argInteger, argString, plainObject, show } from "./args";
import { isHostObject, type ClassSpec } from "./class-spec";
import { rangeObject } from "./range";
import type { RangeRef } from "./range-ref";

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
];

export const protectionSpec: ClassSpec<Sheet> = {
  name: "WorksheetProtection",
  properties: {
    Protected: { get: (s) => s.protection.protected },
    Options: {
      get: (s) =>
        Object.fromEntries(
          PROTECTION_OPTIONS.filter((o) => o !== "selectionMode").map((o) => [
            o,
            s.protection.options[o] === true,
          ]),
        ),
    },
  },
  methods: {
    Protect: {
      call: (s, [options, password]) => {
        if (s.protection.protected)
          fail("InvalidOperation", "WorksheetProtection.protect", "the sheet is already protected");
        const chosen =
          options === null || options === undefined
            ? {}
            : plainObject(options, "WorksheetProtection.protect");
        for (const key of Object.keys(chosen)) {
          if (!PROTECTION_OPTIONS.includes(key))
            fail("InvalidArgument", "WorksheetProtection.protect", `unknown option ${key}`);
        }
        s.protection = {
          protected: true,
          options: Object.fromEntries(
            Object.entries(chosen).filter(([, v]) => typeof v === "boolean"),
          ) as Record<string, boolean>,
          password: typeof password === "string" && password !== "" ? password : undefined,
        };
        return null;
      },
    },
    Unprotect: {
      call: (s, [password]) => {
        if (!s.protection.protected) return null;
        if (s.protection.password !== undefined && password !== s.protection.password) {
          fail("BadPassword", "WorksheetProtection.unprotect", "wrong password");
        }
        s.protection = { protected: false, options: {} };
        return null;
      },
    },
  },
};

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

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive", "Tabloid"];

export const pageLayoutSpec: ClassSpec<Sheet> = {
  name: "PageLayout",
  properties: {
    Orientation: {
      get: (s) => s.pageLayout.orientation,
      set: (s, v) => {
        s.pageLayout.orientation = oneOf(ORIENTATIONS, v, "PageLayout.orientation");
      },
    },
    PaperSize: {
      get: (s) => s.pageLayout.paperSize,
      set: (s, v) => {
        s.pageLayout.paperSize = oneOf(PAPER_SIZES, v, "PageLayout.paperSize");
      },
    },
    Zoom: {
      get: (s) => s.pageLayout.zoom,
      set: (s, v) => {
        const zoom = plainObject(v, "PageLayout.zoom");
        const out: Sheet["pageLayout"]["zoom"] = {};
        for (const [key, value] of Object.entries(zoom)) {
          if (value === null || value === undefined) continue;
          if (key === "scale") {
            const scale = argInteger(value, "PageLayout.zoom");
            if (scale < 10 || scale > 400) fail("InvalidArgument", "PageLayout.zoom", "scale is 10 to 400");
            out.scale = scale;
          } else if (key === "horizontalFitToPages" || key === "verticalFitToPages") {
            out[key] = argInteger(value, "PageLayout.zoom");
          } else fail("InvalidArgument", "PageLayout.zoom", `unknown zoom field ${key}`);
        }
        s.pageLayout.zoom = out;
      },
    },
  },
  methods: {
    SetPrintTitleRows: {
      call: (s, [rows]) => {
        s.pageLayout.printTitleRows = address(s, rows, "PageLayout.setPrintTitleRows", true);
        return null;
      },
    },
    SetPrintArea: {
      call: (s, [area]) => {
        s.pageLayout.printArea = address(s, area, "PageLayout.setPrintArea", false);
        return null;
      },
    },
  },
};

function oneOf(allowed: string[], value: unknown, location: string): string {
  const hit = allowed.find((a) => a.toLowerCase() === String(value).toLowerCase());
  return hit ?? fail("InvalidArgument", location, `unknown value ${show(value)}`);
}

/** A range argument as the local address Excel stores: whole rows for print titles. */
function address(s: Sheet, value: unknown, location: string, rows: boolean): string {
  if (isHostObject(value)) {
    const rect = (value.target as RangeRef).rect;
    return rows ? `$${rect.top + 1}:$${rect.bottom + 1}` : formatLocal(rect);
  }
  const text = argString(value, location);
  if (!parseAddress(text)) fail("InvalidArgument", location, `${text} is not an address on ${s.name}`);
  return text;
}
