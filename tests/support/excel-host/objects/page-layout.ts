/** `worksheet.pageLayout` (ExcelApi 1.9): orientation, paper size, zoom, print titles and area. */
import { formatLocal, parseAddress } from "../model/address";
import type { Sheet } from "../model/workbook";
import { fail } from "../protocol/errors";
import { argInteger, argString, plainObject, show } from "./args";
import { isHostObject, type ClassSpec } from "./class-spec";
import type { RangeRef } from "./range-ref";

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
