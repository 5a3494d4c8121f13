/**
 * The looks of the cells this tool writes on its own sheets, as data, so that the .xlsx writer
 * and Office.js draw the same summary. Colours are `#RRGGBB`, the form Excel normalises to.
 */

/** Named looks for cells of sheets the tool writes. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "note"
  | "section"
  | "header"
  | "text"
  | "wrap"
  | "count"
  | "percent"
  | "mark"
  | "total"
  | "marker";

export interface BorderLook {
  readonly edges: readonly ("top" | "bottom" | "left" | "right")[];
  readonly style: "thin" | "medium";
  readonly color: string;
}

export interface CellLook {
  readonly font: {
    readonly name: string;
    readonly size: number;
    readonly bold: boolean;
    readonly color: string;
  };
  /** Solid fill colour, or null for none. */
  readonly fill: string | null;
  readonly border: BorderLook | null;
  readonly horizontal: "general" | "left" | "center" | "right";
  readonly vertical: "top" | "center" | "bottom";
  readonly wrap: boolean;
  /** The number format a cell of this look gets when its value names none. */
  readonly numberFormat: string | null;
}

export const FONT = "Meiryo UI";

const BOX: BorderLook = { edges: ["top", "bottom", "left", "right"], style: "thin", color: "#8EA9C1" };

const PLAIN: CellLook = {
  font: { name: FONT, size: 10, bold: false, color: "#000000" },
  fill: null,
  border: null,
  horizontal: "general",
  vertical: "bottom",
  wrap: false,
  numberFormat: null,
};

/** Table cells: plain 10-point text in a thin box, aligned top. */
const TABLE: CellLook = { ...PLAIN, border: BOX, vertical: "top" };

export const LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { ...PLAIN, font: { name: FONT, size: 16, bold: true, color: "#1F3864" } },
  subtitle: { ...PLAIN, font: { name: FONT, size: 10, bold: false, color: "#404040" } },
  note: { ...PLAIN, font: { name: FONT, size: 9, bold: false, color: "#595959" } },
  section: {
    ...PLAIN,
    font: { name: FONT, size: 12, bold: true, color: "#1F3864" },
    border: { edges: ["bottom"], style: "medium", color: "#1F5FA8" },
  },
  header: {
    ...PLAIN,
    font: { name: FONT, size: 10, bold: true, color: "#000000" },
    fill: "#DDEBF7",
    border: BOX,
    horizontal: "center",
    vertical: "center",
    wrap: true,
  },
  text: TABLE,
  wrap: { ...TABLE, wrap: true },
  count: { ...TABLE, horizontal: "right" },
  percent: { ...TABLE, horizontal: "right", numberFormat: "0%" },
  mark: { ...TABLE, font: { name: FONT, size: 12, bold: false, color: "#000000" }, horizontal: "center" },
  total: {
    ...TABLE,
    font: { name: FONT, size: 10, bold: true, color: "#000000" },
    horizontal: "right",
    fill: "#F2F2F2",
  },
  marker: { ...PLAIN, font: { name: FONT, size: 8, bold: false, color: "#BFBFBF" } },
};
