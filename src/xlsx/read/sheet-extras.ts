import type { CellRange } from "../../core/port/grid";
import { parseSqref } from "../write/ranges";
import { attr, findElement, findElements, inner, type Element } from "../xml/xml-scan";
import { decodeXml } from "../xml/xml-text";

/** A data validation found in sheet XML, with where it sits so a writer can patch it. */
export interface FoundValidation {
  readonly type: string;
  readonly ranges: readonly CellRange[];
  /** The first formula as written, without `=`: `'選択肢'!$A$2:$A$4` or `"☀,☁,☂"`. */
  readonly formula: string;
  readonly element: Element;
  /** Excel 2010's extension form (`x14:dataValidation`, sqref in `xm:sqref`). */
  readonly extension: boolean;
}

/** Merged ranges from `<mergeCells>`. */
export function readMerges(xml: string, prefix: string, from: number): CellRange[] {
  const block = findElement(xml, `${prefix}mergeCells`, from);
  if (!block) return [];
  return findElements(xml, `${prefix}mergeCell`, block.start, block.end).flatMap((el) =>
    parseSqref(attr(el.tag, "ref") ?? ""),
  );
}

/**
 * Every data validation of the sheet: the main `<dataValidations>` and the extension list's
 * `<x14:dataValidations>`, which Excel uses for lists drawn from another sheet in some versions.
 */
export function readValidations(xml: string, prefix: string, from: number): FoundValidation[] {
  const found: FoundValidation[] = [];
  const block = findElement(xml, `${prefix}dataValidations`, from);
  if (block) {
    for (const el of findElements(xml, `${prefix}dataValidation`, block.start, block.end)) {
      const f = findElement(xml, `${prefix}formula1`, el.openEnd, el.end);
      found.push({
        type: attr(el.tag, "type") ?? "none",
        ranges: parseSqref(attr(el.tag, "sqref") ?? ""),
        formula: f ? decodeXml(inner(xml, f)).replace(/^=/u, "") : "",
        element: el,
        extension: false,
      });
    }
  }
  const ext = [...xml.slice(from).matchAll(/<([A-Za-z_][\w.-]*:)dataValidations[\s>]/gu)].find(
    (m) => m[1] !== prefix,
  );
  if (ext) {
    const p = ext[1];
    const extBlock = findElement(xml, `${p}dataValidations`, from);
    const xm = /<([A-Za-z_][\w.-]*:)sqref>/u.exec(xml.slice(extBlock?.start ?? from));
    for (const el of extBlock ? findElements(xml, `${p}dataValidation`, extBlock.start, extBlock.end) : []) {
      const sq = xm ? findElement(xml, `${xm[1]}sqref`, el.openEnd, el.end) : null;
      const f = findElement(xml, `${p}formula1`, el.openEnd, el.end);
      const fText = f ? /<([A-Za-z_][\w.-]*:)?f>([\s\S]*?)<\//u.exec(inner(xml, f)) : null;
      found.push({
        type: attr(el.tag, "type") ?? "none",
        ranges: sq ? parseSqref(inner(xml, sq)) : [],
        formula: fText ? decodeXml(fText[2]).replace(/^=/u, "") : "",
        element: el,
        extension: true,
      });
    }
  }
  return found;
}
