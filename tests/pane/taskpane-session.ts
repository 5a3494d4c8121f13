/**
 * The real task pane as its tests open it: dist/taskpane.html as users get it, in Chromium, with
 * office.js from the CDN routed to Microsoft's pinned client and the emulated Excel host loaded
 * from the sample. `useTaskpane()` sets up the browser and the server for one test file; the tests
 * are split by what they look at (the writes, the views) so Jest's two workers share them.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { tempDir } from "../builders/xlsx";
import { launchChromium, type ChromiumSession } from "../support/browser/chromium";
import { serveDirectory, type StaticServer } from "../support/browser/static-server";
import { attachExcelHost, type PageExcelHost } from "../support/excel-host/chromium";
import { createEmulatedHost, type ExcelHostOptions } from "../support/excel-host/create-excel-host";
import type { ExcelHost } from "../support/excel-host/host/excel-host";
import { guardPage, type PageGuards } from "./page-guards";

const DIST = join(__dirname, "..", "..", "dist");
export const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");

export interface Pane {
  readonly page: Page;
  readonly host: ExcelHost;
  readonly bridge: PageExcelHost;
  readonly guards: PageGuards;
}

export interface TaskpaneSuite {
  /** The pane in a task pane's size, on the sample (or `options.xlsx`), once `ready` is shown. */
  openPane(options?: ExcelHostOptions, ready?: string): Promise<Pane>;
  /** A blank page, for a test that watches the pane open. */
  newPage(): Promise<Page>;
  /** Where dist/ is served. */
  origin(): string;
  readonly temp: ReturnType<typeof tempDir>;
}

/** A browser and the built pages' server for the test file that calls it (in its top level). */
export function useTaskpane(): TaskpaneSuite {
  let chromium: ChromiumSession;
  let site: StaticServer;
  const temp = tempDir("taskpane-test-");

  // A real browser and Microsoft's client: a whole flow takes seconds.
  jest.setTimeout(90_000);

  beforeAll(async () => {
    chromium = await launchChromium();
    site = await serveDirectory(DIST);
  });

  afterAll(async () => {
    await chromium?.close();
    await site?.close();
    temp.cleanup();
  });

  return {
    temp,
    newPage: () => chromium.newPage(),
    origin: () => site.origin,
    async openPane(options = {}, ready = "エラー 1 件・警告 6 件") {
      const host = await createEmulatedHost({ xlsx: SAMPLE, ...options });
      const page = await chromium.newPage();
      await page.setViewportSize({ width: 360, height: 900 });
      const guards = guardPage(page);
      const bridge = await attachExcelHost(page, host, { allow: (url) => url.origin === site.origin });
      await page.goto(`${site.origin}/taskpane.html`);
      await page.getByText(ready).first().waitFor();
      await bridge.settle();
      return { page, host, bridge, guards };
    },
  };
}

/** Syncs (Excel on the web's round trips) that `act` took, after the page went quiet again. */
export async function syncsOf(pane: Pane, act: () => Promise<void>): Promise<number> {
  await pane.bridge.settle();
  pane.host.clearRecords();
  await act();
  await pane.bridge.settle();
  // Every request under the 5 MB cap, whatever the count.
  pane.host.expectBudget({});
  return pane.host.syncs;
}

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name, exact: true }).click();
}

/** The 変更履歴 sheet's rows below its header: operation, sheet, cell, old, new. */
export function history(host: ExcelHost): unknown[][] {
  const rows = host.snapshot("変更履歴").values.slice(1);
  return rows.map((r) => [r[1], r[2], r[3], r[4], r[5]]);
}
