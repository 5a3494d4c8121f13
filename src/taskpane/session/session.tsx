import { createContext, useContext } from "react";
import type { Quarter } from "../../core/calendar/fiscal-calendar";
import type { WorkbookHost } from "../../core/port/host";
import type { PaneEnvironment } from "../environment";
import type { PersonName } from "../settings/use-person-name";
import type { ListSession } from "./use-list";
import type { Writer } from "./use-writer";

/** What every view of the pane shares: the workbook, the list as read, the quarter, the writer. */
export interface PaneSession {
  readonly host: WorkbookHost;
  readonly env: PaneEnvironment;
  readonly quarter: Quarter;
  readonly list: ListSession;
  readonly writer: Writer;
  /** The sheet the person picked when several hold a list; undefined lets the core choose. */
  readonly sheet: string | undefined;
  /** The sheets that held a list when the person first picked one, so the picker stays. */
  readonly sheetCandidates: readonly string[];
  setSheet(sheet: string, candidates: readonly string[]): void;
  /** Says a result to screen readers through the pane's live region. */
  announce(text: string): void;
  /** 変更者: the name this computer keeps for 変更履歴. */
  readonly person: PersonName;
}

const SessionContext = createContext<PaneSession | null>(null);

export const SessionProvider = SessionContext.Provider;

export function useSession(): PaneSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the pane");
  return session;
}
