import { quoteSheet } from "../../core/port/plan";
import type { SheetPart } from "../read/open-package";
import { attr, findElement, findElements, withAttr, withoutAttr } from "../xml/xml-scan";
import { escapeXml } from "../xml/xml-text";

/** A sheet entering the workbook's sheet list. */
export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** Insert after this sheet; null puts it last. */
  readonly after: string | null;
  readonly relId: string;
}

export type SheetListRefusal = {
  readonly code: "name-refers-to-removed-sheet";
  readonly sheet: string;
  readonly name: string;
};

/**
 * workbook.xml with sheets added and removed. Sheet-scoped names and the workbook view refer to
 * sheets by position, so every `localSheetId`, `activeTab` and `firstSheet` is moved with its
 * sheet; names scoped to a removed sheet go with it, and a name elsewhere that still points into a
 * removed sheet stops the edit (it would turn into #REF!).
 */
export function editSheetList(
  xml: string,
  prefix: string,
  sheets: readonly SheetPart[],
  added: readonly SheetEntry[],
  removed: ReadonlySet<string>,
): { xml: string; order: string[] } | { refusal: SheetListRefusal } {
  const p = prefix;
  const relPrefix = relationshipPrefix(xml);
  let nextId = sheets.reduce((n, s) => Math.max(n, s.sheetId), 0) + 1;
  type Item = { name: string; xml: string; oldIndex: number | null };
  const items: Item[] = sheets.map((s, i) => ({
    name: s.name,
    xml: xml.slice(s.element.start, s.element.end),
    oldIndex: i,
  }));
  for (const sheet of added) {
    const state = sheet.hidden ? ' state="hidden"' : "";
    const el = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${nextId++}"${state} ${relPrefix}id="${sheet.relId}"/>`;
    const at = sheet.after === null ? -1 : items.findIndex((i) => i.name === sheet.after);
    items.splice(at < 0 ? items.length : at + 1, 0, { name: sheet.name, xml: el, oldIndex: null });
  }
  const kept = items.filter((i) => !removed.has(i.name));
  const newIndex = new Map<number, number>();
  kept.forEach((item, i) => {
    if (item.oldIndex !== null) newIndex.set(item.oldIndex, i);
  });

  const edits: { start: number; end: number; text: string }[] = [];
  const sheetsEl = findElement(xml, `${p}sheets`);
  if (sheetsEl && sheets.length > 0) {
    const first = sheets[0].element.start;
    const last = sheets[sheets.length - 1].element.end;
    edits.push({ start: first, end: last, text: kept.map((i) => i.xml).join("") });
  } else if (sheetsEl) {
    const text = `<${p}sheets>${kept.map((i) => i.xml).join("")}</${p}sheets>`;
    edits.push({ start: sheetsEl.start, end: sheetsEl.end, text });
  }

  const names = findElement(xml, `${p}definedNames`);
  if (names) {
    const list = findElements(xml, `${p}definedName`, names.start, names.end);
    let left = list.length;
    for (const el of list) {
      const local = attr(el.tag, "localSheetId");
      if (local !== null) {
        const moved = newIndex.get(Number(local));
        if (moved === undefined) {
          edits.push({ start: el.start, end: el.end, text: "" });
          left--;
          continue;
        }
        if (moved !== Number(local))
          edits.push({
            start: el.start,
            end: el.openEnd,
            text: withAttr(el.tag, "localSheetId", String(moved)),
          });
      }
      const formula = xml.slice(el.openEnd, el.end);
      for (const name of removed) {
        if (refersTo(formula, name))
          return {
            refusal: { code: "name-refers-to-removed-sheet", sheet: name, name: attr(el.tag, "name") ?? "" },
          };
      }
    }
    if (left === 0) edits.push({ start: names.start, end: names.end, text: "" });
  }

  const view = findElement(xml, `${p}workbookView`);
  if (view) {
    let tag = view.tag;
    for (const key of ["activeTab", "firstSheet"]) {
      const old = attr(tag, key);
      if (old === null) continue;
      const moved = newIndex.get(Number(old));
      if (moved === undefined) tag = withoutAttr(tag, key);
      else if (moved !== Number(old)) tag = withAttr(tag, key, String(moved));
    }
    if (tag !== view.tag) edits.push({ start: view.start, end: view.openEnd, text: tag });
  }

  edits.sort((a, b) => b.start - a.start);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { xml: out, order: kept.map((i) => i.name) };
}

