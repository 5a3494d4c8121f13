import type { Language } from "../core/messages/messages";
import type { Quarter } from "../core/calendar/fiscal-calendar";
import type { WorkbookSettings } from "./settings/workbook-settings";

/**
 * The colours Office gives an add-in (`Office.context.officeTheme`), copied into plain data by
 * src/excel's `officeTheme()` so the pane never touches Office.js. Excel on the web may give none:
 * then null.
 */
export interface OfficeThemeColors {
  readonly bodyBackground: string;
  readonly bodyForeground: string;
  readonly controlBackground: string;
  readonly controlForeground: string;
  readonly isDark: boolean;
}

/** Where the pane runs: inside Excel, or on a workbook held in the browser (preview.html). */
export type PaneHostKind = "excel" | "preview";

/**
 * What an entry tells the pane about its surroundings. The Office entry and the preview differ
 * only in this and in the WorkbookHost they pass.
 */
export interface PaneEnvironment {
  readonly language: Language;
  readonly theme: OfficeThemeColors | null;
  readonly host: PaneHostKind;
  /** The person's clock: the default quarter and the times in 変更履歴 come from it. */
  readonly now: () => Date;
  /** A quarter to start on instead of the last ended one (the bundled sample's own date). */
  readonly quarter?: Quarter;
  /** Where the PL's department is remembered; null where the browser keeps nothing. */
  readonly storage: Pick<Storage, "getItem" | "setItem"> | null;
  /** What the PMO keeps with the workbook (the chase message's sender and reply-by date). */
  readonly settings: WorkbookSettings;
}

/** The browser's localStorage, or null where using it throws (storage blocked in a frame). */
export function browserStorage(): PaneEnvironment["storage"] {
  try {
    const storage = globalThis.localStorage;
    storage.getItem("measure-list:probe");
    return storage;
  } catch {
    return null;
  }
}
