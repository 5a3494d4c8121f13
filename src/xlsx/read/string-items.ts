import { indexIn, rootPrefix } from "../xml/xml-scan";
import { decodeCellText } from "../xml/xml-text";

/** The shared string table: each item's text as Excel shows it. */
export function parseSharedStrings(xml: string): string[] {
  const p = rootPrefix(xml, "sst") ?? "";
  const open = `<${p}si`;
  const close = `</${p}si>`;
  const out: string[] = [];
  let at = xml.indexOf(open);
  while (at >= 0) {
    const openEnd = xml.indexOf(">", at) + 1;
    if (xml.charCodeAt(openEnd - 2) === 47) {
      out.push("");
      at = xml.indexOf(open, openEnd);
      continue;
    }
    const end = xml.indexOf(close, openEnd);
    if (end < 0) break;
    out.push(itemText(xml, openEnd, end, p));
    at = xml.indexOf(open, end);
  }
  return out;
}

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` runs, plain or rich, joined. Phonetic
 * runs (`<rPh>`, the furigana of Japanese text) are not part of what the cell shows.
 */
export function itemText(xml: string, from: number, to: number, p: string): string {
  const tOpen = `<${p}t`;
  const tClose = `</${p}t>`;
  const phOpen = `<${p}rPh`;
  const phClose = `</${p}rPh>`;
  let text = "";
  let at = from;
  for (;;) {
    let t = indexIn(xml, tOpen, at, to);
    if (t < 0) break;
    const ph = indexIn(xml, phOpen, at, t);
    if (ph >= 0) {
      at = xml.indexOf(phClose, ph) + phClose.length;
      if (at < phClose.length) break;
      continue;
    }
    const next = xml.charCodeAt(t + tOpen.length);
    if (next !== 62 && next !== 32 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at = t + tOpen.length;
      continue;
    }
    const openEnd = xml.indexOf(">", t) + 1;
    if (xml.charCodeAt(openEnd - 2) === 47) {
      at = openEnd;
      continue;
    }
    t = xml.indexOf(tClose, openEnd);
    if (t < 0) break;
    text += xml.slice(openEnd, t);
    at = t + tClose.length;
  }
  return decodeCellText(text);
}
