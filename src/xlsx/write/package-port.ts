import { HISTORY_SHEET } from "../../core/history/history";
import type { CellValue } from "../../core/port/grid";
import type { CellRange } from "../../core/port/grid";
import type { ValidationBefore } from "../../core/port/outcome";
import { fail, ok, type Result } from "../../core/result";
import type {
  CellContent,
  HostError,
  Piece,
  PieceAnswer,
  RawContent,
  ReadAnswer,
  ReadAsk,
  Rect,
  ValidationState,
  WritePort,
} from "../../core/write/write-port";
import type { ZipCodec } from "../package/codec";
import { openPackage, type SheetPart, type XlsxPackage } from "../read/open-package";
import { readSheet, type ReadSheet } from "../read/read-sheets";
import { findElement, inner, rootPrefix } from "../xml/xml-scan";
import { decodeXml } from "../xml/xml-text";
import { applyOps } from "./apply-ops";
import { covers, formatSqref, intersection } from "./ranges";
import { existingCells, indexSheet, key } from "./sheet-patch";
import { sheetIdentity } from "./sheet-identity";
import { forEachCell, hasFormula } from "../read/sheet-cells";

/**
 * The write engine's port on an .xlsx package held in memory (the CLI's input, the preview's
 * workbook): reads answer from the package, and a piece is applied to it whole or not at all,
 * becoming the package the next read sees. A package has no payload cap, so a write is one piece.
 */
export interface PackagePort extends WritePort {
  /** The package as the writes so far left it. */
  current(): XlsxPackage;
  /** Its bytes once a piece has changed it; null while it is the package the port began with. */
  bytes(): Uint8Array | null;
}

export function packagePort(start: XlsxPackage, codec: ZipCodec = start.codec): PackagePort {
  let pkg = start;
  let bytes: Uint8Array | null = null;
  return {
    payload: null,
    lacks: [],
    current: () => pkg,
    bytes: () => bytes,
    async read(ask: ReadAsk): Promise<Result<ReadAnswer, HostError>> {
      return readPackage(pkg, ask);
    },
    async run(piece: Piece): Promise<Result<PieceAnswer, HostError>> {
      const before = readPackage(pkg, { sheets: false, cells: piece.guards, values: [], validations: [] });
      if (!before.ok) return before;
      const applied = applyOps(pkg, piece.ops);
      if (!applied.ok)
        return fail({
          code: "invalid",
          sheet: "sheet" in applied.error ? applied.error.sheet : null,
          detail: applied.error.code,
        });
      const reopened = openPackage(applied.value.bytes, codec);
      // The writer's own output always reopens; failing here is a bug in the writer.
      if (!reopened.ok) throw new Error(`the written package does not reopen: ${reopened.error.code}`);
      pkg = reopened.value;
      bytes = applied.value.bytes;
      return ok({
        guards: before.value.cells.map((rect) => rect.map((row) => row.map((c) => c.raw))),
        added: applied.value.added,
        // A package is written whole: no sheet is renamed between its compare and its write.
        names: {},
      });
    },
  };
}

function readPackage(pkg: XlsxPackage, ask: ReadAsk): Result<ReadAnswer, HostError> {
  const find = (rect: Rect) =>
    pkg.sheets.find((s) =>
      rect.sheet.id !== null ? sheetIdentity(pkg, s) === rect.sheet.id : s.name === rect.sheet.name,
    );
  const missing = [...ask.cells, ...ask.values, ...ask.validations].find((r) => !find(r));
  if (missing)
    return fail({ code: "not-found", sheet: missing.sheet.name, detail: `no sheet ${missing.sheet.name}` });
  const history = pkg.sheets.find((s) => s.name === HISTORY_SHEET);
  return ok({
    sheets: ask.sheets
      ? pkg.sheets.map((s) => ({
          name: s.name,
          id: sheetIdentity(pkg, s),
          visible: s.state === "visible",
          protected: isProtected(pkg, s),
        }))
      : [],
    historyRows: ask.sheets && history ? sheetRead(pkg, history).grid.rows.length : null,
    cells: contentsOf(
      pkg,
      ask.cells.map((r) => [find(r) as SheetPart, r] as const),
    ),
    values: ask.values.map((r) => values(pkg, find(r) as SheetPart, r)),
    validations: ask.validations.map((r) => validation(pkg, find(r) as SheetPart, r)),
    cannotKeep: pkg.workbookXml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main")
      ? { code: "strict-ooxml" }
      : null,
  });
}

function isProtected(pkg: XlsxPackage, sheet: SheetPart): boolean {
  const xml = sheet.path === null ? null : pkg.text(sheet.path);
  if (xml === null) return false;
  const protection = findElement(xml, `${rootPrefix(xml, "worksheet") ?? ""}sheetProtection`);
  return protection !== null && /\ssheet\s*=\s*"(1|true)"/u.test(protection.tag);
}

/**
 * Each cell of some rectangles: value, as typed, formula or not, and number format. Each sheet's
 * XML is scanned once for all the rows asked of it.
 */
