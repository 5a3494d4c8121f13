import { MAX_CELL_TEXT, type PlannedValue } from "../../core/port/plan";
import { escapeCellText } from "../xml/xml-text";

/** Why a planned value cannot go into a cell as it is: a bug in the plan, refused before writing. */
export type CellProblem = "not-finite" | "text-too-long";

export function cellProblem(value: PlannedValue): CellProblem | null {
  if (value.kind === "number" && !Number.isFinite(value.value)) return "not-finite";
  if (value.kind === "text" && value.text.length > MAX_CELL_TEXT) return "text-too-long";
  return null;
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
      const space = /^\s|\s$|\n/u.test(value.text) ? ' xml:space="preserve"' : "";
      return `<${p}c r="${ref}"${s} t="inlineStr"${extra}><${p}is><${p}t${space}>${escapeCellText(value.text)}</${p}t></${p}is></${p}c>`;
    }
  }
}

/** Shortest text that reads back as the same double: what Excel itself writes. */
function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}
