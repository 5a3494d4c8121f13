/**
 * The add-in's start-up boundary with Office: waiting for Office once, and registering the ribbon
 * functions. The pane's and the commands' entries call these, so Office.js stays in src/excel.
 */

/** What a ribbon function is given: it must call `completed()` on every path. */
export interface RibbonEvent {
  completed(): void;
}

export type RibbonFunction = (event: RibbonEvent) => Promise<void>;

/**
 * The Office host the page runs in once Office is ready ("Excel", or null outside Office), or
 * "no-office" when office.js itself did not load (the page opened straight in a browser).
 */
export async function officeHostWhenReady(): Promise<string | null | "no-office"> {
  if (typeof Office === "undefined") return "no-office";
  const info = await ready();
  // office.js's HostType values are their names as strings ("Excel"), whatever the typings say.
  return info.host === null || info.host === undefined ? null : String(info.host);
}

/**
 * Registers a ribbon function under its manifest FunctionName: at once where office.js has its
 * common API when this runs (Office's own hosts, as Microsoft's samples do, so an early click is
 * not missed), and again once Office is ready (associating twice keeps the last). The function
 * itself starts only once Office is ready; if Office never gets ready the event is completed, so
 * the button does not stay busy.
 */
export function associateAction(id: string, run: RibbonFunction): void {
  const handler = (event: RibbonEvent) => {
    void ready().then(
      () => run(event),
      () => event.completed(),
    );
  };
  // Outside Office (office.js unreachable, or the page opened in a plain browser tab) there is no
  // ribbon to register with; the pane says so once, and the commands must add no error of theirs.
  if (typeof Office === "undefined") return;
  if (typeof Office.actions?.associate === "function") Office.actions.associate(id, handler);
  void ready().then(
    () => {
      if (typeof Office.actions?.associate === "function") Office.actions.associate(id, handler);
    },
    () => undefined,
  );
}

let readiness: Promise<{ host: Office.HostType | null }> | null = null;

/** Office.onReady, asked once for the page. */
function ready(): Promise<{ host: Office.HostType | null }> {
  readiness ??= Office.onReady();
  return readiness;
}
