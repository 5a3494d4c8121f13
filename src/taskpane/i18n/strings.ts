import { createContext, useContext } from "react";
import type { Language } from "../../core/messages/messages";
import { en } from "./en";
import { ja, type PaneStrings } from "./ja";

export type { PaneStrings };

const StringsContext = createContext<PaneStrings>(ja);

export const StringsProvider = StringsContext.Provider;

/** The pane's words in the language the entry chose. */
export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}

export function stringsFor(language: Language): PaneStrings {
  return language === "en" ? en : ja;
}
