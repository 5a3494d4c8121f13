import { attr, findElement, findElements, rootPrefix } from "../xml/xml-scan";

/** Each cell style's number format code, by the `s` index cells carry. */
export interface NumberFormats {
  /** Format codes by cellXfs index; "General" for a style without one. */
  readonly codes: readonly string[];
  /** Whether a style shows numbers as dates, by cellXfs index. */
  readonly isDate: readonly boolean[];
}

export const NO_FORMATS: NumberFormats = { codes: [], isDate: [] };

export function parseNumberFormats(xml: string): NumberFormats {
  const p = rootPrefix(xml, "styleSheet") ?? "";
  const custom = new Map<number, string>();
  const numFmts = findElement(xml, `${p}numFmts`);
  if (numFmts) {
    for (const el of findElements(xml, `${p}numFmt`, numFmts.start, numFmts.end)) {
      custom.set(Number(attr(el.tag, "numFmtId")), attr(el.tag, "formatCode") ?? "");
    }
  }
  const cellXfs = findElement(xml, `${p}cellXfs`);
  const codes: string[] = [];
  if (cellXfs) {
    for (const xf of findElements(xml, `${p}xf`, cellXfs.start, cellXfs.end)) {
      const id = Number(attr(xf.tag, "numFmtId") ?? 0);
      codes.push(custom.get(id) ?? BUILT_IN[id] ?? (JA_DATE_IDS.has(id) ? "yyyy/m/d" : "General"));
    }
  }
  return { codes, isDate: codes.map(isDateFormat) };
}

/** The number format code of a built-in id, or undefined for ids Excel words by locale. */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** The built-in id of a format code, when it has one. */
export function builtInId(code: string): number | undefined {
  return BUILT_IN_ID.get(code);
}

/**
 * True for formats that show a number as a date or time. The same test ExcelJS applies (quoted
 * text and `[...]` sections removed, then any of y m d h s b), so the grid reads as before.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/u.test(code.replace(/\[[^\]]*\]/gu, "").replace(/"[^"]*"/gu, ""));
}

const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const BUILT_IN_ID = new Map(Object.entries(BUILT_IN).map(([id, code]) => [code, Number(id)]));

/**
 * Ids Japanese Excel shows as dates (和暦 and 年月日 forms) without writing their codes into the
 * file: a cell styled with one of them is a date, even though its code is not in the package.
 */
const JA_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
