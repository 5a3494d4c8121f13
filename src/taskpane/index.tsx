/**
 * The task pane's start-up boundary: waits for Office once, then renders the pane on the open
 * workbook, with the language and theme src/excel reads from Office. In the shared runtime this
 * page also hosts the ribbon commands (src/commands/commands.ts), whose チェック dialog can ask
 * the pane to show the check.
 */
import { StrictMode, Suspense, lazy } from "react";
import { createRoot } from "react-dom/client";
import { onPaneViewRequest } from "../commands/pane-requests";
import { displayLanguage, officeTheme } from "../excel/environment";
import { createOfficeHost } from "../excel/office-host";
import { officeHostWhenReady } from "../excel/startup";
import { officeSettings } from "../excel/workbook-settings";
import type { HostStatus } from "./office-status";
import { browserStorage } from "./environment";
import { Pane } from "./pane";

const OfficeStatus = lazy(() => import("./office-status"));

const container = document.getElementById("root");
if (container === null) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

/** Outside Excel there is no workbook: say why instead of showing an empty pane. */
function renderStatus(status: HostStatus): void {
  root.render(
    <StrictMode>
      <Suspense fallback={null}>
        <OfficeStatus status={status} />
      </Suspense>
    </StrictMode>,
  );
}

function renderPane(): void {
  root.render(
    <StrictMode>
      <Pane
        host={createOfficeHost()}
        env={{
          language: displayLanguage(),
          theme: officeTheme(),
          host: "excel",
          now: () => new Date(),
          storage: browserStorage(),
          settings: officeSettings(),
        }}
        viewRequests={onPaneViewRequest}
      />
    </StrictMode>,
  );
}

void officeHostWhenReady().then((host) => {
  if (host === "Excel") renderPane();
  else renderStatus(host === "no-office" ? { kind: "no-office" } : { kind: "ready", host });
});
