import type { CellValue } from "../../core/port/grid";
import type { AppliedDropdown, ApplyOutcome, ChangedCell, WrittenCell } from "../../core/port/outcome";
import {
  stillHolds,
  type CellRun,
  type DropdownRule,
  type ValidationRestore,
  type WritePlan,
} from "../../core/port/plan";
import { fail, ok, type Result } from "../../core/result";
import { freeRelId, parseRels, relativeTarget, relsPathOf, resolveTarget } from "../package/opc";
import { writeZip, type ZipOutput } from "../package/zip";
import type { SheetPart, XlsxPackage } from "../read/open-package";
import { rootPrefix, findElement } from "../xml/xml-scan";
import { cellProblem, cellXml } from "./cell-xml";
import type { KeepProblem, WriteFailure } from "../../core/port/failures";
import { CHART_TYPE, DRAWING_TYPE, chartXml, drawingXml } from "./chart-parts";
import { formatOf, newSheetXml } from "./new-sheet";
import { rangeRef } from "./ranges";
import { removalParts } from "./remove-parts";
import { existingCells, indexSheet, inheritedStyle, key, patchCells } from "./sheet-patch";
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

/** A plan applied: what happened to each step, and the new package. */
export interface Applied {
  readonly outcome: ApplyOutcome;
  readonly bytes: Uint8Array;
}

/** Why a plan was not applied at all; nothing is written. */
/** Why the writer refuses a plan whole, before writing: the core words each (messages/). */
export type ApplyRefusal = KeepProblem | { readonly code: "sheet-protected"; readonly sheet: string };

