/**
 * Text as it travels in SpreadsheetML. XML 1.0 cannot carry most control characters, and a parser
 * turns a carriage return into a line feed, so Excel writes such characters as `_xHHHH_`; text
 * that merely looks like that escape gets its underscore escaped (`_x005F_x0041_`). Reading undoes
 * both, in one pass from the left, as Excel does.
 */

/** Text for element content: markup escaped, then Excel's `_xHHHH_` escapes. */
export function escapeCellText(text: string): string {
  return escapeXml(escapeUnderscoreHex(text));
}

/** The cell text an element's content stands for. */
export function decodeCellText(xml: string): string {
  const text = decodeXml(xml);
  return text.includes("_x")
    ? text.replace(HEX_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** Markup characters escaped for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return MARKUP.test(text) ? text.replace(MARKUP_ALL, (ch) => ENTITY[ch]) : text;
}

export function decodeXml(xml: string): string {
  if (!xml.includes("&")) return xml;
  return xml.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/gu, (_m, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED[name];
  });
}

/** True when the text holds a character no XML 1.0 document may contain, even escaped. */
export function needsHexEscape(text: string): boolean {
  return FORBIDDEN.test(text);
}

const HEX_ESCAPE = /_x([0-9A-Fa-f]{4})_/gu;
const MARKUP = /[<>&"]/u;
const MARKUP_ALL = /[<>&"]/gu;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" };
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/**
 * Control characters but tab and line feed, carriage return (a parser would read it as a line
 * feed), the non-characters U+FFFE and U+FFFF, and halves of surrogate pairs standing alone (with
 * the `u` flag a whole pair is one code point and does not match).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "gu");

function escapeUnderscoreHex(text: string): string {
  let out = text.includes("_x") ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/gu, "_x005F_") : text;
  if (FORBIDDEN.test(out)) out = out.replace(FORBIDDEN_ALL, (ch) => `_x${hex4(ch.charCodeAt(0))}_`);
  return out;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}