/** A rels part with relationships appended and some removed by id. */
export function editRels(
  xml: string | null,
  add: readonly string[],
  removeIds: ReadonlySet<string> = new Set(),
): string {
  const base =
    xml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let out = base;
  if (removeIds.size > 0) {
    for (const el of findElements(base, "Relationship").reverse()) {
      if (removeIds.has(attr(el.tag, "Id") ?? "")) out = out.slice(0, el.start) + out.slice(el.end);
    }
  }
  const close = out.lastIndexOf("</Relationships>");
  return out.slice(0, close) + add.join("") + out.slice(close);
}

export function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${escapeXml(target)}"/>`;
}

/** The content type of every relationships part (OPC). */
export const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

/**
 * [Content_Types].xml with every added part given its type, and removed parts' overrides dropped.
 * An added part gets an Override unless a Default for its extension already gives it that type:
 * Excel declares `rels` as a Default, but LibreOffice and Apache POI list every part as an Override
 * and declare no such Default, so a new .rels part there needs its own Override.
 */
export function editContentTypes(
  xml: string,
  add: readonly { part: string; type: string }[],
  remove: ReadonlySet<string>,
): string {
  let out = xml;
  if (remove.size > 0) {
    for (const el of findElements(xml, "Override").reverse()) {
      const part = (attr(el.tag, "PartName") ?? "").replace(/^\//u, "").toLowerCase();
      if (remove.has(part)) out = out.slice(0, el.start) + out.slice(el.end);
    }
  }
  const defaults = new Map(
    findElements(xml, "Default").map((el) => [
      (attr(el.tag, "Extension") ?? "").toLowerCase(),
      attr(el.tag, "ContentType"),
    ]),
  );
  const close = out.lastIndexOf("</Types>");
  const overrides = add
    .filter((a) => defaults.get(extensionOf(a.part)) !== a.type)
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.type}"/>`);
  return out.slice(0, close) + overrides.join("") + out.slice(close);
}

/** The part names [Content_Types].xml overrides, as zip entry names in lower case. */
export function overriddenParts(xml: string): string[] {
  return findElements(xml, "Override").map((el) =>
    (attr(el.tag, "PartName") ?? "").replace(/^\//u, "").toLowerCase(),
  );
}

/**
 * docProps/app.xml lists the worksheets' names for file browsers; it is brought in line with the
 * new sheet list when it has the usual shape, and left as it is otherwise (Excel rewrites it).
 */
export function editAppProps(xml: string, worksheets: readonly string[]): string {
  const pairs = /<vt:vector size="(\d+)" baseType="variant">([\s\S]*?)<\/vt:vector>/u.exec(xml);
  const titles = /<TitlesOfParts>\s*<vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>/u.exec(
    xml,
  );
  if (!pairs || !titles) return xml;
  const groups = [
    ...pairs[2].matchAll(
      /<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/gu,
    ),
  ];
  const names = [...titles[2].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/gu)].map((m) => m[0]);
  let offset = 0;
  const sheetsGroup = groups.find((g) => {
    if (WORKSHEETS.has(g[1])) return true;
    offset += Number(g[2]);
    return false;
  });
  if (!sheetsGroup || names.length !== groups.reduce((n, g) => n + Number(g[2]), 0)) return xml;
  const count = Number(sheetsGroup[2]);
  const next = [
    ...names.slice(0, offset),
    ...worksheets.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`),
    ...names.slice(offset + count),
  ];
  const newGroup = sheetsGroup[0].replace(/<vt:i4>\d+<\/vt:i4>/u, `<vt:i4>${worksheets.length}</vt:i4>`);
  const newPairs = pairs[0].replace(sheetsGroup[0], newGroup);
  const newTitles = `<TitlesOfParts><vt:vector size="${next.length}" baseType="lpstr">${next.join("")}</vt:vector>`;
  return xml.replace(pairs[0], newPairs).replace(titles[0], newTitles);
}

const WORKSHEETS = new Set(["Worksheets", "ワークシート"]);

function extensionOf(part: string): string {
  const name = part.slice(part.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The prefix (`r:`) workbook.xml binds the relationships namespace to. */
function relationshipPrefix(xml: string): string {
  const m =
    /xmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/u.exec(
      xml,
    );
  return m ? `${m[1]}:` : "r:";
}

/** Whether a defined name's formula points into the sheet: `'名前'!A1` or `名前!A1`. */
function refersTo(formula: string, sheet: string): boolean {
  const escaped = formula.replace(/&apos;/gu, "'").replace(/&amp;/gu, "&");
  return (
    escaped.includes(`${quoteSheet(sheet)}!`) ||
    new RegExp(`(^|[^\\w'])${sheet.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}!`, "u").test(escaped)
  );
}