/** The refusal as the write failure every front end words the same way. */
export function refusalFailure(refusal: ApplyRefusal, path: string | null): WriteFailure {
  if (refusal.code === "sheet-protected") return { code: "sheet-protected", sheet: refusal.sheet };
  return { code: "cannot-keep", path, problem: refusal };
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const ENCODER = new TextEncoder();

/**
 * Applies a plan to the package: the sheets whose cells or dropdowns change are patched, new
 * sheets get their parts, the workbook's sheet list, relationships, content types, app properties
 * and styles take what they need, and every other entry of the zip is copied byte for byte.
 * A cell that no longer holds what the plan read, or that holds a formula, is left alone and
 * reported. Anything that cannot be done as planned refuses the whole plan before writing.
 */
export function applyPlan(pkg: XlsxPackage, plan: WritePlan): Result<Applied, ApplyRefusal> {
  if (pkg.workbookXml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main"))
    return fail({ code: "strict-ooxml" });
  const checked = checkPlan(pkg, plan);
  if (checked) return fail(checked);

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

  const written: WrittenCell[] = [];
  const changed: ChangedCell[] = [];
  const dropdowns: AppliedDropdown[] = [];
  for (const sheet of touchedSheets(pkg, plan)) {
    const path = sheet.path as string;
    const result = patchSheet(pkg, sheet, plan, styles);
    written.push(...result.written);
    changed.push(...result.changed);
    dropdowns.push(...result.dropdowns);
    if (result.xml !== null) changedParts.set(path, result.xml);
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
  const base = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);
  for (const sheet of plan.newSheets) {
    const part = freePart(`${base}worksheets`, "sheet", "xml");
    let drawingRel: string | null = null;
    const chart = sheet.content.chart;
    if (chart) {
      const drawing = freePart(`${base}drawings`, "drawing", "xml");
      const chartPart = freePart(`${base}charts`, "chart", "xml");
      drawingRel = "rId1";
      newParts.set(
        relsPathOf(part),
        editRels(null, [relationship("rId1", "drawing", relativeTarget(part, drawing))]),
      );
      newParts.set(drawing, drawingXml(chart, "rId1"));
      newParts.set(
        relsPathOf(drawing),
        editRels(null, [relationship("rId1", "chart", relativeTarget(drawing, chartPart))]),
      );
      newParts.set(chartPart, chartXml(sheet.name, chart));
      contentTypes.push(
        { part: relsPathOf(part), type: RELS_TYPE },
        { part: drawing, type: DRAWING_TYPE },
        { part: relsPathOf(drawing), type: RELS_TYPE },
        { part: chartPart, type: CHART_TYPE },
      );
    }
    newParts.set(part, newSheetXml(sheet, styles, drawingRel));
    contentTypes.push({ part, type: WORKSHEET_TYPE });
    const id = relId();
    workbookRelsAdd.push(relationship(id, "worksheet", relativeTarget(pkg.workbookPath, part)));
    entries.push({ name: sheet.name, hidden: sheet.hidden, after: sheet.after, relId: id });
  }

  const removedNames = new Set(plan.removeSheets ?? []);
  const removedParts = new Set<string>();
  for (const name of removedNames) {
    const sheet = pkg.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    workbookRelsRemove.add(sheet.relId);
    for (const part of removalParts(pkg, sheet)) removedParts.add(part.toLowerCase());
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
  return ok({
    outcome: {
      written,
      changed,
      unsupported: [],
      sheetsAdded: plan.newSheets.map((s) => s.name),
      sheetsRemoved: [...removedNames].filter((n) => pkg.sheets.some((s) => s.name === n)),
      dropdowns,
    },
    bytes,
  });
}

interface SheetResult {
  readonly xml: string | null;
  readonly written: WrittenCell[];
  readonly changed: ChangedCell[];
  readonly dropdowns: AppliedDropdown[];
}

function patchSheet(pkg: XlsxPackage, sheet: SheetPart, plan: WritePlan, styles: StylesEditor): SheetResult {
  const original = pkg.text(sheet.path as string) ?? "";
  const prefix = rootPrefix(original, "worksheet") ?? "";
  const runs = plan.runs.filter((r) => r.sheet === sheet.name);
  const rules: DropdownRule[] = plan.dropdowns.filter((d) => d.sheet === sheet.name);
  const restores: ValidationRestore[] = (plan.restoreValidations ?? []).filter((r) => r.sheet === sheet.name);
  const index = indexSheet(original, prefix);
  const rows = new Set<number>();
  for (const run of runs) for (let i = 0; i < run.values.length; i++) rows.add(run.top + i);
  const ctx = { ...pkg, prefix };
  const existing = existingCells(index, rows, ctx);
  const patches = new Map<number, Map<number, string>>();
  const written: WrittenCell[] = [];
  const changed: ChangedCell[] = [];
  for (const run of runs) {
    run.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = run.top + i;
        const c = run.left + j;
        const old = existing.get(key(r, c));
        const found: CellValue = old?.value ?? null;
        const expected = run.expected[i]?.[j] ?? null;
        const base = {
          sheet: sheet.name,
          rowIndex: r,
          colIndex: c,
          expected,
          found,
          planned: value,
          field: run.field,
        };
        if (!stillHolds(found, expected)) return void changed.push({ reason: "changed", ...base });
        if (old?.formula) return void changed.push({ reason: "formula", ...base });
        const before = old?.style ?? inheritedStyle(index, r, c);
        let style = run.style === "like-left-header" ? leftLook(existing, r, c, styles) : before;
        const format = run.formats?.[i]?.[j] ?? formatOf(value);
        if (format !== null) style = styles.withFormat(style, format);
        const ref = rangeRef({ top: r, bottom: r, left: c, right: c });
        let cells = patches.get(r);
        if (!cells) patches.set(r, (cells = new Map()));
        cells.set(c, cellXml(ref, style, value, prefix, old?.keep ?? ""));
        written.push({
          sheet: sheet.name,
          rowIndex: r,
          colIndex: c,
          before: found,
          beforeFormat: pkg.formats.codes[before] ?? "General",
          after: value,
          purpose: run.purpose,
          field: run.field,
        });
      }),
    );
  }
  let xml = patches.size > 0 ? patchCells(index, patches) : original;
  const data = findElement(xml, `${prefix}sheetData`);
  const edited = editValidations(xml, prefix, data ? data.end : 0, rules, restores);
  xml = edited.xml;
  return { xml: xml === original ? null : xml, written, changed, dropdowns: edited.applied };
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

function touchedSheets(pkg: XlsxPackage, plan: WritePlan): SheetPart[] {
  const names = new Set<string>([
    ...plan.runs.map((r) => r.sheet),
    ...plan.dropdowns.map((d) => d.sheet),
    ...(plan.restoreValidations ?? []).map((r) => r.sheet),
  ]);
  return pkg.sheets.filter((s) => names.has(s.name) && s.path !== null);
}

function checkPlan(pkg: XlsxPackage, plan: WritePlan): ApplyRefusal | null {
  const names = new Set(pkg.sheets.map((s) => s.name.toLowerCase()));
  const removed = new Set((plan.removeSheets ?? []).map((n) => n.toLowerCase()));
  for (const name of [
    ...plan.runs.map((r) => r.sheet),
    ...plan.dropdowns.map((d) => d.sheet),
    ...(plan.removeSheets ?? []),
  ]) {
    const sheet = pkg.sheets.find((s) => s.name === name);
    if (!sheet || sheet.path === null) return { code: "sheet-not-found", sheet: name };
  }
  for (const sheet of touchedSheets(pkg, plan)) {
    const xml = pkg.text(sheet.path as string) ?? "";
    const prefix = rootPrefix(xml, "worksheet") ?? "";
    const protection = findElement(xml, `${prefix}sheetProtection`);
    if (protection && /\ssheet\s*=\s*"(1|true)"/u.test(protection.tag))
      return { code: "sheet-protected", sheet: sheet.name };
  }
  for (const sheet of plan.newSheets) {
    const lower = sheet.name.toLowerCase();
    if (!/^[^\\/?*[\]:]{1,31}$/u.test(sheet.name) || sheet.name.startsWith("'") || sheet.name.endsWith("'"))
      return { code: "sheet-name-invalid", sheet: sheet.name };
    if (names.has(lower) && !removed.has(lower)) return { code: "sheet-name-taken", sheet: sheet.name };
    names.add(lower);
    for (const cell of sheet.content.cells) {
      const problem = cellProblem(cell.value);
      if (problem)
        return {
          code: problem,
          sheet: sheet.name,
          cell: rangeRef({ top: cell.rowIndex, bottom: cell.rowIndex, left: cell.col, right: cell.col }),
        };
    }
  }
  for (const run of plan.runs) {
    const problem = runProblem(run);
    if (problem) return problem;
  }
  const visibleLeft =
    pkg.sheets.filter((s) => s.state === "visible" && !removed.has(s.name.toLowerCase())).length +
    plan.newSheets.filter((s) => !s.hidden).length;
  if (removed.size > 0 && visibleLeft === 0)
    return { code: "last-visible-sheet", sheet: [...(plan.removeSheets ?? [])][0] };
  return null;
}

function runProblem(run: CellRun): ApplyRefusal | null {
  for (let i = 0; i < run.values.length; i++) {
    for (let j = 0; j < run.values[i].length; j++) {
      const problem = cellProblem(run.values[i][j]);
      if (problem) {
        const cell = rangeRef({
          top: run.top + i,
          bottom: run.top + i,
          left: run.left + j,
          right: run.left + j,
        });
        return { code: problem, sheet: run.sheet, cell };
      }
    }
  }
  return null;
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
