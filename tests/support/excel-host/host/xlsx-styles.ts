/**
 * How the API's format words map to the .xlsx file's (as ExcelJS names them): border styles with
 * weights, alignments and paper sizes, in both directions.
 */
import type { BorderFormat } from "../model/cell-format";

// API style + weight → file style.
const BORDER_TO: Record<string, string> = {
  "Continuous/Hairline": "hair",
  "Continuous/Thin": "thin",
  "Continuous/Medium": "medium",
  "Continuous/Thick": "thick",
  "Dash/Thin": "dashed",
  "Dash/Medium": "mediumDashed",
  "Dot/Thin": "dotted",
  "Double/Thin": "double",
  "DashDot/Thin": "dashDot",
  "DashDot/Medium": "mediumDashDot",
  "DashDotDot/Thin": "dashDotDot",
  "DashDotDot/Medium": "mediumDashDotDot",
  "SlantDashDot/Medium": "slantDashDot",
};

const BORDER_FROM: Record<string, [string, string]> = Object.fromEntries(
  Object.entries(BORDER_TO).map(([api, file]) => [file, api.split("/") as [string, string]]),
);

export function borderToExcelJs(border: BorderFormat): string | null {
  if (border.style === "None") return null;
  return BORDER_TO[`${border.style}/${border.weight}`] ?? BORDER_TO[`${border.style}/Thin`] ?? "thin";
}

export function borderFromExcelJs(style: string, color: string | null): BorderFormat | null {
  const mapped = BORDER_FROM[style];
  return mapped ? { style: mapped[0], weight: mapped[1], color: color ?? "#000000" } : null;
}

export const HORIZONTAL_FROM: Record<string, string> = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};

export const VERTICAL_FROM: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

export const HORIZONTAL_TO = invert(HORIZONTAL_FROM);
export const VERTICAL_TO = invert(VERTICAL_FROM);

export const PAPER_FROM: Record<number, string> = {
  1: "Letter",
  3: "Tabloid",
  5: "Legal",
  7: "Executive",
  8: "A3",
  9: "A4",
  11: "A5",
  12: "B4",
  13: "B5",
};

export const PAPER_TO: Record<string, number> = Object.fromEntries(
  Object.entries(PAPER_FROM).map(([n, name]) => [name, Number(n)]),
);

function invert(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
}
