/**
 * The same client in headless Chromium: the page asks Microsoft's CDN for Office.js, gets the
 * pinned client and the shim instead, and its requests are answered by the Node-side host. The
 * bytes match the Node run exactly, since it is the same client building the same requests.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { tempDir } from "../../builders/xlsx";
import { launchChromium, type ChromiumSession } from "../browser/chromium";
import { serveDirectory } from "../browser/static-server";
import { attachExcelHost, HARNESS_PAGE, type PageExcelHost } from "./chromium";
import { CLIENT_URL, OFFICE_JS_CDN, SHIM_URL } from "./client/page-scripts";
import { createEmulatedHost } from "./create-excel-host";
import type { ExcelHost } from "./host/excel-host";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "..", "..", "..", "examples", "measure-list-sample.xlsx");
let chromium: ChromiumSession;
let page: Page;
let host: ExcelHost;
let bridge: PageExcelHost;

beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});
beforeEach(async () => {
  host = await createEmulatedHost({ xlsx: SAMPLE, sets: { ExcelApi: "1.8" } });
  page = await chromium.newPage();
  bridge = await attachExcelHost(page, host);
  await page.goto(HARNESS_PAGE);
});
afterEach(async () => {
  await page.close();
  expect(host.gaps).toEqual([]);
});

test("add-in code in the page reads the sample list and writes a value, with the Node run's syncs and bytes", async () => {
  const result = await page.evaluate(async () => {
    await Office.onReady();
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("施策リスト");
      const used = sheet.getUsedRange(true);
      used.load("address,values");
      await context.sync();

      const rows = used.values;
      const at = rows.findIndex((row) => row[0] === "C3" && row[1] === 2);
      const weather = sheet.getCell(at, 13);
      weather.values = [["☁"]];
      weather.load("address");
      await context.sync();
      return {
        address: used.address,
        rows: rows.length,
        measure: rows[at].slice(0, 3),
        written: weather.address,
      };
    });
  });
  await bridge.settle();

  expect(result).toEqual({
    address: "施策リスト!A1:P60",
    rows: 60,
    measure: ["C3", 2, "総務部"],
    written: "施策リスト!N60",
  });
  expect(host.values("施策リスト!N60")).toEqual([["☁"]]);
  host.expectBudget({ syncs: 2 });
  expect(host.stats().requests).toEqual([
    { requestBytes: 861, responseBytes: 26815 },
    { requestBytes: 983, responseBytes: 315 },
    { requestBytes: 397, responseBytes: 98 },
  ]);
  expect(bridge.requests).toEqual([HARNESS_PAGE, OFFICE_JS_CDN, CLIENT_URL, SHIM_URL]);
  expect(bridge.blocked).toEqual([]);
});

test("a request the harness does not serve is refused and recorded", async () => {
  const outcome = await page.evaluate(() =>
    fetch("https://example.com/telemetry").then(
      () => "reached",
      () => "refused",
    ),
  );
  expect(outcome).toBe("refused");
  expect(bridge.blocked).toEqual(["https://example.com/telemetry"]);
});

test("the page sees the configured Office context: sets, language, theme, errors from the host", async () => {
  const seen = await page.evaluate(async () => {
    await Office.onReady();
    const failure = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("存在しない").load("name");
      await context.sync();
    }).catch((e: OfficeExtension.Error) => ({ code: e.code, statement: e.debugInfo.statement }));
    return {
      excel18: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
      excel19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
      language: Office.context.displayLanguage,
      theme: Office.context.officeTheme ?? null,
      failure,
    };
  });
  expect(seen).toEqual({
    excel18: true,
    excel19: false,
    language: "ja-JP",
    theme: null,
    failure: { code: "ItemNotFound", statement: "var worksheet = worksheets.getItem(...);" },
  });
});

test("injected faults reach the page as in Node: a refused request, then a lost answer", async () => {
  host.failRequest(1);
  host.loseResponse(2, "InvalidOrTimedOutSession");
  const codes = await page.evaluate(async () => {
    await Office.onReady();
    const write = (value: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("施策リスト").getRange("N60").values = [[value]];
        await context.sync();
      }).catch((e: OfficeExtension.Error) => e.code);
    return [await write("refused"), await write("lost")];
  });
  await bridge.settle();
  expect(codes).toEqual(["GeneralException", "InvalidOrTimedOutSession"]);
  expect(host.records.map((r) => [r.error, r.lost])).toEqual([
    ["GeneralException", false],
    ["InvalidOrTimedOutSession", true],
  ]);
  expect(host.values("施策リスト!N60")).toEqual([["lost"]]);
});

test("ribbon functions and dialogs run in the page as Office would call them", async () => {
  await page.evaluate(async () => {
    await Office.onReady();
    Office.actions.associate("showSummary", (event: Office.AddinCommands.Event) => {
      Office.context.ui.displayDialogAsync(
        "https://localhost:3000/dialog.html?r=ok",
        { height: 30, width: 20 },
        () => event.completed(),
      );
    });
  });
  await expect(bridge.invokeAction("showSummary")).resolves.toEqual({ completed: true, options: null });
  expect(await bridge.dialogs()).toEqual([
    {
      url: "https://localhost:3000/dialog.html?r=ok",
      options: { height: 30, width: 20 },
      open: true,
      messagesToDialog: [],
    },
  ]);
});

test("a page served from disk loads office.js from the CDN unchanged and runs against the host", async () => {
  // A stand-in for the built pane: an HTML page with the CDN script tag and its own bundle.
  const site = tempDir("excel-host-site-");
  writeFileSync(
    site.path("taskpane.html"),
    `<!doctype html><html><head><meta charset="utf-8">
<script src="${OFFICE_JS_CDN}"></script><script src="taskpane.js"></script></head><body></body></html>`,
  );
  writeFileSync(
    site.path("taskpane.js"),
    `Office.onReady(() => Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("施策リスト").getRange("N60");
      cell.values = [["☂"]];
      cell.select();
      await context.sync();
      Office.context.ui.displayDialogAsync(location.origin + "/done.html", {}, () => { document.body.dataset.done = "yes"; });
    }));`,
  );
  const server = await serveDirectory(site.dir);
  try {
    const served = await chromium.newPage();
    const pageBridge = await attachExcelHost(served, host, { allow: (url) => url.origin === server.origin });
    const errors: string[] = [];
    served.on("pageerror", (e) => errors.push(e.message));
    await served.goto(`${server.origin}/taskpane.html`);
    await served.waitForSelector("body[data-done=yes]", { state: "attached", timeout: 10_000 });
    expect(errors).toEqual([]);
    await pageBridge.settle();
    expect(host.values("施策リスト!N60")).toEqual([["☂"]]);
    expect(host.selection()).toBe("施策リスト!N60");
    expect(await pageBridge.dialogs()).toEqual([
      { url: `${server.origin}/done.html`, options: {}, open: true, messagesToDialog: [] },
    ]);
    expect(pageBridge.requests).toEqual([
      `${server.origin}/taskpane.html`,
      OFFICE_JS_CDN,
      `${server.origin}/taskpane.js`,
      CLIENT_URL,
      SHIM_URL,
    ]);
    expect(pageBridge.blocked).toEqual([]);
    await served.close();
  } finally {
    await server.close();
    site.cleanup();
  }
});
