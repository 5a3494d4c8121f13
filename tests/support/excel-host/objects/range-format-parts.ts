/**
 * `format.font`, `format.fill` and `format.borders.getItem(edge)`. Colours are normalised to
 * `#RRGGBB` as Excel does; a cell without a fill reads `#FFFFFF`; `null` is not a valid colour.
 */
import {
  BORDER_EDGES,
  BORDER_STYLES,
  BORDER_WEIGHTS,
  borderOf,
  fontOf,
  matchEnum,
  NO_BORDER,
  UNDERLINE_STYLES,
  type BorderFormat,
  type CellSide,
  type FontFormat,
} from "../model/cell-format";
import { normalizeColor } from "../model/colors";
import type { Rect } from "../model/address";
import { fail, notImplemented } from "../protocol/errors";
import { argBoolean, argNumber, argString, show } from "./args";
import { hostObject, type ClassSpec, type PropertySpec } from "./class-spec";
import { uniform, writeEach } from "./cell-walk";
import { assertEditable, type RangeRef } from "./range-ref";
import { assertNoTableLook } from "./tables";

export function color(value: unknown, location: string): string {
  return (
    normalizeColor(value) ?? fail("InvalidArgument", location, `${show(value)} is not a colour Excel knows`)
  );
}

function fontProperty<K extends keyof FontFormat>(
  key: K,
  check: (value: unknown, location: string) => FontFormat[K],
  since?: string,
): PropertySpec<RangeRef> {
  const location = `RangeFont.${key}`;
  return {
    since,
    get: (range) => {
      assertNoTableLook(range, location);
      return uniform(range, (cell) => fontOf(cell?.format)[key]);
    },
    set: (range, value) => {
      const checked = check(value, location);
      assertEditable(range.sheet, "formatCells", location);
      writeEach(range, location, (cell) => {
        cell.format = { ...cell.format, font: { ...cell.format?.font, [key]: checked } };
      });
    },
  };
}

export const fontSpec: ClassSpec<RangeRef> = {
  name: "RangeFont",
  properties: {
    Name: fontProperty("name", (v, loc) => {
      const name = argString(v, loc);
      return name === "" ? fail("InvalidArgument", loc, "a font needs a name") : name;
    }),
    Size: fontProperty("size", (v, loc) => {
      const size = argNumber(v, loc);
      return size >= 1 && size <= 409 ? size : fail("InvalidArgument", loc, "a font size is 1 to 409 points");
    }),
    Bold: fontProperty("bold", argBoolean),
    Italic: fontProperty("italic", argBoolean),
    Color: fontProperty("color", color),
    Underline: fontProperty(
      "underline",
      (v, loc) =>
        matchEnum(UNDERLINE_STYLES, v) ?? fail("InvalidArgument", loc, `unknown underline ${show(v)}`),
    ),
    Strikethrough: fontProperty("strikethrough", argBoolean, "1.9"),
  },
};

export const fillSpec: ClassSpec<RangeRef> = {
  name: "RangeFill",
  properties: {
    Color: {
      get: (range) => {
        assertNoTableLook(range, "RangeFill.color");
        return uniform(range, (cell) => cell?.format?.fill ?? "#FFFFFF");
      },
      set: (range, value) => {
        const checked = color(value, "RangeFill.color");
        assertEditable(range.sheet, "formatCells", "RangeFill.color");
        writeEach(range, "RangeFill.color", (cell) => {
          cell.format = { ...cell.format, fill: checked };
        });
      },
    },
  },
  methods: {
    Clear: {
      call: (range) => {
        assertEditable(range.sheet, "formatCells", "RangeFill.clear");
        writeEach(range, "RangeFill.clear", (cell) => {
          if (cell.format) delete cell.format.fill;
        });
        return null;
      },
    },
  },
};

type Edge = (typeof BORDER_EDGES)[number];

interface BorderRef {
  readonly range: RangeRef;
  readonly edge: Edge;
}

export const bordersSpec: ClassSpec<RangeRef> = {
  name: "RangeBorderCollection",
  indexer: (range, args) => {
    const edge = matchEnum(BORDER_EDGES, args[0]);
    if (!edge)
      return fail("InvalidArgument", "RangeBorderCollection.getItem", `unknown edge ${show(args[0])}`);
    if (edge === "DiagonalDown" || edge === "DiagonalUp") {
      throw notImplemented("RangeBorderCollection.getItem", `the ${edge} border`);
    }
    return hostObject(borderSpec, { range, edge });
  },
};

function borderProperty(
  key: keyof BorderFormat,
  check: (v: unknown, loc: string) => string,
): PropertySpec<BorderRef> {
  const location = `RangeBorder.${key}`;
  return {
    get: ({ range, edge }) => {
      assertNoTableLook(range, location);
      const part = edgeCells(range.rect, edge);
      if (!part) return NO_BORDER[key];
      return uniform(
        { sheet: range.sheet, rect: part.rect },
        (cell) => borderOf(cell?.format, part.side)[key],
      );
    },
    set: ({ range, edge }, value) => {
      const checked = check(value, location);
      assertEditable(range.sheet, "formatCells", location);
      const part = edgeCells(range.rect, edge);
      if (!part) return;
      writeEach({ sheet: range.sheet, rect: part.rect }, location, (cell) => {
        const current = borderOf(cell.format, part.side);
        const borders = { ...cell.format?.borders, [part.side]: { ...current, [key]: checked } };
        cell.format = { ...cell.format, borders };
      });
    },
  };
}

const borderSpec: ClassSpec<BorderRef> = {
  name: "RangeBorder",
  properties: {
    SideIndex: { get: ({ edge }) => edge },
    Style: borderProperty(
      "style",
      (v, loc) =>
        matchEnum(BORDER_STYLES, v) ?? fail("InvalidArgument", loc, `unknown border style ${show(v)}`),
    ),
    Weight: borderProperty(
      "weight",
      (v, loc) =>
        matchEnum(BORDER_WEIGHTS, v) ?? fail("InvalidArgument", loc, `unknown border weight ${show(v)}`),
    ),
    Color: borderProperty("color", color),
  },
};

/** The cells whose own side draws this edge of the range; inside lines use each cell's bottom or right side. */
function edgeCells(rect: Rect, edge: Edge): { rect: Rect; side: CellSide } | null {
  switch (edge) {
    case "EdgeTop":
      return { rect: { ...rect, bottom: rect.top }, side: "top" };
    case "EdgeBottom":
      return { rect: { ...rect, top: rect.bottom }, side: "bottom" };
    case "EdgeLeft":
      return { rect: { ...rect, right: rect.left }, side: "left" };
    case "EdgeRight":
      return { rect: { ...rect, left: rect.right }, side: "right" };
    case "InsideHorizontal":
      return rect.bottom > rect.top ? { rect: { ...rect, bottom: rect.bottom - 1 }, side: "bottom" } : null;
    case "InsideVertical":
      return rect.right > rect.left ? { rect: { ...rect, right: rect.right - 1 }, side: "right" } : null;
    default:
      return null;
  }
}
