import type { PlannedValue } from "../../core/port/plan";
import type { Content } from "../../core/write/write-port";
import { escapeCellText, escapeXml } from "../xml/xml-text";

/**
 * A `<c>` element for what the write engine writes: a planned value, or a cell as someone typed
 * it being put back (a formula, a number, TRUE or FALSE, or text).
 */
export function contentXml(ref: string, style: number, content: Content, prefix: string, extra = ""): string {
  if (content.kind !== "raw") return cellXml(ref, style, content, prefix, extra);
  const raw = content.raw;
  const s = style > 0 ? ` s="${style}"` : "";
  const p = prefix;
  if (typeof raw === "boolean")
    return `<${p}c r="${ref}"${s} t="b"${extra}><${p}v>${raw ? 1 : 0}</${p}v></${p}c>`;
  if (typeof raw === "number") return cellXml(ref, style, { kind: "number", value: raw }, prefix, extra);
  if (raw.startsWith("=") && raw.length > 1)
    return `<${p}c r="${ref}"${s}${extra}><${p}f>${escapeXml(raw.slice(1))}</${p}f></${p}c>`;
  if (raw === "") return cellXml(ref, style, { kind: "empty" }, prefix, extra);
  return cellXml(ref, style, { kind: "text", text: raw, formulaLike: false }, prefix, extra);
}

/**
 * A `<c>` element for a planned value. Text goes inline (`t="inlineStr"`), so the shared string
 * table, which every other cell points into, is never rewritten; Excel moves it into the table on
 * its next save. Text that starts like a formula is still a plain string: only `<f>` makes one.
 */
export function cellXml(ref: string, style: number, value: PlannedValue, prefix: string, extra = ""): string {
  const s = style > 0 ? ` s="${style}"` : "";
  const p = prefix;
  switch (value.kind) {
    case "empty":
      return `<${p}c r="${ref}"${s}${extra}/>`;
    case "number":
      return `<${p}c r="${ref}"${s}${extra}><${p}v>${numberText(value.value)}</${p}v></${p}c>`;
    case "text": {
      // Excel keeps no empty text: "" written to a cell empties it, here as there.
      if (value.text === "") return `<${p}c r="${ref}"${s}${extra}/>`;
      const space = /^\s|\s$|\n/u.test(value.text) ? ' xml:space="preserve"' : "";
      return `<${p}c r="${ref}"${s} t="inlineStr"${extra}><${p}is><${p}t${space}>${escapeCellText(value.text)}</${p}t></${p}is></${p}c>`;
    }
  }
}

/** Shortest text that reads back as the same double: what Excel itself writes. */
function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}
