import type { PaneEnvironment } from "../environment";

/** Where this computer keeps the name a person gave for 変更履歴; only the name, nothing else. */
export const PERSON_NAME_KEY = "measure-list:person-name";

/**
 * The name the person gave once for 変更者 in 変更履歴, as this computer keeps it: Excel offers an
 * add-in nobody's identity, so the pane asks and the browser remembers (the ribbon's commands,
 * in the same runtime, read it too). "" when none was given or the browser keeps nothing.
 */
export function readPersonName(storage: PaneEnvironment["storage"]): string {
  try {
    return storage?.getItem(PERSON_NAME_KEY)?.trim() ?? "";
  } catch {
    return "";
  }
}

/** Keeps the name on this computer; false where the browser keeps nothing (then it lasts the session). */
export function savePersonName(storage: PaneEnvironment["storage"], name: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PERSON_NAME_KEY, name.trim());
    return true;
  } catch {
    return false;
  }
}
