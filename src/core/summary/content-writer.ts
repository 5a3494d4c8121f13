import type { CellRange } from "../port/grid";
import type { CellStyle } from "../port/looks";
import { num, text, type ContentCell, type PlannedValue } from "../port/plan";

/** Widths of the visible columns A..K: keys, names, counts, then the watch list's long texts. */
export const WIDTHS = [10, 34, 11, 9, 9, 9, 9, 9, 40, 11, 24];
/** The last visible column: titles and section bars span A to it, and so does the printed page. */
export const LAST_COL = WIDTHS.length - 1;
/** Long progress texts are shortened on the summary (the list keeps them whole). */
const MAX_TEXT = 2000;

/**
 * Writes the summary sheet's cells top to bottom: a row at a time, with the looks, merges and the
 * heights wrapped text needs.
 */
export class ContentWriter {
  readonly cells: ContentCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  rowIndex = 0;

  put(col: number, value: PlannedValue | string | number | null, style?: CellStyle): void {
    if (value === null) {
      if (style) this.cells.push({ rowIndex: this.rowIndex, col, value: { kind: "empty" }, style });
      return;
    }
    const planned = typeof value === "string" ? text(value) : typeof value === "number" ? num(value) : value;
    this.cells.push({ rowIndex: this.rowIndex, col, value: planned, style });
    if (style === "wrap" && planned.kind === "text") {
      // Hosts do not all fit row heights to wrapped text on opening, so the sheet states them.
      const height = Math.min(MAX_LINES, linesFor(planned.text, WIDTHS[col] ?? 10)) * LINE_POINTS + 3;
      this.rowHeights[this.rowIndex] = Math.max(this.rowHeights[this.rowIndex] ?? 0, height);
    }
  }

  title(value: string): void {
    this.put(0, value, "title");
    this.merges.push({ top: this.rowIndex, left: 0, bottom: this.rowIndex, right: LAST_COL });
    this.rowIndex++;
  }

  subtitle(value: string): void {
    this.put(0, value, "subtitle");
    this.merges.push({ top: this.rowIndex, left: 0, bottom: this.rowIndex, right: LAST_COL });
    this.rowIndex++;
  }

  section(value: string): void {
    this.skip();
    this.put(0, value, "section");
    for (let c = 1; c <= LAST_COL; c++) this.put(c, null, "section");
    this.rowIndex++;
  }

  note(value: string): void {
    this.put(0, value, "note");
    this.rowIndex++;
  }

  /** A row label over columns A and B, for tables whose rows have no separate name. */
  label(value: string, style: CellStyle = "text"): void {
    this.put(0, value, style);
    this.put(1, null, style);
    this.merges.push({ top: this.rowIndex, left: 0, bottom: this.rowIndex, right: 1 });
  }

  /** A header row; with `fit`, as tall as its longest wrapped head needs. */
  headers(values: readonly (string | null)[], fit = false): void {
    values.forEach((v, c) => this.put(c, v ?? "", "header"));
    if (fit) {
      const lines = Math.max(1, ...values.map((v, c) => linesFor(v ?? "", WIDTHS[c] ?? 10)));
      if (lines > 1) this.rowHeights[this.rowIndex] = Math.min(MAX_LINES, lines) * LINE_POINTS + 3;
    }
    this.rowIndex++;
  }

  skip(): void {
    this.rowIndex++;
  }
}

const LINE_POINTS = 13.5;
const MAX_LINES = 12;

/** Lines a text takes in a column `width` characters wide: full-width characters count twice. */
function linesFor(value: string, width: number): number {
  let lines = 0;
  for (const paragraph of value.split("\n")) {
    let units = 0;
    for (const ch of paragraph)
      units += (ch.codePointAt(0) ?? 0) <= 0xff || /[\uff61-\uff9f]/u.test(ch) ? 1 : 2;
    lines += Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
  }
  return lines;
}

export function clip(value: string): string {
  if (value.length <= MAX_TEXT) return value;
  // Never cut between the two halves of a surrogate pair (an emoji, a rare kanji).
  const last = value.charCodeAt(MAX_TEXT - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_TEXT - 1 : MAX_TEXT;
  return `${value.slice(0, end)}…`;
}
