import { useCallback, useState } from "react";
import type { PaneEnvironment } from "../environment";
import { readPersonName, savePersonName } from "./person-name";

/** The name 変更履歴 records as 変更者, as the pane holds it. */
export interface PersonName {
  /** "" until the person gives one; trimmed. */
  readonly name: string;
  /** As typed, spaces included, for the field being typed into. */
  readonly typed: string;
  /** Takes a new name and keeps it on this computer (for this session only where the browser keeps nothing). */
  readonly set: (typed: string) => void;
}

/** The person's name for 変更履歴: read once from this computer, kept there when changed. */
export function usePersonName(storage: PaneEnvironment["storage"]): PersonName {
  const [typed, setTyped] = useState(() => readPersonName(storage));
  const set = useCallback(
    (next: string) => {
      setTyped(next);
      savePersonName(storage, next);
    },
    [storage],
  );
  return { name: typed.trim(), typed, set };
}
