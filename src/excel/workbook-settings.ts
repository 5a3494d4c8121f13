import type { SettingKey, WorkbookSettings } from "../taskpane/settings/workbook-settings";

/** Every key this add-in keeps in a document's settings starts with this. */
const PREFIX = "measure-list.";

/**
 * The pane's workbook settings in Excel: `Office.context.document.settings`, saved inside the
 * workbook so every PMO and PL who opens it gets the same. A save that fails puts back what was
 * kept before, so the settings in memory never differ from the workbook's.
 */
export function officeSettings(): WorkbookSettings {
  const settings = () => Office.context.document.settings;
  return {
    get: (key) => {
      const value: unknown = settings().get(PREFIX + key);
      return typeof value === "string" ? value : "";
    },
    save: (values) =>
      new Promise<boolean>((resolve) => {
        const bag = settings();
        const entries = Object.entries(values) as [SettingKey, string][];
        const before = entries.map(([key]) => [key, bag.get(PREFIX + key) as unknown] as const);
        for (const [key, value] of entries) {
          if (value === "") bag.remove(PREFIX + key);
          else bag.set(PREFIX + key, value);
        }
        bag.saveAsync((result) => {
          const saved = result.status === Office.AsyncResultStatus.Succeeded;
          if (!saved)
            for (const [key, value] of before) {
              if (value === null || value === undefined) bag.remove(PREFIX + key);
              else bag.set(PREFIX + key, value);
            }
          resolve(saved);
        });
      }),
  };
}
