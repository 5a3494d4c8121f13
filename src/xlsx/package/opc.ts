import { attr, findElements, rootPrefix, type Element } from "../xml/xml-scan";

/** Relationships and part names of an Open Packaging Conventions package (what .xlsx is). */
export interface Relationship {
  readonly id: string;
  /** The type's last segment: `worksheet`, `styles`, `officeDocument`, … */
  readonly kind: string;
  readonly target: string;
  readonly external: boolean;
  readonly element: Element;
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = `${REL_NS}/`;

export function parseRels(xml: string): Relationship[] {
  const prefix = rootPrefix(xml, "Relationships") ?? "";
  return findElements(xml, `${prefix}Relationship`).map((element) => {
    const type = attr(element.tag, "Type") ?? "";
    return {
      id: attr(element.tag, "Id") ?? "",
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: attr(element.tag, "Target") ?? "",
      external: attr(element.tag, "TargetMode") === "External",
      element,
    };
  });
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The zip entry name a relationship's target names, seen from the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//u, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.map(decodeSegment).join("/");
}

/** A target for `toPart` as written in the rels of `fromPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let same = 0;
  while (same < from.length && same < to.length - 1 && from[same] === to[same]) same++;
  return [...from.slice(same).map(() => ".."), ...to.slice(same)].join("/");
}

/** A relationship id not yet used in these rels. */
export function freeRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}
