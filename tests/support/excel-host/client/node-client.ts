/**
 * Loads Microsoft's pinned Excel client (`@microsoft/office-js`, `dist/excel-web-16.00.js`) into
 * Node's main realm, once per process, behind the few browser globals it reads. The file is read
 * from node_modules and run as is; nothing of it is copied or changed.
 *
 * Jest runs each test file in its own realm; the client stays in the main realm (objects made in
 * another realm fail the client's plain-object checks), and `exposeClient` copies its namespaces
 * (`Excel`, `Office`, `OfficeExtension`) into the realm of the calling test.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";

export const CLIENT_SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
export const CLIENT_DEBUG_SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

const NAMESPACES = ["Excel", "Office", "OfficeExtension", "OfficeCore", "OSF"] as const;

export type MainRealm = Record<string, unknown>;

/** The main realm's global object with the client loaded in it. */
export function loadClientInNode(): MainRealm {
  const realm = vm.runInThisContext("globalThis") as MainRealm;
  if (realm.Excel) return realm;
  realm.window = realm;
  realm.document = browserDocument();
  realm.location = new URL("https://localhost:3000/taskpane.html");
  if (!("navigator" in realm)) {
    Object.defineProperty(realm, "navigator", {
      value: { userAgent: "Mozilla/5.0 (excel-host; Node)", language: "ja-JP", languages: ["ja-JP"] },
      configurable: true,
    });
  }
  vm.runInThisContext(readFileSync(CLIENT_SCRIPT, "utf8"), { filename: CLIENT_SCRIPT });
  if (!realm.Excel) throw new Error(`excel-host: ${CLIENT_SCRIPT} did not define Excel`);
  return realm;
}

/** Makes the client's namespaces globals of `target` (the calling test file's realm). */
export function exposeClient(realm: MainRealm, target: Record<string, unknown> = globalThis as never): void {
  if ((target as unknown) === realm) return;
  for (const name of NAMESPACES) target[name] = realm[name];
  // The pane's own address, as add-in code reads it to open dialog.html beside itself.
  target.location = realm.location;
}

/** The part of `document` the client touches while loading and running without a page. */
function browserDocument(): Record<string, unknown> {
  const element = (): Record<string, unknown> => ({ setAttribute() {}, appendChild() {}, style: {} });
  return {
    readyState: "complete",
    cookie: "",
    URL: "https://localhost:3000/taskpane.html",
    getElementById: () => null,
    getElementsByTagName: () => [],
    querySelector: () => null,
    createElement: element,
    addEventListener() {},
    removeEventListener() {},
    documentElement: element(),
    head: element(),
    body: element(),
  };
}
