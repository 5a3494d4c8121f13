/**
 * The per-cell formatting the emulator models: font, fill, borders, alignment and wrapping. A cell
 * stores only what was set; everything else reads as the workbook's defaults.
 */

export interface FontFormat {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  underline: string;
  strikethrough: boolean;
}

export interface BorderFormat {
  style: string;
  color: string;
  weight: string;
}

/** The four sides a cell owns; range edges and inside lines map onto them. */
export type CellSide = "top" | "bottom" | "left" | "right";

export interface CellFormat {
  font?: Partial<FontFormat>;
  /** `#RRGGBB`, or undefined for no fill. */
  fill?: string;
  borders?: Partial<Record<CellSide, BorderFormat>>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export const DEFAULT_FONT: FontFormat = {
  name: "Calibri",
  size: 11,
  bold: false,
  italic: false,
  color: "#000000",
  underline: "None",
  strikethrough: false,
};

export const NO_BORDER: BorderFormat = { style: "None", color: "#000000", weight: "Thin" };

export const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
export const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
export const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;
export const UNDERLINE_STYLES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;
export const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

export function fontOf(format: CellFormat | undefined): FontFormat {
  return { ...DEFAULT_FONT, ...format?.font };
}

export function borderOf(format: CellFormat | undefined, side: CellSide): BorderFormat {
  return format?.borders?.[side] ?? NO_BORDER;
}

/** Enum values arrive in any case from add-in code ("continuous"); Excel answers in its own casing. */
export function matchEnum<T extends string>(allowed: readonly T[], value: unknown): T | null {
  if (typeof value !== "string") return null;
  const lower = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? null;
}
