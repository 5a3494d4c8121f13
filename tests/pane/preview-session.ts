/**
 * preview.html as the preview tests open it: the built page (dist/, from `npm run build`) served on
 * localhost and driven in Chromium, on the bundled sample, with every request the page makes
 * recorded. `usePreview()` sets up the browser and the server for one test file; the tests are
 * split by what they look at (writes, reach, hostile input) so Jest's two workers share them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import type { WorkbookGrid } from "../../src/core/port/grid";
import { fflateCodec, openPackage, readWorkbookGrid } from "../../src/xlsx/index";
import { tempDir } from "../builders/xlsx";
import { launchChromium, type ChromiumSession } from "../support/browser/chromium";
import { serveDirectory, type StaticServer } from "../support/browser/static-server";
import { guardPage, type PageGuards } from "./page-guards";

const DIST = join(__dirname, "..", "..", "dist");

export interface PreviewSuite {
  /** The preview on the sample, in Japanese, the check shown. */
  openPreview(): Promise<{ page: Page; guards: PageGuards }>;
  /** The workbook the page offers for download, read back with the .xlsx adapter. */
  downloaded(page: Page): Promise<WorkbookGrid & { bytes: Uint8Array }>;
  /** Requests that are not one of the built page's own files. */
  foreignRequests(guards: PageGuards): string[];
  readonly temp: ReturnType<typeof tempDir>;
}

/** A browser and the built pages' server for the test file that calls it (in its top level). */
export function usePreview(): PreviewSuite {
  let chromium: ChromiumSession;
  let site: StaticServer;
  const temp = tempDir("preview-test-");

  // A real browser: each step waits for the page, and a whole flow takes seconds.
  jest.setTimeout(60_000);

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
    async openPreview() {
      const page = await chromium.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const guards = guardPage(page);
      await page.goto(`${site.origin}/preview.html`);
      await page.getByLabel(/^(Language|表示言語)$/u).selectOption("ja");
      await page.getByText("エラー 1 件・警告 8 件").waitFor();
      return { page, guards };
    },
    async downloaded(page) {
      const [download]: [Download, void] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "結果をダウンロード" }).click(),
      ]);
      const path = temp.path(`${Date.now()}-${download.suggestedFilename()}`);
      await download.saveAs(path);
      const bytes = new Uint8Array(readFileSync(path));
      const pkg = openPackage(bytes, fflateCodec);
      if (!pkg.ok) throw new Error(pkg.error.code);
      return { ...readWorkbookGrid(pkg.value), bytes };
    },
    foreignRequests(guards) {
      return guards.requests.filter((url) => {
        const u = new URL(url);
        return u.origin !== site.origin || !/^\/(preview\.html|[\w.-]+\.js)$/u.test(u.pathname);
      });
    },
  };
}

export function sheetRows(book: WorkbookGrid, name: string) {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
  return sheet.rows;
}
