/**
 * The charts of a sheet as an .xlsx package holds them, read the way Excel finds them: the
 * workbook's sheet entry → the sheet part → its drawing → each anchor → its chart part. ExcelJS
 * drops charts when it loads a file, so the tests read the DrawingML themselves.
 */
import { parseRels, relsPathOf, resolveTarget } from "../../src/xlsx/package/opc";
import { contentTypes, partsOf, textOf, typeOf, type Parts } from "./package-edit";

export interface ReadSeries {
  /** The cell holding the series name (`'サマリー_R8Q2'!$J$5`), and the name cached there. */
  readonly nameRef: string;
  readonly name: string;
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly valuesRef: string;
  /** The cached values; null where the cache has no point (an empty cell: a gap). */
  readonly values: readonly (number | null)[];
  /** The marker symbol of a line series, else null. */
  readonly marker: string | null;
}

export interface ReadChart {
  /** `barChart`, `lineChart`, … as the plot area holds it. */
  readonly plot: string;
  readonly title: string;
  /** Anchor corners, 0-based: [row, column] of the top-left and bottom-right cells. */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly series: readonly ReadSeries[];
  /** How empty cells are drawn (`gap`). */
  readonly blanks: string | null;
  /** Whether the part's content type is the chart type, as Excel requires to open it. */
  readonly typed: boolean;
}

export function chartsOf(bytes: Uint8Array, sheetName: string): ReadChart[] {
  const parts = partsOf(bytes);
  const types = contentTypes(textOf(parts, "[Content_Types].xml"));
  const workbook = textOf(parts, "xl/workbook.xml");
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/gu)]
    .map((m) => m[0])
    .find((tag) => attribute(tag, "name") === escape(sheetName));
  if (!sheetTag) throw new Error(`no sheet ${sheetName}`);
  const sheetRel = attribute(sheetTag, "r:id");
  const sheetPart = target(parts, "xl/workbook.xml", sheetRel);
  const drawingId = /<drawing\b[^>]*r:id="([^"]+)"/u.exec(textOf(parts, sheetPart))?.[1];
  if (!drawingId) return [];
  const drawing = target(parts, sheetPart, drawingId);
  const anchors = [...textOf(parts, drawing).matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/gu)];
  return anchors.map(([anchor]) => {
    const corner = (name: string): [number, number] => {
      const at = new RegExp(`<xdr:${name}>([\\s\\S]*?)</xdr:${name}>`, "u").exec(anchor)?.[1] ?? "";
      return [Number(/<xdr:row>(\d+)</u.exec(at)?.[1]), Number(/<xdr:col>(\d+)</u.exec(at)?.[1])];
    };
    const chartId = /<c:chart\b[^>]*r:id="([^"]+)"/u.exec(anchor)?.[1] ?? "";
    const part = target(parts, drawing, chartId);
    const xml = textOf(parts, part);
    const plot = /<c:plotArea>(?:<c:layout\/>)?<c:(\w+Chart)>/u.exec(xml)?.[1] ?? "";
    return {
      plot,
      title: unescape(/<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/u.exec(xml)?.[1] ?? ""),
      from: corner("from"),
      to: corner("to"),
      series: [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/gu)].map(([, ser]) => readSeries(ser)),
      blanks: /<c:dispBlanksAs val="(\w+)"/u.exec(xml)?.[1] ?? null,
      typed: typeOf(types, part) === "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    };
  });
}

function readSeries(ser: string): ReadSeries {
  const ref = (el: string) =>
    unescape(new RegExp(`<c:${el}>[\\s\\S]*?<c:f>([^<]*)</c:f>`, "u").exec(ser)?.[1] ?? "");
  const cache = (el: string) => {
    const body = new RegExp(`<c:${el}>([\\s\\S]*?)</c:${el}>`, "u").exec(ser)?.[1] ?? "";
    const count = Number(/<c:ptCount val="(\d+)"/u.exec(body)?.[1] ?? 0);
    const out: (string | null)[] = Array.from({ length: count }, () => null);
    for (const m of body.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/gu))
      out[Number(m[1])] = unescape(m[2]);
    return out;
  };
  return {
    nameRef: ref("tx"),
    name: cache("tx")[0] ?? "",
    categoriesRef: ref("cat"),
    categories: cache("cat").map((v) => v ?? ""),
    valuesRef: ref("val"),
    values: cache("val").map((v) => (v === null ? null : Number(v))),
    marker: /<c:marker><c:symbol val="(\w+)"/u.exec(ser)?.[1] ?? null,
  };
}

function target(parts: Parts, from: string, id: string): string {
  const rel = parseRels(textOf(parts, relsPathOf(from))).find((r) => r.id === id);
  if (!rel) throw new Error(`no relationship ${id} from ${from}`);
  return resolveTarget(from, rel.target);
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`, "u").exec(tag)?.[1] ?? "";
}

function escape(value: string): string {
  return value.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}

function unescape(value: string): string {
  return value
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, "&");
}
