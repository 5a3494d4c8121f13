import { useCallback, useState } from "react";
import type { WorkbookSettings } from "./workbook-settings";

/** The chase message's sender and reply-by date (`2025-10-10`), "" for none. */
export interface ChaseSettings {
  readonly sender: string;
  readonly replyBy: string;
}

export interface ChaseSettingsState {
  /** What the fields hold now: the messages follow it as the PMO types. */
  readonly draft: ChaseSettings;
  readonly edit: (change: Partial<ChaseSettings>) => void;
  /** Whether the fields differ from what the workbook keeps. */
  readonly dirty: boolean;
  /** Keeps the fields in the workbook's settings; false when they could not be kept. */
  readonly save: () => Promise<boolean>;
}

/** The PMO's chase settings as the workbook keeps them, and the fields that edit them. */
export function useChaseSettings(settings: WorkbookSettings): ChaseSettingsState {
  const [saved, setSaved] = useState<ChaseSettings>(() => ({
    sender: settings.get("chase.sender"),
    replyBy: settings.get("chase.replyBy"),
  }));
  const [draft, setDraft] = useState<ChaseSettings>(saved);
  const edit = useCallback((change: Partial<ChaseSettings>) => setDraft((d) => ({ ...d, ...change })), []);
  const save = useCallback(async () => {
    const kept = { sender: draft.sender.trim(), replyBy: draft.replyBy };
    const ok = await settings.save({ "chase.sender": kept.sender, "chase.replyBy": kept.replyBy });
    if (ok) setSaved(kept);
    return ok;
  }, [settings, draft]);
  const dirty = draft.sender.trim() !== saved.sender || draft.replyBy !== saved.replyBy;
  return { draft, edit, dirty, save };
}
