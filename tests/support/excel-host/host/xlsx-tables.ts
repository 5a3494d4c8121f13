/**
 * Excel tables read straight from an .xlsx package: each worksheet's `tableParts` relationships
 * lead to `xl/tables/tableN.xml` (name, ref, header and totals rows, columns, style). Read here
 * rather than through ExcelJS, which takes a table part without `headerRowCount` (Excel's default,
 * a header row) for a table without one, and turns line breaks in column names into spaces.
 */
import { strFromU8, unzipSync } from "fflate";
import { parseAddress, type Rect } from "../model/address";

export interface TablePart {
  /** The table part's `id`: Office.js's `legacyId`. */
  readonly legacyId: string;
  readonly name: string;
  readonly rect: Rect;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly columns: readonly { id: number; name: string }[];
  readonly style: string;
  readonly showFilterButton: boolean;
  readonly showBandedRows: boolean;
  readonly showBandedColumns: boolean;
  readonly highlightFirstColumn: boolean;
  readonly highlightLastColumn: boolean;
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const SHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/** The tables of each sheet, by sheet name. */
export function readTableParts(bytes: Uint8Array): Map<string, TablePart[]> {
  const files = unzipSync(bytes, { filter: (f) => f.name.endsWith(".xml") || f.name.endsWith(".rels") });
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
  const out = new Map<string, TablePart[]>();
  const workbook = text("xl/workbook.xml");
  if (!workbook) return out;
  const sheetTargets = relationships(text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml", SHEET_REL);
  for (const sheet of elements(workbook, "sheet")) {
    const sheetPath = sheetTargets.get(sheet["r:id"] ?? "");
    if (!sheetPath) continue;
    const rels = relationships(text(relsPath(sheetPath)), sheetPath, TABLE_REL);
    const tables = [...rels.values()].map((path) => {
      const xml = text(path);
      if (!xml) throw new Error(`excel-host: the table part ${path} is missing from the package`);
      return tablePart(xml, path);
    });
    if (tables.length > 0) out.set(sheet.name ?? "", tables);
  }
  return out;
}

function tablePart(xml: string, path: string): TablePart {
  const [table] = elements(xml, "table");
  const rect = table?.ref ? parseAddress(table.ref)?.rect : undefined;
  if (!table || !rect) throw new Error(`excel-host: cannot read the table part ${path}`);
  const style = elements(xml, "tableStyleInfo")[0] ?? {};
  const flag = (value: string | undefined, fallback: boolean) =>
    value === undefined ? fallback : value === "1" || value === "true";
  return {
    legacyId: table.id ?? "",
    name: table.displayName ?? table.name ?? "",
    rect,
    // ECMA-376 §18.5.1.2: headerRowCount defaults to 1, totalsRowCount to 0.
    showHeaders: (table.headerRowCount ?? "1") !== "0",
    showTotals: (table.totalsRowCount ?? "0") !== "0",
    columns: elements(xml, "tableColumn").map((c) => ({ id: Number(c.id), name: c.name ?? "" })),
    style: style.name ?? "",
    // A table shows filter buttons when it has an autoFilter whose columns do not hide them.
    showFilterButton:
      elements(xml, "autoFilter").length > 0 &&
      !elements(xml, "filterColumn").some((f) => flag(f.hiddenButton, false)),
    showBandedRows: flag(style.showRowStripes, false),
    showBandedColumns: flag(style.showColumnStripes, false),
    highlightFirstColumn: flag(style.showFirstColumn, false),
    highlightLastColumn: flag(style.showLastColumn, false),
  };
}

/** Relationship targets of one type, by id, as package paths. */
function relationships(xml: string | null, source: string, type: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of xml ? elements(xml, "Relationship") : []) {
    if (rel.Type === type && rel.Id && rel.Target) out.set(rel.Id, resolve(source, rel.Target));
  }
  return out;
}

function relsPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** The attributes of every `<name …>` element (any namespace prefix), decoded. */
function elements(xml: string, name: string): Record<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(\\s[^>]*?)?/?>`, "gu");
  return [...xml.matchAll(pattern)].map((m) => attributes(m[1] ?? ""));
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    out[m[1]] = decode(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** XML entities, then the `_xHHHH_` escapes OOXML uses for characters such as line breaks. */
function decode(value: string): string {
  const entities = value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] ?? "";
  });
  return entities.replace(/_x([0-9a-f]{4})_/giu, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The inverse of `decode`'s `_xHHHH_` step, for writing a column name into a table part. */
export function escapeXstring(value: string): string {
  const escaped = value.replace(/_x([0-9a-f]{4})_/giu, "_x005F_x$1_");
  return [...escaped]
    .map((c) =>
      c.charCodeAt(0) < 0x20 ? `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_` : c,
    )
    .join("");
}
