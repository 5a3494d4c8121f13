import { tokens } from "@fluentui/react-components";

/**
 * Chart colours from the theme's tokens, so the charts follow Office's light or dark theme.
 * Colour is never the only cue: every bar is labelled with what it counts, every chart has a text
 * alternative. Grades run from green (A) through orange to red (D), none of them the sun's yellow,
 * so a grade never reads as a weather mark.
 */
const WEATHER: Record<string, string> = {
  "☀": tokens.colorPaletteMarigoldBackground3,
  "☁": tokens.colorNeutralForeground3,
  "☂": tokens.colorPaletteBlueBackground2,
  その他: tokens.colorPaletteGrapeBackground2,
};

/** A city's own marks beyond the three, in turn. */
const EXTRA = [
  tokens.colorPaletteTealBackground2,
  tokens.colorPalettePinkBackground2,
  tokens.colorPaletteBrownBackground2,
  tokens.colorPaletteLavenderBackground2,
];

const GRADES: Record<string, string> = {
  A: tokens.colorPaletteGreenBackground3,
  B: tokens.colorPaletteLightGreenBackground3,
  C: tokens.colorPaletteDarkOrangeBackground2,
  D: tokens.colorPaletteRedBackground3,
};

/** Empty cells are drawn as an outline only: nothing was entered. */
export const EMPTY_KEY = "未入力";

/** Keys drawn as a dashed outline: nothing entered (未入力), nothing computable (達成度 `-`). */
export function isHollow(key: string): boolean {
  return key === EMPTY_KEY || key === "-";
}

export function weatherColor(key: string, index: number): string {
  return WEATHER[key] ?? EXTRA[index % EXTRA.length];
}

export function gradeColor(key: string, index: number): string {
  return GRADES[key] ?? EXTRA[index % EXTRA.length];
}
