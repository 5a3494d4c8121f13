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
/**
 * The model for a host whose cap is `limit` bytes (Excel on the web: 5 MB): four fifths of it are
 * spent, the rest left for the estimate being an estimate.
 */
export function officePayloadFor(
  limit: number,
  can: { readonly copyLooks: boolean } = { copyLooks: true },
): PayloadModel {
  return {
    budget: Math.floor(limit * 0.8),
    // The workbook, its sheets and the few sheets a request reaches, each once per request.
    base: { request: 1_200, response: 500 },
    sheets: { request: 1_200, response: 32 * 1024 },
    op: (op) => opBytes(op, can.copyLooks),
    guard: (rect, hint) => ({
      request: SHEET + RANGE + QUERY,
      response: RANGE_RESULT + 60 + Math.max(hint, cellsOf(rect) * 4),
    }),
    read: (kind, rect, hint) => readBytes(kind, rect, hint),
  };
}

/** Reaching a sheet by its identity or name (once per request; counted per operation to be safe). */
const SHEET = 150;
/** A range reached from a sheet (`getRangeByIndexes`): its path and the actions that track it. */
const RANGE = 330;
/** What the response says of a tracked range. */
const RANGE_RESULT = 150;
/** One property set, method call or navigation beyond its arguments. */
const ACTION = 110;
/** One load and its select list. */
const QUERY = 150;
/** One result in a response: each object the request makes, and each method's answer. */
const RESULT = 50;
/** Each 1,500-cell chunk the client cuts a large `values`, `formulas` or `numberFormat` into. */
const CHUNK: Bytes = { request: 900, response: 3 * RESULT };
/** Setting a look (font, fill, borders, alignment, wrap) on one rectangle. */
const LOOK: Bytes = { request: 3_600 + RANGE, response: RANGE_RESULT + 10 * RESULT };
const NONE: Bytes = { request: 0, response: 0 };

function opBytes(op: Op, copyLooks: boolean): Bytes {
  switch (op.kind) {
    case "cells": {
      const cells = op.contents.length * (op.contents[0]?.length ?? 0);
      const values = jsonBytes(
        op.contents.map((row) => row.map((c) => (c.kind === "raw" ? c.raw : officeValue(c)))),
      );
      const grids = op.formats ? 2 : 1;
      // An added header cell copies its neighbour's formats (ExcelApi 1.9), or is given the core's look.
      const look = op.look ? (copyLooks ? { request: RANGE + ACTION, response: RANGE_RESULT } : LOOK) : NONE;
      return {
        request:
          SHEET +
          RANGE +
          ACTION * grids +
          values +
          (op.formats ? jsonBytes(op.formats) : 0) +
          grids * chunks(cells).request +
          look.request,
        response: RANGE_RESULT + grids * chunks(cells).response + look.response,
      };
    }
    case "add-sheet": {
      const c = op.spec.content;
      const ranges = c.columnWidths.length + (c.hiddenColumns?.length ?? 0) + c.merges.length;
      const breaks = c.print?.pageStarts?.length ?? 0;
      const request =
        ACTION * 8 +
        utf8Bytes(op.spec.name) * 2 +
        ranges * (RANGE + ACTION * 2) +
        (c.print ? ACTION * 6 : 0) +
        breaks * ACTION * 3;
      return { request, response: 600 + ranges * (RANGE_RESULT + RESULT) + breaks * RESULT * 2 };
    }
    case "sheet-cells":
      return sheetCellsBytes(op.cells, op.rowHeights);
    case "chart": {
      // Each chart is its own add, title, series and position, on the one sheet reached.
      let request = SHEET;
      let response = 0;
      for (const chart of op.charts) {
        request += RANGE * 2 + ACTION * (6 + 3 * chart.series.length) + utf8Bytes(chart.title) * 2;
        response += 600 + RANGE_RESULT * 2 + 3 * RESULT * chart.series.length;
      }
      return { request, response };
    }
    case "remove-sheet":
      return { request: SHEET + ACTION, response: 2 * RESULT };
    case "dropdown":
      return {
        request:
          SHEET +
          RANGE +
          ACTION * 5 +
          jsonBytes(op.rule.errorTitle) +
          jsonBytes(op.rule.errorMessage) +
          jsonBytes(op.rule.source) * 2,
        response: RANGE_RESULT + 4 * RESULT,
      };
    case "restore-validation":
      return {
        request: SHEET + RANGE + ACTION * 5 + jsonBytes(op.before),
        response: RANGE_RESULT + 4 * RESULT,
      };
  }
}

function sheetCellsBytes(cells: readonly ContentCell[], heights: Readonly<Record<number, number>>): Bytes {
  const layout = cellsLayout(cells, heights);
  const count = layout.values.length * (layout.values[0]?.length ?? 0);
  const values = chunks(count);
  let request = SHEET + RANGE + ACTION + jsonBytes(layout.values) + values.request;
  let response = RANGE_RESULT + values.response;
  for (const run of layout.formats) {
    const part = chunks(run.formats.length);
    request += RANGE + ACTION + jsonBytes(run.formats) + part.request;
    response += RANGE_RESULT + part.response;
  }
  request += layout.looks.length * LOOK.request + layout.heights.length * (RANGE + ACTION * 2);
  response += layout.looks.length * LOOK.response + layout.heights.length * (RANGE_RESULT + RESULT);
  return { request, response };
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

/** The extra the client sends, and hears back, when it cuts a large grid into chunks of 1,500 cells. */
function chunks(cells: number): Bytes {
  if (cells <= 1_500) return NONE;
  const n = Math.ceil(cells / 1_500);
  return { request: ACTION + n * CHUNK.request, response: RESULT + n * CHUNK.response };
}

/** Excel on the web's cap on a request and on a response: 5 MB. */
export const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;
