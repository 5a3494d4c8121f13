/**
 * The ribbon buttons in the built page, in Chromium: taskpane.html as users get it (it hosts the
 * commands in the shared runtime), office.js from the CDN routed to Microsoft's pinned client and
 * the emulated Excel host. Then dialog.html as a button opens it: the result as plain text.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type ChromiumSession } from "../support/browser/chromium";
import { serveDirectory } from "../support/browser/static-server";
import { attachExcelHost } from "../support/excel-host/chromium";
import { createEmulatedHost } from "../support/excel-host/create-excel-host";

jest.setTimeout(60_000);

const DIST = join(__dirname, "..", "..", "dist");
const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");

let chromium: ChromiumSession;
let site: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  chromium = await launchChromium();
  site = await serveDirectory(DIST);
});
afterAll(async () => {
  await chromium?.close();
  await site?.close();
});

async function openPane(host: Awaited<ReturnType<typeof createEmulatedHost>>) {
  const page = await chromium.newPage();
  const bridge = await attachExcelHost(page, host, { allow: (url) => url.origin === site.origin });
  await page.goto(`${site.origin}/taskpane.html`);
  return { page, bridge };
}

test("サマリー作成 in the built page: the summary sheet, a dialog, the event completed, nothing else fetched", async () => {
  const host = await createEmulatedHost({ xlsx: SAMPLE });
  const { page, bridge } = await openPane(host);
  const outcome = await bridge.invokeAction("summary");
  await bridge.settle();
  expect(outcome.completed).toBe(true);
  expect(host.workbook.sheets.map((s) => s.name)[1]).toMatch(/^サマリー_R\dQ\d$/u);
  const [dialog] = await bridge.dialogs();
  expect(new URL(dialog.url).pathname).toBe("/dialog.html");
  expect(bridge.blocked).toEqual([]);
  expect(host.gaps).toEqual([]);
  await page.close();
});

test("チェック on a workbook without the list still completes, and its dialog says why", async () => {
  const host = await createEmulatedHost({ sheets: [{ name: "名簿", rows: [["氏名"], ["山田"]] }] });
  const { page, bridge } = await openPane(host);
  expect((await bridge.invokeAction("check")).completed).toBe(true);
  const [dialog] = await bridge.dialogs();
  expect(decodeURIComponent(new URL(dialog.url).hash)).toContain("このブックに施策リストが見つかりません");
  await page.close();
});

test("dialog.html shows any text as plain text, runs nothing, and breaks no policy", async () => {
  const host = await createEmulatedHost({});
  const page: Page = await chromium.newPage();
  const bridge = await attachExcelHost(page, host, { allow: (url) => url.origin === site.origin });
  const violations: string[] = [];
  const alerts: string[] = [];
  page.on("console", (m) => m.type() === "error" && violations.push(m.text()));
  page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  const hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  const content = {
    title: "チェック",
    lines: [hostile, "javascript:alert(3)"],
    offerPane: true,
    ok: true,
    language: "ja",
  };
  await page.goto(`${site.origin}/dialog.html#${encodeURIComponent(JSON.stringify(content))}`);
  await page.waitForSelector("button");
  expect(await page.locator("p").allTextContents()).toEqual([hostile, "javascript:alert(3)"]);
  expect(await page.locator("img, script:not([src])").count()).toBe(0);
  expect(await page.getByRole("button").allTextContents()).toEqual(["作業ウィンドウで見る", "閉じる"]);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("作業ウィンドウで見る");
  expect([violations, alerts, bridge.blocked]).toEqual([[], [], []]);
  // The button answers the command that opened the dialog, through Office.
  await page.getByRole("button", { name: "作業ウィンドウで見る" }).click();
  for (let i = 0; i < 100 && !host.officeEvents.some((e) => e.kind === "messageToParent"); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  expect(host.officeEvents).toContainEqual({ kind: "messageToParent", message: "open-pane" });
  await page.close();
});
