import type { ContentCell } from "../core/port/plan";
import { jsonBytes, utf8Bytes } from "../core/write/json-bytes";
import type { Bytes, Op, PayloadModel, Rect } from "../core/write/write-port";
import { errorCode } from "./office-errors";
import { cellsLayout, officeValue } from "./write-sheet-content";

/**
 * Excel on the web refuses a request or a response over 5 MB. A piece whose size is only estimated
 * (the first block of a read, sized from the head's rows) aims at this many bytes, leaving room
 * for the estimate being an estimate and for the protocol's own wrapping.
 */
export const ESTIMATED_BUDGET = 3.5 * 1024 * 1024;

/**
 * A piece whose size is measured (a write's values, a read sized from the rows just read) may come
 * closer to the cap.
 */
export const MEASURED_BUDGET = 4.2 * 1024 * 1024;

export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export { jsonBytes };

/**
 * What Microsoft's Office.js client sends for each operation of a write, counted from the protocol
 * it speaks (one action per property set, method and load, one object path per object reached,
 * large `values` cut into 1,500-cell chunks of their own), each figure rounded up. The calibration
 * test (payload.test.ts) runs every kind of operation through the real client and holds each
 * estimate at or above the bytes the client actually sent and received.
 */
export const officePayload: PayloadModel = {
  budget: 4 * 1024 * 1024,
  base: { request: 700, response: 300 },
  sheets: { request: 1_200, response: 64 * 1024 },
  op: (op) => opBytes(op),
  guard: (rect, hint) => ({
    request: SHEET + RANGE + QUERY,
    response: RANGE_RESULT + 60 + Math.max(hint, cellsOf(rect) * 4),
  }),
  read: (kind, rect, hint) => readBytes(kind, rect, hint),
};

/** Reaching a sheet by its identity or name: its path and the action that makes it. */
const SHEET = 260;
/** A range reached from a sheet (`getRangeByIndexes`): its path and the actions that track it. */
const RANGE = 380;
/** What the response says of a tracked range. */
const RANGE_RESULT = 180;
/** One property set, method call or navigation beyond its arguments. */
const ACTION = 140;
/** One load and its select list. */
const QUERY = 180;
/** Each 1,500-cell chunk the client cuts a large `values`, `formulas` or `numberFormat` into. */
const CHUNK = 560;
/** Setting a look (font, fill, borders, alignment, wrap) on one rectangle. */
const LOOK = 3_600;

function opBytes(op: Op): Bytes {
  switch (op.kind) {
    case "cells": {
      const cells = op.contents.length * (op.contents[0]?.length ?? 0);
      const values = jsonBytes(
        op.contents.map((row) => row.map((c) => (c.kind === "raw" ? c.raw : officeValue(c)))),
      );
      const formats = op.formats ? jsonBytes(op.formats) + chunks(cells) : 0;
      const look = op.look ? LOOK + RANGE : 0;
      return {
        request: SHEET + RANGE + ACTION * 2 + values + chunks(cells) + formats + look,
        response: RANGE_RESULT,
      };
    }
    case "add-sheet": {
      const c = op.spec.content;
      const ranges = c.columnWidths.length + (c.hiddenColumns?.length ?? 0) + c.merges.length;
      const request =
        ACTION * 8 + utf8Bytes(op.spec.name) * 2 + ranges * (RANGE + ACTION * 2) + (c.print ? ACTION * 6 : 0);
      return { request, response: 400 + ranges * RANGE_RESULT };
    }
    case "sheet-cells":
      return sheetCellsBytes(op.cells, op.rowHeights);
    case "chart":
      return {
        request:
          SHEET + RANGE * 2 + ACTION * (6 + 3 * op.chart.series.length) + utf8Bytes(op.chart.title) * 2,
        response: 600 + RANGE_RESULT * 2 + 120 * op.chart.series.length,
      };
    case "remove-sheet":
      return { request: SHEET + ACTION, response: 120 };
    case "dropdown":
      return {
        request:
          SHEET +
          RANGE +
          ACTION * 5 +
          jsonBytes(op.rule.errorTitle) +
          jsonBytes(op.rule.errorMessage) +
          jsonBytes(op.rule.source) * 2,
        response: RANGE_RESULT + 200,
      };
    case "restore-validation":
      return { request: SHEET + RANGE + ACTION * 5 + jsonBytes(op.before), response: RANGE_RESULT + 200 };
  }
}

function sheetCellsBytes(cells: readonly ContentCell[], heights: Readonly<Record<number, number>>): Bytes {
  const layout = cellsLayout(cells, heights);
  const count = layout.values.length * (layout.values[0]?.length ?? 0);
  const formatCells = layout.formats.reduce((n, run) => n + run.formats.length, 0);
  const request =
    SHEET +
    RANGE +
    ACTION +
    jsonBytes(layout.values) +
    chunks(count) +
    layout.formats.reduce((n, run) => n + RANGE + ACTION + jsonBytes(run.formats), 0) +
    chunks(formatCells) +
    layout.looks.length * (RANGE + LOOK) +
    layout.heights.length * (RANGE + ACTION * 2);
  const ranges = 1 + layout.formats.length + layout.looks.length + layout.heights.length;
  return { request, response: ranges * RANGE_RESULT };
}

function readBytes(kind: "cells" | "values" | "validations", rect: Rect, hint: number): Bytes {
  const cells = cellsOf(rect);
  const request = SHEET + RANGE + QUERY;
  switch (kind) {
    case "cells":
      // values and formulas (each at least the expected values), value types and number formats.
      return { request, response: RANGE_RESULT + 120 + 2 * Math.max(hint, cells * 4) + cells * 24 };
    case "values":
      return { request, response: RANGE_RESULT + 80 + Math.max(hint, cells * 4) + cells * 12 };
    case "validations":
      return { request: request + ACTION, response: RANGE_RESULT + 1_200 };
  }
}

function cellsOf(rect: Rect): number {
  return rect.rows * rect.cols;
}

/** The extra the client sends when it cuts a large grid into chunks of 1,500 cells. */
function chunks(cells: number): number {
  return cells > 1_500 ? ACTION + Math.ceil(cells / 1_500) * CHUNK : 0;
}
