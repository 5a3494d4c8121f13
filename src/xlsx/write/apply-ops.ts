import type { KeepProblem } from "../../core/port/failures";
import type { ContentCell, DropdownRule, NewSheet, ValidationRestore } from "../../core/port/plan";
import { fail, ok, type Result } from "../../core/result";
import type { Op, SheetRef } from "../../core/write/write-port";
import { freeRelId, parseRels, relativeTarget, relsPathOf, resolveTarget } from "../package/opc";
import { writeZip, type ZipOutput } from "../package/zip";
import type { SheetPart, XlsxPackage } from "../read/open-package";
import { findElement, rootPrefix } from "../xml/xml-scan";
import { CHART_TYPE, DRAWING_TYPE, chartXml, drawingXml } from "./chart-parts";
import { contentXml } from "./cell-xml";
import { newSheetXml } from "./new-sheet";
import { rangeRef } from "./ranges";
import { removalParts } from "./remove-parts";
import { existingCells, indexSheet, inheritedStyle, key, patchCells } from "./sheet-patch";
import { sheetIdentity, stampIdentity } from "./sheet-identity";
import { MINIMAL_STYLES, StylesEditor } from "./styles-edit";
import { editValidations } from "./validations-edit";
import {
  editAppProps,
  editContentTypes,
  editRels,
  editSheetList,
  overriddenParts,
  RELS_TYPE,
  relationship,
  type SheetEntry,
} from "./workbook-edit";

