import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "./environment";

/**
 * The Fluent theme that matches Office's: Fluent's light or dark theme (by Office's own flag, else
 * by the body colour's lightness) with Office's body and control colours laid over it. Without an
 * Office theme (Excel on the web may give none, the preview never has one) Fluent's light theme.
 */
export function paneTheme(office: OfficeThemeColors | null): Theme {
  if (office === null) return webLightTheme;
  const body = hexColor(office.bodyBackgroundColor);
  const text = hexColor(office.bodyForegroundColor);
  const control = hexColor(office.controlBackgroundColor);
  const controlText = hexColor(office.controlForegroundColor);
  const dark = office.isDarkTheme ?? (body !== null && luminance(body) < 0.4);
  const base = dark ? webDarkTheme : webLightTheme;
  return {
    ...base,
    ...(body === null ? {} : { colorNeutralBackground1: body, colorNeutralBackground2: body }),
    ...(text === null ? {} : { colorNeutralForeground1: text }),
    ...(control === null ? {} : { colorNeutralBackground3: control }),
    ...(controlText === null ? {} : { colorNeutralForeground2: controlText }),
  };
}

/** `#RRGGBB` (or `RRGGBB`, or `#RGB`) as `#rrggbb`; null for anything else, which is left to Fluent. */
export function hexColor(value: string | undefined): string | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/iu.exec((value ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return `#${hex.toLowerCase()}`;
}

/** Relative luminance (WCAG) of `#rrggbb`, 0 black to 1 white. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
