/**
 * Microsoft's Excel client in a Chromium page, answered by the Node-side emulated host. The page's
 * request for Office.js on Microsoft's CDN is routed to the pinned client plus the start-up shim,
 * so a built add-in page runs unchanged; each RichApi request crosses to Node through
 * `page.exposeFunction`. Every URL the page asks for is recorded, and anything neither served here
 * nor allowed is refused, so a test can show the page reached for nothing else.
 */
import type { Page, Route } from "playwright-core";
import type { ActionOutcome, ShimControl } from "./client/office-shim";
import {
  CLIENT_URL,
  clientScript,
  loaderScript,
  OFFICE_JS_CDN,
  SHIM_URL,
  shimScript,
} from "./client/page-scripts";
import type { ExcelHost } from "./host/excel-host";

/** A blank task pane page that loads Office.js from the CDN, for add-in code run with `page.evaluate`. */
export const HARNESS_PAGE = "https://excel-host.test/taskpane.html";

const HARNESS_HTML = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>excel-host</title>
<script src="${OFFICE_JS_CDN}"></script>
</head><body></body></html>`;

export interface PageExcelHost {
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Requests the harness refused (not Office.js, not the harness page, not allowed). */
  readonly blocked: string[];
  /** Waits until no RichApi request is in flight between the page and the host. */
  settle(): Promise<void>;
  dialogs(): Promise<
    { url: string; options: Record<string, unknown>; open: boolean; messagesToDialog: string[] }[]
  >;
  messageFromDialog(index: number, message: string): Promise<void>;
  closeDialogByUser(index: number): Promise<void>;
  invokeAction(id: string, timeoutMs?: number): Promise<ActionOutcome>;
  settings(): Promise<Record<string, unknown>>;
}

export interface AttachOptions {
  /** Other requests the page may make, e.g. its own origin when served by serveDirectory. */
  allow?: (url: URL) => boolean;
}

/** What the shim leaves on the page's window (see page-scripts.ts). */
type PageShim = { __excelHostShim: ShimControl; __excelHostPending(): number };

/** Wires `host` into `page`; call before the page navigates. */
export async function attachExcelHost(
  page: Page,
  host: ExcelHost,
  options: AttachOptions = {},
): Promise<PageExcelHost> {
  const requests: string[] = [];
  const blocked: string[] = [];
  let inFlight = 0;
  await page.exposeFunction("__excelHostSend", async (body: string, flags: number) => {
    inFlight++;
    try {
      return await host.answer(body, flags);
    } finally {
      inFlight--;
    }
  });
  await page.exposeFunction("__excelHostRecord", (event: ExcelHost["officeEvents"][number]) => {
    host.officeEvents.push(event);
  });
  page.on("request", (request) => requests.push(request.url()));
  const served: Record<string, () => { type: string; body: string }> = {
    [OFFICE_JS_CDN]: () => ({ type: "text/javascript", body: loaderScript(host.config) }),
    [CLIENT_URL]: () => ({ type: "text/javascript", body: clientScript() }),
    [SHIM_URL]: () => ({ type: "text/javascript", body: shimScript() }),
    [HARNESS_PAGE]: () => ({ type: "text/html", body: HARNESS_HTML }),
  };
  await page.route("**/*", async (route: Route) => {
    const url = route.request().url();
    const serve = served[url];
    if (serve) {
      const { type, body } = serve();
      await route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body });
    } else if (options.allow?.(new URL(url))) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });

  return {
    requests,
    blocked,
    settle: async () => {
      for (;;) {
        const pageBusy = await page.evaluate(() => {
          const w = window as unknown as Partial<PageShim>;
          return w.__excelHostPending ? w.__excelHostPending() : 0;
        });
        if (pageBusy === 0 && inFlight === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    dialogs: () =>
      page.evaluate(() =>
        (window as unknown as PageShim).__excelHostShim.dialogs.map((d) => ({
          url: d.url,
          options: d.options,
          open: d.isOpen(),
          messagesToDialog: [...d.messagesToDialog],
        })),
      ),
    messageFromDialog: (index, message) =>
      page.evaluate(([i, m]) => (window as unknown as PageShim).__excelHostShim.dialogs[i].messageParent(m), [
        index,
        message,
      ] as const),
    closeDialogByUser: (index) =>
      page.evaluate((i) => (window as unknown as PageShim).__excelHostShim.dialogs[i].closeByUser(), index),
    invokeAction: (id, timeoutMs) =>
      page.evaluate(
        ([action, ms]) => (window as unknown as PageShim).__excelHostShim.invokeAction(action, ms),
        [id, timeoutMs] as const,
      ),
    settings: () => page.evaluate(() => (window as unknown as PageShim).__excelHostShim.settings()),
  };
}