/** Operations applied: the new package, and the identity each added sheet got. */
export interface Applied {
  readonly bytes: Uint8Array;
  readonly added: Readonly<Record<string, string>>;
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const ENCODER = new TextEncoder();

/**
 * Applies the write engine's operations to the package, all or nothing: the sheets whose cells or
 * validations change are patched, new sheets get their parts, the workbook's sheet list,
 * relationships, content types, app properties and styles take what they need, and every other
 * entry of the zip is copied byte for byte. The engine decided what to write; this only refuses
 * what a package cannot keep (a name that would point into a removed sheet).
 */
export function applyOps(pkg: XlsxPackage, ops: readonly Op[]): Result<Applied, KeepProblem> {
  const sheetOf = (ref: SheetRef): SheetPart | undefined =>
    pkg.sheets.find((s) => (ref.id !== null ? sheetIdentity(pkg, s) === ref.id : s.name === ref.name));
  const adds = ops.flatMap((op) => (op.kind === "add-sheet" ? [op] : []));
  const newSheets = new Map(adds.map((op) => [op.spec.name, gatherNewSheet(op.spec, ops)]));

  const changedParts = new Map<string, string>();
  const newParts = new Map<string, string>();
  const contentTypes: { part: string; type: string }[] = [];
  const workbookRelsAdd: string[] = [];
  const workbookRelsRemove = new Set<string>();
  const usedRelIds = [...pkg.workbookRels];
  const relId = () => {
    const id = freeRelId(usedRelIds);
    usedRelIds.push({
      id,
      kind: "",
      target: "",
      external: false,
      element: { start: 0, openEnd: 0, end: 0, tag: "", selfClosing: true },
    });
    return id;
  };

  let stylesPath = pkg.stylesPath;
  const styles = new StylesEditor(
    stylesPath === null ? MINIMAL_STYLES : (pkg.text(stylesPath) ?? MINIMAL_STYLES),
  );

  const bySheet = new Map<SheetPart, Op[]>();
  for (const op of ops) {
    if (op.kind === "add-sheet" || op.kind === "remove-sheet") continue;
    if (op.sheet.id === null && newSheets.has(op.sheet.name)) continue;
    const sheet = sheetOf(op.sheet);
    if (!sheet || sheet.path === null) return fail({ code: "sheet-not-found", sheet: op.sheet.name });
    if (op.kind === "sheet-cells" || op.kind === "chart")
      throw new Error(`a new sheet's ${op.kind} for "${op.sheet.name}" came without its sheet`);
    let list = bySheet.get(sheet);
    if (!list) bySheet.set(sheet, (list = []));
    list.push(op);
  }
  for (const [sheet, sheetOps] of bySheet) {
    const xml = patchSheet(pkg, sheet, sheetOps, styles);
    if (xml !== null) changedParts.set(sheet.path as string, xml);
  }

  const contentTypesXml = pkg.text("[Content_Types].xml") ?? "";
  // A name [Content_Types].xml still overrides (for a part long gone) would give a new part two types.
  const taken = new Set([
    ...pkg.zip.entries.map((e) => e.name.toLowerCase()),
    ...overriddenParts(contentTypesXml),
  ]);
  const freePart = (folder: string, stem: string, ext: string) => {
    let n = 1;
    while (taken.has(`${folder}/${stem}${n}.${ext}`.toLowerCase())) n++;
    const name = `${folder}/${stem}${n}.${ext}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const entries: SheetEntry[] = [];
  const added: Record<string, string> = {};
  const base = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);
  for (const [name, sheet] of newSheets) {
    const part = freePart(`${base}worksheets`, "sheet", "xml");
    let drawingRel: string | null = null;
    const charts = sheet.content.charts ?? [];
    if (charts.length > 0) {
      const drawing = freePart(`${base}drawings`, "drawing", "xml");
      drawingRel = "rId1";
      newParts.set(
        relsPathOf(part),
        editRels(null, [relationship("rId1", "drawing", relativeTarget(part, drawing))]),
      );
      const relIds = charts.map((_, i) => `rId${i + 1}`);
      const chartParts = charts.map(() => freePart(`${base}charts`, "chart", "xml"));
      newParts.set(drawing, drawingXml(charts, relIds));
      newParts.set(
        relsPathOf(drawing),
        editRels(
          null,
          chartParts.map((c, i) => relationship(relIds[i], "chart", relativeTarget(drawing, c))),
        ),
      );
      contentTypes.push(
        { part: relsPathOf(part), type: RELS_TYPE },
        { part: drawing, type: DRAWING_TYPE },
        { part: relsPathOf(drawing), type: RELS_TYPE },
      );
      charts.forEach((chart, i) => {
        newParts.set(chartParts[i], chartXml(sheet.name, chart));
        contentTypes.push({ part: chartParts[i], type: CHART_TYPE });
      });
    }
    const identity = newIdentity();
    newParts.set(part, stampIdentity(newSheetXml(sheet, styles, drawingRel), identity));
    added[name] = `uid:${identity}`;
    contentTypes.push({ part, type: WORKSHEET_TYPE });
    const id = relId();
    workbookRelsAdd.push(relationship(id, "worksheet", relativeTarget(pkg.workbookPath, part)));
    entries.push({ name, hidden: sheet.hidden, after: sheet.after, relId: id });
  }

  const removedNames = new Set<string>();
  const removedParts = new Set<string>();
  for (const op of ops) {
    if (op.kind !== "remove-sheet") continue;
    const sheet = sheetOf(op.sheet);
    if (!sheet) continue;
    removedNames.add(sheet.name);
    workbookRelsRemove.add(sheet.relId);
    for (const p of removalParts(pkg, sheet)) removedParts.add(p.toLowerCase());
  }

  const stylesXml = styles.result();
  if (stylesXml !== null) {
    if (stylesPath === null) {
      // An entry of that name the workbook does not use would otherwise be written twice.
      stylesPath = `${base}styles.xml`;
      for (let n = 1; taken.has(stylesPath.toLowerCase()); n++) stylesPath = `${base}styles${n}.xml`;
      newParts.set(stylesPath, stylesXml);
      contentTypes.push({ part: stylesPath, type: STYLES_TYPE });
      workbookRelsAdd.push(relationship(relId(), "styles", relativeTarget(pkg.workbookPath, stylesPath)));
    } else changedParts.set(stylesPath, stylesXml);
  }

  if (entries.length > 0 || removedNames.size > 0) {
    const list = editSheetList(pkg.workbookXml, pkg.prefix, pkg.sheets, entries, removedNames);
    if ("refusal" in list) return fail(list.refusal);
    changedParts.set(pkg.workbookPath, list.xml);
    const relsPath = relsPathOf(pkg.workbookPath);
    changedParts.set(relsPath, editRels(pkg.text(relsPath), workbookRelsAdd, workbookRelsRemove));
    const app = appPropsPath(pkg);
    const appXml = app === null ? null : pkg.text(app);
    if (app !== null && appXml !== null) {
      const worksheets = list.order.filter(
        (n) => entries.some((e) => e.name === n) || pkg.sheets.some((s) => s.name === n && s.path !== null),
      );
      const edited = editAppProps(appXml, worksheets);
      if (edited !== appXml) changedParts.set(app, edited);
    }
  } else if (workbookRelsAdd.length > 0) {
    const relsPath = relsPathOf(pkg.workbookPath);
    changedParts.set(relsPath, editRels(pkg.text(relsPath), workbookRelsAdd));
  }
  if (contentTypes.length > 0 || removedParts.size > 0) {
    changedParts.set("[Content_Types].xml", editContentTypes(contentTypesXml, contentTypes, removedParts));
  }

  const outputs: ZipOutput[] = [];
  for (const entry of pkg.zip.entries) {
    if (removedParts.has(entry.name.toLowerCase())) continue;
    const text = changedParts.get(entry.name) ?? changedByCase(changedParts, entry.name);
    outputs.push(
      text === undefined
        ? { kind: "copy", entry }
        : { kind: "data", name: entry.name, data: ENCODER.encode(text) },
    );
  }
  for (const [name, text] of newParts) outputs.push({ kind: "data", name, data: ENCODER.encode(text) });
  const stamp = pkg.entry(pkg.workbookPath) ?? pkg.zip.entries[0];
  const bytes = writeZip(pkg.zip, outputs, pkg.codec, { time: stamp?.time ?? 0, date: stamp?.date ?? 0x21 });
  return ok({ bytes, added });
}

/**
 * A sheet added by these operations, whole: its layout, and the cells, row heights and charts the
 * engine sends as operations of their own (a request to Excel has a size limit; a package none).
 */
function gatherNewSheet(spec: NewSheet, ops: readonly Op[]): NewSheet {
  const cells: ContentCell[] = [...spec.content.cells];
  const heights: Record<number, number> = { ...(spec.content.rowHeights ?? {}) };
  const charts = [...(spec.content.charts ?? [])];
  for (const op of ops) {
    if (
      op.kind === "add-sheet" ||
      op.kind === "remove-sheet" ||
      op.sheet.name !== spec.name ||
      op.sheet.id !== null
    )
      continue;
    if (op.kind === "sheet-cells") {
      cells.push(...op.cells);
      Object.assign(heights, op.rowHeights);
    } else if (op.kind === "chart") charts.push(...op.charts);
    else if (op.kind === "cells")
      op.contents.forEach((row, i) =>
        row.forEach((content, j) => {
          if (content.kind === "raw") throw new Error("a new sheet's cell cannot be put back");
          cells.push({ rowIndex: op.top + i, col: op.left + j, value: content });
        }),
      );
  }
  return { ...spec, content: { ...spec.content, cells, rowHeights: heights, charts } };
}

/** An existing sheet with its cells and validations patched; null when nothing changed. */
function patchSheet(
  pkg: XlsxPackage,
  sheet: SheetPart,
  ops: readonly Op[],
  styles: StylesEditor,
): string | null {
  const original = pkg.text(sheet.path as string) ?? "";
  const prefix = rootPrefix(original, "worksheet") ?? "";
  const index = indexSheet(original, prefix);
  const rows = new Set<number>();
  for (const op of ops)
    if (op.kind === "cells") for (let i = 0; i < op.contents.length; i++) rows.add(op.top + i);
  const existing = existingCells(index, rows, { ...pkg, prefix });
  const patches = new Map<number, Map<number, string>>();
  const rules: DropdownRule[] = [];
  const restores: ValidationRestore[] = [];
  for (const op of ops) {
    if (op.kind === "dropdown") rules.push({ ...op.rule, sheet: sheet.name, ranges: [op.range] });
    if (op.kind === "restore-validation")
      restores.push({ sheet: sheet.name, range: op.range, before: op.before });
    if (op.kind !== "cells") continue;
    op.contents.forEach((row, i) =>
      row.forEach((content, j) => {
        const r = op.top + i;
        const c = op.left + j;
        const old = existing.get(key(r, c));
        let style = old?.style ?? inheritedStyle(index, r, c);
        if (op.look === "like-left-header") style = leftLook(existing, r, c, styles);
        const format = op.formats?.[i]?.[j] ?? null;
        if (format !== null) style = styles.withFormat(style, format);
        let cells = patches.get(r);
        if (!cells) patches.set(r, (cells = new Map()));
        cells.set(
          c,
          contentXml(
            rangeRef({ top: r, bottom: r, left: c, right: c }),
            style,
            content,
            prefix,
            old?.keep ?? "",
          ),
        );
      }),
    );
  }
  let xml = patches.size > 0 ? patchCells(index, patches) : original;
  if (rules.length > 0 || restores.length > 0) {
    const data = findElement(xml, `${prefix}sheetData`);
    xml = editValidations(xml, prefix, data ? data.end : 0, rules, restores).xml;
  }
  return xml === original ? null : xml;
}

/** A header cell the tool adds takes its left neighbour's look, or the core's header look. */
function leftLook(
  existing: ReturnType<typeof existingCells>,
  r: number,
  c: number,
  styles: StylesEditor,
): number {
  const left = c > 0 ? existing.get(key(r, c - 1)) : undefined;
  return left && left.style > 0 ? left.style : styles.look("header");
}

/**
 * A fresh identity for a sheet the tool adds, kept in the part as Excel keeps its own. It only
 * has to differ from any other sheet's, so Math.random is enough (and is there in every host).
 */
function newIdentity(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16))
    .join("")
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

function appPropsPath(pkg: XlsxPackage): string | null {
  const rels = pkg.text("_rels/.rels");
  const rel = rels === null ? undefined : parseRels(rels).find((r) => r.kind === "extended-properties");
  return rel ? resolveTarget("", rel.target) : null;
}

function changedByCase(parts: ReadonlyMap<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of parts) if (k.toLowerCase() === lower) return v;
  return undefined;
}
