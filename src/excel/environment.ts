import { languageOf, type Language } from "../core/messages/messages";
import type { OfficeThemeColors } from "../taskpane/environment";

/**
 * What the front ends need to know about the Office they run in, asked here so no other folder
 * touches Office.js: the reader's language and, where Excel provides it, the theme.
 */
export function displayLanguage(): Language {
  return languageOf(Office.context?.displayLanguage);
}

/** Office's theme colours, or null: Excel on the web may give none, and then the pane uses Fluent's light theme. */
export function officeTheme(): OfficeThemeColors | null {
  const theme = Office.context?.officeTheme;
  if (!theme || !theme.bodyBackgroundColor) return null;
  return {
    bodyBackground: theme.bodyBackgroundColor,
    bodyForeground: theme.bodyForegroundColor,
    controlBackground: theme.controlBackgroundColor,
    controlForeground: theme.controlForegroundColor,
    isDark: isDark(theme.bodyBackgroundColor),
  };
}

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
