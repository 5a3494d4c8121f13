import { columnIndex, type CellRange } from "../core/port/grid";

/**
 * Ranges from an address Office.js gives: `Sheet1!A1:C2` or several joined by commas
 * (`'施策 リスト'!A1:C1, '施策 リスト'!F1:F2`), 0-based.
 */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf("!");
    const ref = (bang >= 0 ? part.slice(bang + 1) : part).replace(/\$/gu, "").trim();
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/u.exec(ref);
    if (!m) continue;
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    out.push({
      top,
      left,
      bottom: m[4] === undefined ? top : Number(m[4]) - 1,
      right: m[3] === undefined ? left : columnIndex(m[3]),
    });
  }
  return out;
}

/** Splits at commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  return parts;
}
