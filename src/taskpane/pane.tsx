import { FluentProvider, useId } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { defaultQuarter, todayFrom, type Quarter } from "../core/calendar/fiscal-calendar";
import type { WorkbookHost } from "../core/port/host";
import type { PaneEnvironment } from "./environment";
import { StringsProvider, stringsFor } from "./i18n/strings";
import { ListStatus } from "./list-status";
import { LiveRegion } from "./live-region";
import { PaneHeader, type PaneView } from "./pane-header";
import { PmoView } from "./pmo/pmo-view";
import { SessionProvider, type PaneSession } from "./session/session";
import { useList } from "./session/use-list";
import { useWriter } from "./session/use-writer";
import { usePaneStyles } from "./styles";
import { paneTheme } from "./theme";
import { usePersonName } from "./settings/use-person-name";
import { WriteStatus } from "./write/write-status";
import { useFocusReturn } from "./write/focus-return";

// The first screen is the PMO's check; the PL's cards and the write confirmation load when used.
const PlView = lazy(() => import("./pl/pl-view"));
const WriteDialog = lazy(() => import("./write/write-dialog"));

export interface PaneProps {
  readonly host: WorkbookHost;
  readonly env: PaneEnvironment;
  /**
   * Where the ribbon asks the pane to show a view (its チェック dialog's "open the pane at the
   * issues"); returns the function that stops listening. The preview has no ribbon.
   */
  readonly viewRequests?: (listener: (view: "check") => void) => () => void;
}

/**
 * The task pane: the PMO's view and the PL's view of one workbook. The Office entry and the
 * preview render it with their own host and environment and nothing else.
 */
export function Pane({ host, env, viewRequests }: PaneProps) {
  const strings = stringsFor(env.language);
  const theme = useMemo(() => paneTheme(env.theme), [env.theme]);
  const [view, setView] = useState<PaneView>("pmo");
  const [quarter, setQuarter] = useState<Quarter>(() => env.quarter ?? defaultQuarter(todayFrom(env.now())));
  const [picked, setPicked] = useState<{ sheet: string; candidates: readonly string[] } | null>(null);
  const sheet = picked?.sheet;
  const [announcement, setAnnouncement] = useState("");
  const list = useList(host, env.language, sheet);
  const person = usePersonName(env.storage);
  const writer = useWriter({
    host,
    language: env.language,
    sheet,
    now: env.now,
    by: person.name,
    afterWrite: list.afterWrite,
  });
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  // Each request from the ribbon: the PMO's view, the list read again, the check opened and shown.
  const [checkRequests, setCheckRequests] = useState(0);
  const { reload } = list;
  useEffect(
    () =>
      viewRequests?.(() => {
        setView("pmo");
        reload();
        setCheckRequests((n) => n + 1);
      }),
    [viewRequests, reload],
  );
  const setSheet = useCallback(
    (name: string, candidates: readonly string[]) => setPicked({ sheet: name, candidates }),
    [],
  );
  const session: PaneSession = {
    host,
    env,
    quarter,
    list,
    writer,
    sheet,
    sheetCandidates: picked?.candidates ?? [],
    setSheet,
    announce,
    person,
  };
  const styles = usePaneStyles();
  // The confirmation's code loads with the first write and then stays (see WriteDialog).
  const [dialogWanted, setDialogWanted] = useState(false);
  if (!dialogWanted && writer.state.kind !== "idle") setDialogWanted(true);
  const panelId = useId("view");
  const mainRef = useRef<HTMLElement>(null);
  useFocusReturn(writer.state.kind !== "idle", mainRef);

  return (
    <FluentProvider theme={theme} lang={env.language} className={styles.root}>
      <StringsProvider value={strings}>
        <SessionProvider value={session}>
          <main ref={mainRef} className={styles.main}>
            <PaneHeader
              view={view}
              onView={setView}
              quarter={quarter}
              onQuarter={setQuarter}
              panel={panelId}
            />
            <LiveRegion text={announcement} />
            <ListStatus />
            <WriteStatus />
            <div id={panelId} role="tabpanel" aria-label={strings.views[view]} className={styles.stack}>
              {list.state.kind === "ready" &&
                (view === "pmo" ? (
                  <PmoView list={list.state.list} checkRequests={checkRequests} />
                ) : (
                  <Suspense fallback={null}>
                    <PlView list={list.state.list} />
                  </Suspense>
                ))}
            </div>
          </main>
          {dialogWanted && (
            <Suspense fallback={null}>
              <WriteDialog />
            </Suspense>
          )}
        </SessionProvider>
      </StringsProvider>
    </FluentProvider>
  );
}
