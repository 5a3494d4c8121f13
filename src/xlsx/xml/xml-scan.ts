import { decodeXml } from "./xml-text";

/**
 * Just enough XML reading for the parts of a package: find elements by local name and read their
 * attributes. Packages put the main namespace on the default prefix or on one of their own
 * (`<x:row>`), so searches take the prefix the part's root element uses.
 */
export interface Element {
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just past the start tag's `>`. */
  readonly openEnd: number;
  /** Offset just past the element (its end tag, or the start tag when it is empty). */
  readonly end: number;
  /** The start tag, `<` to `>`. */
  readonly tag: string;
  readonly selfClosing: boolean;
}

/**
 * `needle`'s offset in xml[from, to), or -1. A plain indexOf from `from` would run on to the end of
 * a many-megabyte sheet whenever the needle is absent from a small cell: once per cell, that is
 * quadratic. Short spans are searched in a copy of their own.
 */
export function indexIn(xml: string, needle: string, from: number, to: number): number {
  if (to <= from) return -1;
  if (to - from <= 4096) {
    const i = xml.slice(from, to).indexOf(needle);
    return i < 0 ? -1 : from + i;
  }
  const i = xml.indexOf(needle, from);
  return i >= 0 && i + needle.length <= to ? i : -1;
}

/** The prefix (with its colon, or "") the root element named `local` carries. */
export function rootPrefix(xml: string, local: string): string | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`, "u").exec(xml);
  return m ? (m[1] ?? "") : null;
}

/** Every element `prefix + local` in xml[from, to), outermost only (none of ours nest). */
export function findElements(xml: string, name: string, from = 0, to = xml.length): Element[] {
  const found: Element[] = [];
  let at = from;
  for (;;) {
    const el = findElement(xml, name, at, to);
    if (!el) return found;
    found.push(el);
    at = el.end;
  }
}

export function findElement(xml: string, name: string, from = 0, to = xml.length): Element | null {
  const open = `<${name}`;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    // space, tab, CR, LF, `>` or `/`: the whole name matched, not a longer one.
    if (next === 32 || next === 9 || next === 10 || next === 13 || next === 62 || next === 47) {
      const openEnd = tagEnd(xml, at);
      if (openEnd < 0) return null;
      const selfClosing = xml.charCodeAt(openEnd - 2) === 47;
      const close = selfClosing ? openEnd : xml.indexOf(`</${name}>`, openEnd);
      if (close < 0) return null;
      const end = selfClosing ? openEnd : close + name.length + 3;
      return { start: at, openEnd, end, tag: xml.slice(at, openEnd), selfClosing };
    }
    at = xml.indexOf(open, at + 1);
  }
  return null;
}

/** The content between an element's tags. */
export function inner(xml: string, el: Element): string {
  return el.selfClosing ? "" : xml.slice(el.openEnd, el.end - closeLength(xml, el));
}

/** An attribute's decoded value in a start tag, or null. `name` may carry a prefix (`r:id`). */
export function attr(tag: string, name: string): string | null {
  const at = findAttr(tag, name);
  return at ? decodeXml(tag.slice(at.valueStart, at.valueEnd)) : null;
}

/** The start tag with one attribute set (added before the tag's end when missing). */
export function withAttr(tag: string, name: string, value: string): string {
  const at = findAttr(tag, name);
  if (at) return tag.slice(0, at.valueStart) + value + tag.slice(at.valueEnd);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${value}"${tag.slice(close)}`;
}

export function withoutAttr(tag: string, name: string): string {
  const at = findAttr(tag, name);
  return at ? tag.slice(0, at.start) + tag.slice(at.valueEnd + 1) : tag;
}

function findAttr(tag: string, name: string): { start: number; valueStart: number; valueEnd: number } | null {
  const re = new RegExp(`\\s${name.replace(/[.]/gu, "\\.")}\\s*=\\s*(["'])`, "gu");
  const m = re.exec(tag);
  if (!m) return null;
  const valueStart = m.index + m[0].length;
  const valueEnd = tag.indexOf(m[1], valueStart);
  return { start: m.index, valueStart, valueEnd };
}

function closeLength(xml: string, el: Element): number {
  return el.end - xml.lastIndexOf("</", el.end - 1);
}

/** Just past the `>` that ends the tag at `at`; a `>` inside a quoted attribute value does not. */
export function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return -1;
}
