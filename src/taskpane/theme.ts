import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "./environment";

/**
 * The Fluent theme that matches Office's: Fluent's light or dark theme (as Office's body colour
 * is light or dark) with Office's body and control colours laid over it. Without an
 * Office theme (Excel on the web may give none, the preview never has one) Fluent's light theme.
 */
export function paneTheme(office: OfficeThemeColors | null): Theme {
  if (office === null) return webLightTheme;
  const body = hexColor(office.bodyBackground);
  const text = hexColor(office.bodyForeground);
  const control = hexColor(office.controlBackground);
  const controlText = hexColor(office.controlForeground);
  const base = office.isDark ? webDarkTheme : webLightTheme;
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
