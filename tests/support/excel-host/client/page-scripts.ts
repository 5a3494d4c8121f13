/**
 * The scripts a Chromium page gets in place of Microsoft's CDN: `office.js` becomes a small loader
 * that defines `Office.onReady` at once and then loads, in order, the pinned Excel client (the file
 * from node_modules, unchanged) and the start-up shim (office-shim.ts, transpiled as is).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { ShimConfig } from "./office-shim";
import { CLIENT_SCRIPT } from "./node-client";

/** Where add-in pages load Office.js from. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const HOSTED_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const CLIENT_URL = `${HOSTED_BASE}excel-web-16.00.js`;
export const SHIM_URL = `${HOSTED_BASE}excel-host-shim.js`;

/** The loader served as office.js; `config` is the host's Office settings for this page. */
export function loaderScript(config: ShimConfig): string {
  return `(function () {
  var boot = { config: ${JSON.stringify(config)} };
  boot.ready = new Promise(function (resolve) { boot.resolve = resolve; });
  window.__excelHostBoot = boot;
  // The client makes window.Office its Microsoft.Office.WebExtension namespace, creating it only
  // when missing; defining it here keeps this early onReady for page scripts that run in between.
  var ms = (window.Microsoft = window.Microsoft || {});
  var msOffice = (ms.Office = ms.Office || {});
  var early = (msOffice.WebExtension = msOffice.WebExtension || window.Office || {});
  window.Office = early;
  early.onReady = function (callback) {
    return boot.ready.then(function (info) { if (callback) callback(info); return info; });
  };
  [${JSON.stringify(CLIENT_URL)}, ${JSON.stringify(SHIM_URL)}].forEach(function (src) {
    var script = document.createElement("script");
    script.src = src;
    script.async = false;
    (document.head || document.documentElement).appendChild(script);
  });
})();
`;
}

export function clientScript(): string {
  return readFileSync(CLIENT_SCRIPT, "utf8");
}

let shim: string | undefined;

/** office-shim.ts compiled for the page, then started against the bridge functions the test exposes. */
export function shimScript(): string {
  shim ??= compileShim();
  return shim;
}

function compileShim(): string {
  const source = readFileSync(join(__dirname, "office-shim.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS },
  });
  return `(function () {
  var module = { exports: {} };
  var exports = module.exports;
  ${outputText}
  var boot = window.__excelHostBoot;
  var pending = 0;
  window.__excelHostPending = function () { return pending; };
  var link = {
    send: function (body, flags) {
      pending++;
      return window.__excelHostSend(body, flags).finally(function () { pending--; });
    },
    record: function (event) { window.__excelHostRecord(event); },
  };
  window.__excelHostShim = module.exports.installOfficeShim(window, boot.config, link);
  window.Office.onReady().then(boot.resolve);
})();
`;
}
