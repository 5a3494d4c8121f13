/**
 * The task pane's start-up boundary: waits for Office once, then renders the app with what it
 * learnt. In the shared runtime this page also hosts the ribbon commands (src/commands/commands.ts).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type HostStatus } from "./App";

const container = document.getElementById("root");
if (container === null) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function render(status: HostStatus): void {
  root.render(
    <StrictMode>
      <App status={status} />
    </StrictMode>,
  );
}

// eslint-disable-next-line no-restricted-globals -- start-up boundary: office.js may not have loaded
if (typeof Office === "undefined") {
  render({ kind: "no-office" });
} else {
  // eslint-disable-next-line no-restricted-globals -- start-up boundary: wait for the host once
  void Office.onReady().then((info) =>
    // office.js's HostType and PlatformType values are their names as strings ("Excel",
    // "OfficeOnline"), whatever the typings say; host and platform are null outside Office.
    render({ kind: "ready", host: nameOrNull(info.host), platform: nameOrNull(info.platform) }),
  );
}

function nameOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
