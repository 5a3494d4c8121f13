import type { CellRange } from "../../core/port/grid";
import type { AppliedDropdown, JsonValue, ValidationBefore } from "../../core/port/outcome";
import { sameSource, sourceFormula, type DropdownRule, type ValidationRestore } from "../../core/port/plan";
import { readValidations, type FoundValidation } from "../read/sheet-extras";
import { findElement, withAttr } from "../xml/xml-scan";
import { escapeXml } from "../xml/xml-text";
import { covers, formatSqref, intersection, subtract } from "./ranges";

/**
 * Puts dropdowns on a sheet so that no two validations overlap, as Excel requires: each range a
 * rule writes is cut out of every validation already there (list or not, main or extension
 * form), then one validation per rule covers the rule's ranges. A range that already has a list
 * from the same source is left as it is ("in-place").
 */
export function editValidations(
  xml: string,
  prefix: string,
  from: number,
  rules: readonly DropdownRule[],
  restores: readonly ValidationRestore[],
): { xml: string; applied: AppliedDropdown[] } {
  const found = readValidations(xml, prefix, from);
  const applied: AppliedDropdown[] = [];
  const added: string[] = [];
  const cut: CellRange[] = [];
  for (const rule of rules) {
    const same = found
      .filter((v) => v.type === "list" && sameSource(v.formula, rule.source))
      .flatMap((v) => v.ranges);
    const written: CellRange[] = [];
    for (const range of rule.ranges) {
      if (covers(same, range)) {
        applied.push({ rule, range, status: "in-place", before: beforeOf(xml, found, range) });
        continue;
      }
      applied.push({ rule, range, status: "written", before: beforeOf(xml, found, range) });
      written.push(range);
    }
    if (written.length === 0) continue;
    cut.push(...written);
    added.push(listValidation(prefix, rule, written));
  }
  for (const restore of restores) {
    cut.push(restore.range);
    added.push(...restored(restore));
  }
  if (cut.length === 0) return { xml, applied };
  return { xml: rewrite(xml, prefix, from, found, cut, added), applied };
}

/** What a range had: the validations over it, each as its element with the part it covered. */
function beforeOf(xml: string, found: readonly FoundValidation[], range: CellRange): ValidationBefore {
  const parts: JsonValue[] = [];
  for (const v of found) {
    if (v.extension) continue;
    const inside = v.ranges.map((r) => intersection(r, range)).filter((r): r is CellRange => r !== null);
    if (inside.length > 0)
      parts.push({ xml: xml.slice(v.element.start, v.element.end), sqref: formatSqref(inside) });
  }
  return parts.length === 0
    ? { kind: "none" }
    : { kind: "kept", form: "ooxml-elements", data: { validations: parts } };
}

function restored(restore: ValidationRestore): string[] {
  if (restore.before.kind !== "kept" || restore.before.form !== "ooxml-elements") return [];
  const data = restore.before.data as { validations?: { xml: string; sqref: string }[] };
  return (data.validations ?? []).map((v) => {
    const end = v.xml.indexOf(">") + 1;
    return withAttr(v.xml.slice(0, end), "sqref", v.sqref) + v.xml.slice(end);
  });
}

function listValidation(prefix: string, rule: DropdownRule, ranges: readonly CellRange[]): string {
  const p = prefix;
  // Excel's dialog allows 32 characters of title and 225 of message, and repairs files with more.
  const title = escapeXml(cut(rule.errorTitle, 32));
  const message = escapeXml(cut(rule.errorMessage, 225));
  return (
    `<${p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
    `errorTitle="${title}" error="${message}" sqref="${formatSqref(ranges)}">` +
    `<${p}formula1>${escapeXml(sourceFormula(rule.source))}</${p}formula1></${p}dataValidation>`
  );
}

function rewrite(
  xml: string,
  prefix: string,
  from: number,
  found: readonly FoundValidation[],
  cutRanges: readonly CellRange[],
  added: readonly string[],
): string {
  const edits: { start: number; end: number; text: string }[] = [];
  let removedMain = 0;
  let removedExt = 0;
  for (const v of found) {
    if (!v.ranges.some((r) => cutRanges.some((c) => intersection(r, c) !== null))) continue;
    const left = subtract(v.ranges, cutRanges);
    const el = v.element;
    if (left.length === 0) {
      edits.push({ start: el.start, end: el.end, text: "" });
      if (v.extension) removedExt++;
      else removedMain++;
    } else if (v.extension) {
      const source = xml.slice(el.start, el.end);
      const sq = /(<([A-Za-z_][\w.-]*:)?sqref>)[\s\S]*?(<\/)/u.exec(source);
      if (sq) {
        const at = el.start + sq.index + sq[1].length;
        edits.push({ start: at, end: el.start + sq.index + sq[0].length - 2, text: formatSqref(left) });
      }
    } else {
      edits.push({ start: el.start, end: el.openEnd, text: withAttr(el.tag, "sqref", formatSqref(left)) });
    }
  }
  const main = findElement(xml, `${prefix}dataValidations`, from);
  const mainCount = found.filter((v) => !v.extension).length - removedMain + added.length;
  if (main) {
    const close = `</${prefix}dataValidations>`;
    const openTag = withAttr(main.tag.replace(/\/>$/u, ">"), "count", String(mainCount));
    edits.push({ start: main.start, end: main.openEnd, text: openTag });
    if (main.selfClosing) edits.push({ start: main.end, end: main.end, text: `${added.join("")}${close}` });
    else edits.push({ start: main.end - close.length, end: main.end - close.length, text: added.join("") });
  } else if (added.length > 0) {
    const at = insertionPoint(xml, prefix, from);
    edits.push({
      start: at,
      end: at,
      text: `<${prefix}dataValidations count="${added.length}">${added.join("")}</${prefix}dataValidations>`,
    });
  }
  if (removedExt > 0) {
    const ext = /<([A-Za-z_][\w.-]*:)dataValidations\b[^>]*>/u.exec(xml.slice(from));
    const remaining = found.filter((v) => v.extension).length - removedExt;
    if (ext && ext[1] !== prefix) {
      const start = from + ext.index;
      edits.push({ start, end: start + ext[0].length, text: withAttr(ext[0], "count", String(remaining)) });
    }
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where `<dataValidations>` goes when the sheet has none: before the first element the schema puts after it. */
function insertionPoint(xml: string, prefix: string, from: number): number {
  let best = -1;
  for (const name of AFTER_VALIDATIONS) {
    const el = findElement(xml, `${prefix}${name}`, from);
    if (el && (best < 0 || el.start < best)) best = el.start;
  }
  return best >= 0 ? best : xml.lastIndexOf(`</${prefix}worksheet>`);
}

const AFTER_VALIDATIONS = [
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/u.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}
