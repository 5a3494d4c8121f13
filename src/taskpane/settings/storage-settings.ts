import type { PaneEnvironment } from "../environment";
import type { SettingKey, WorkbookSettings } from "./workbook-settings";

const PREFIX = "measure-list:settings:";

/**
 * The workbook's settings kept in this browser's storage: the preview's, whose workbook lives
 * only in the page. Nothing is kept where the browser keeps nothing.
 */
export function storageSettings(storage: PaneEnvironment["storage"]): WorkbookSettings {
  return {
    get: (key) => {
      try {
        return storage?.getItem(PREFIX + key) ?? "";
      } catch {
        return "";
      }
    },
    save: (values) => {
      try {
        if (!storage) return Promise.resolve(false);
        for (const [key, value] of Object.entries(values) as [SettingKey, string][])
          storage.setItem(PREFIX + key, value);
        return Promise.resolve(true);
      } catch {
        return Promise.resolve(false);
      }
    },
  };
}
