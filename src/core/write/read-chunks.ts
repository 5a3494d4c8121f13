import type { CellValue } from "../port/grid";
import { ok, type Result } from "../result";
import type {
  CellContent,
  HostError,
  PayloadModel,
  ReadAnswer,
  ReadAsk,
  Rect,
  ValidationState,
  WritePort,
} from "./write-port";

type Kind = "cells" | "values" | "validations";

/** A rectangle to read and the JSON bytes of what is expected there (a response's size). */
export interface HintedAsk {
  readonly ask: ReadAsk;
  /** Per rectangle of `ask.cells` and `ask.values`, the bytes of the values expected. */
  readonly hints?: { readonly cells?: readonly number[]; readonly values?: readonly number[] };
}

/**
 * Reads what a write needs in as few requests as the payload cap allows: rectangles too big for
 * one response are cut by rows, the pieces packed into requests under the host's budget, and a
 * request the host still refuses as too large read again in halves. Reads change nothing, so
 * reading again is always safe. The answer has the shape of the ask, whatever the requests were.
 */
export async function readInChunks(
  port: WritePort,
  hinted: HintedAsk,
): Promise<Result<ReadAnswer, HostError>> {
  const { ask } = hinted;
  const model = port.payload;
  if (model === null) return port.read(ask);
  const items: Item[] = [];
  const add = (kind: Kind, rects: readonly Rect[], hints: readonly number[] | undefined) =>
    rects.forEach((rect, index) => {
      const perRow = (hints?.[index] ?? 0) / Math.max(1, rect.rows);
      for (const part of fitRows(model, kind, rect, perRow)) items.push({ kind, index, rect: part, perRow });
    });
  add("cells", ask.cells, hinted.hints?.cells);
  add("values", ask.values, hinted.hints?.values);
  add("validations", ask.validations, undefined);

  const parts = new Map<string, unknown[][]>();
  const validations: ValidationState[][] = ask.validations.map(() => []);
  let sheets: ReadAnswer | null = null;
  const queue: Item[][] = pack(model, items, ask.sheets);
  while (queue.length > 0) {
    const group = queue.shift() as Item[];
    const withSheets = ask.sheets && sheets === null;
    const request: ReadAsk = {
      sheets: withSheets,
      cells: group.filter((i) => i.kind === "cells").map((i) => i.rect),
      values: group.filter((i) => i.kind === "values").map((i) => i.rect),
      validations: group.filter((i) => i.kind === "validations").map((i) => i.rect),
    };
    // One request per group, each under the payload cap: never one per row.
    const answer = await port.read(request);
    if (!answer.ok) {
      if (answer.error.code !== "too-large") return answer;
      const halves = halve(group);
      if (halves === null) return answer;
      queue.unshift(...halves);
      continue;
    }
    if (withSheets) sheets = answer.value;
    const counters = { cells: 0, values: 0, validations: 0 };
    for (const item of group) {
      const k = counters[item.kind]++;
      if (item.kind === "validations") {
        validations[item.index].push(answer.value.validations[k]);
        continue;
      }
      const grid = item.kind === "cells" ? answer.value.cells[k] : answer.value.values[k];
      const key = `${item.kind}:${item.index}`;
      const rows = parts.get(key) ?? [];
      // Parts come back in row order: each later part of a rectangle starts where the last ended.
      rows.push(...(grid as unknown[][]));
      parts.set(key, rows);
    }
  }
  return ok({
    sheets: sheets?.sheets ?? [],
    historyRows: sheets?.historyRows ?? null,
    cannotKeep: sheets?.cannotKeep ?? null,
    cells: ask.cells.map((_, i) => (parts.get(`cells:${i}`) ?? []) as CellContent[][]),
    values: ask.values.map((_, i) => (parts.get(`values:${i}`) ?? []) as CellValue[][]),
    validations: validations.map((v) => v[0] ?? { list: null, before: { kind: "none" } }),
  });
}

interface Item {
  readonly kind: Kind;
  /** Which rectangle of the ask this is (a part of). */
  readonly index: number;
  readonly rect: Rect;
  readonly perRow: number;
}

/** A rectangle cut by rows into parts whose read fits the budget on its own. */
function fitRows(model: PayloadModel, kind: Kind, rect: Rect, perRow: number): Rect[] {
  const bytes = model.read(kind, rect, perRow * rect.rows);
  if (kind === "validations" || rect.rows <= 1 || fits(model, bytes)) return [rect];
  // As many equal parts as the bytes need, so each request comes near the budget; a part still
  // too big (rows of uneven length) is cut again.
  const room = Math.max(1, model.budget - model.base.response);
  const parts = Math.min(rect.rows, Math.max(2, Math.ceil(bytes.response / room)));
  const size = Math.ceil(rect.rows / parts);
  const out: Rect[] = [];
  for (let top = 0; top < rect.rows; top += size) {
    const part = { ...rect, top: rect.top + top, rows: Math.min(size, rect.rows - top) };
    out.push(...(part.rows === rect.rows ? [part] : fitRows(model, kind, part, perRow)));
  }
  return out;
}

/** Items in order, as requests that each stay under the budget. */
function pack(model: PayloadModel, items: readonly Item[], withSheets: boolean): Item[][] {
  const groups: Item[][] = [];
  let group: Item[] = [];
  let request = model.base.request + (withSheets ? model.sheets.request : 0);
  let response = model.base.response + (withSheets ? model.sheets.response : 0);
  for (const item of items) {
    const bytes = model.read(item.kind, item.rect, item.perRow * item.rect.rows);
    if (
      group.length > 0 &&
      (request + bytes.request > model.budget || response + bytes.response > model.budget)
    ) {
      groups.push(group);
      group = [];
      request = model.base.request;
      response = model.base.response;
    }
    group.push(item);
    request += bytes.request;
    response += bytes.response;
  }
  if (group.length > 0 || groups.length === 0) groups.push(group);
  return groups;
}

/** A group read again in two: items split, or the one item's rectangle cut by rows. */
function halve(group: readonly Item[]): Item[][] | null {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const [item] = group;
  if (!item || item.kind === "validations" || item.rect.rows <= 1) return null;
  const half = Math.ceil(item.rect.rows / 2);
  return [
    [{ ...item, rect: { ...item.rect, rows: half } }],
    [{ ...item, rect: { ...item.rect, top: item.rect.top + half, rows: item.rect.rows - half } }],
  ];
}

function fits(model: PayloadModel, bytes: { request: number; response: number }): boolean {
  return (
    model.base.request + bytes.request <= model.budget && model.base.response + bytes.response <= model.budget
  );
}