function contentsOf(pkg: XlsxPackage, rects: readonly (readonly [SheetPart, Rect])[]): CellContent[][][] {
  const scans = new Map<
    SheetPart,
    { found: ReturnType<typeof existingCells>; formulas: Map<number, string> }
  >();
  for (const sheet of new Set(rects.map(([s]) => s))) {
    const xml = pkg.text(sheet.path as string) ?? "";
    const prefix = rootPrefix(xml, "worksheet") ?? "";
    const index = indexSheet(xml, prefix);
    const rows = new Set<number>();
    for (const [s, r] of rects) if (s === sheet) for (let i = 0; i < r.rows; i++) rows.add(r.top + i);
    scans.set(sheet, {
      found: existingCells(index, rows, { ...pkg, prefix }),
      formulas: formulaTexts(xml, prefix, index, rows),
    });
  }
  return rects.map(([sheet, r]) => {
    const { found, formulas } = scans.get(sheet) as {
      found: ReturnType<typeof existingCells>;
      formulas: Map<number, string>;
    };
    const out: CellContent[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: CellContent[] = [];
      for (let j = 0; j < r.cols; j++) {
        const k = key(r.top + i, r.left + j);
        const cell = found.get(k);
        const value = cell?.value ?? null;
        const raw: RawContent = cell?.formula
          ? `=${formulas.get(k) ?? ""}`
          : value === null
            ? ""
            : typeof value === "object"
              ? value.error
              : value;
        row.push({
          value,
          raw,
          formula: cell?.formula ?? false,
          format: pkg.formats.codes[cell?.style ?? 0] ?? "General",
        });
      }
      out.push(row);
    }
    return out;
  });
}

/** The text of each formula in some rows, by cell key (a shared formula's followers have none). */
function formulaTexts(
  xml: string,
  prefix: string,
  index: ReturnType<typeof indexSheet>,
  rows: ReadonlySet<number>,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const span of index.rows) {
    if (!rows.has(span.row) || span.selfClosing) continue;
    forEachCell(xml, prefix, span.openEnd, span.end, (cell) => {
      // Most cells hold no formula: look for one only inside the cell, never beyond it.
      if (!hasFormula(xml, cell, prefix)) return;
      const f = findElement(xml.slice(cell.innerStart, cell.innerEnd), `${prefix}f`);
      if (f && !f.selfClosing)
        out.set(key(span.row, cell.col), decodeXml(inner(xml.slice(cell.innerStart, cell.innerEnd), f)));
    });
  }
  return out;
}

function values(pkg: XlsxPackage, sheet: SheetPart, r: Rect): CellValue[][] {
  const grid = gridOf(pkg, sheet);
  const out: CellValue[][] = [];
  for (let i = 0; i < r.rows; i++) {
    const row = grid[r.top + i] ?? [];
    out.push(Array.from({ length: r.cols }, (_, j) => row[r.left + j] ?? null));
  }
  return out;
}

function gridOf(pkg: XlsxPackage, sheet: SheetPart): readonly (readonly CellValue[])[] {
  return sheetRead(pkg, sheet).grid.rows;
}

/** A sheet read once per package: every rectangle asked of it answers from the same read. */
function sheetRead(pkg: XlsxPackage, sheet: SheetPart): ReadSheet {
  let known = reads.get(pkg);
  if (!known) reads.set(pkg, (known = new Map()));
  let read = known.get(sheet.name);
  if (!read) known.set(sheet.name, (read = readSheet(pkg, sheet)));
  return read;
}

const reads = new WeakMap<XlsxPackage, Map<string, ReadSheet>>();

/** A range's validation: its list when one list covers it whole, and what to put back. */
function validation(pkg: XlsxPackage, sheet: SheetPart, r: Rect): ValidationState {
  const range: CellRange = {
    top: r.top,
    left: r.left,
    bottom: r.top + r.rows - 1,
    right: r.left + r.cols - 1,
  };
  const found = sheetRead(pkg, sheet).validations;
  const over = found.filter((v) => v.ranges.some((x) => intersection(x, range) !== null));
  const lists = over.filter((v) => v.type === "list");
  const formulas = new Set(lists.map((v) => v.formula));
  const list =
    over.length > 0 &&
    lists.length === over.length &&
    formulas.size === 1 &&
    covers(
      lists.flatMap((v) => v.ranges),
      range,
    )
      ? (lists[0]?.formula ?? null)
      : null;
  const xml = pkg.text(sheet.path as string) ?? "";
  const parts = over
    .filter((v) => !v.extension)
    .map((v) => ({
      xml: xml.slice(v.element.start, v.element.end),
      sqref: formatSqref(
        v.ranges.map((x) => intersection(x, range)).filter((x): x is CellRange => x !== null),
      ),
    }));
  const before: ValidationBefore =
    parts.length === 0
      ? { kind: "none" }
      : { kind: "kept", form: "ooxml-elements", data: { validations: parts } };
  return { list, before };
}
