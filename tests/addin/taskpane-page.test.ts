/**
 * The built task pane in Chromium (tests/support/browser/chromium.ts), served from dist/ on
 * localhost under its own Content-Security-Policy. There is no Office host here, so the CDN's
 * office.js is routed to a few lines that answer Office.onReady and record the ribbon commands;
 * the page itself is the one users get, unchanged. Every other request that would leave localhost
 * is blocked and reported.
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type ChromiumSession } from "../support/browser/chromium";
import { OFFICE_JS } from "./page";

jest.setTimeout(60_000);

const DIST = join(__dirname, "..", "..", "dist");

/** Enough of office.js for the page to start: Excel on the web, ready at once. */
const OFFICE_STUB = `
  window.__associated = {};
  window.Office = {
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    actions: { associate: (name, handler) => { window.__associated[name] = handler; } },
  };`;

/**
 * office.js as a plain browser tab has it: onReady answers with no host, and there is no ribbon
 * (office.js outside Office has no \`Office.actions\` to register with).
 */
const OFFICE_NO_HOST = `
  window.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };`;

interface Visit {
  readonly page: Page;
  /** `directive blocked-uri` for each securitypolicyviolation event. */
  readonly violations: () => Promise<string[]>;
  readonly consoleErrors: string[];
  /** Requests the page made to anywhere but the local server and the routed office.js. */
  readonly escaped: string[];
}

let server: Server;
let origin: string;
let browser: ChromiumSession;

beforeAll(async () => {
  server = createServer((request, response) => {
    void serveDist(new URL(request.url ?? "/", "http://localhost").pathname).then(({ status, type, body }) =>
      response.writeHead(status, { "content-type": type }).end(body),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("loads under its policy with no violation, talking to nothing but itself and office.js", async () => {
  const visit = await openPane();
  await rendered(visit.page);
  expect(await visit.page.title()).toBe("施策リスト");
  expect(await visit.violations()).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.escaped).toEqual([]);
  // Fluent's styles took effect: FluentProvider's theme, written through Griffel, is in force.
  expect(await themeColor(visit.page)).not.toBe("");
  await visit.page.close();
});

test("registers both ribbon commands, and each completes its event", async () => {
  const visit = await openPane();
  await rendered(visit.page);
  const completions = await visit.page.evaluate(async () => {
    const registry = (window as unknown as { __associated: Record<string, (event: object) => void> })
      .__associated;
    const counts: Record<string, number> = {};
    for (const [name, handler] of Object.entries(registry)) {
      counts[name] = 0;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} never called event.completed()`)), 10_000);
        handler({
          completed: () => {
            counts[name] += 1;
            clearTimeout(timer);
            resolve();
          },
        });
      });
    }
    // A second completion would show up here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return counts;
  });
  expect(completions).toEqual({ summary: 1, check: 1 });
  await visit.page.close();
});

test("without the empty <style> hash, Chromium blocks Fluent's styles: the policy needs it", async () => {
  const visit = await openPane((html) => html.replace(/ 'sha256-[^']+'/, ""));
  await rendered(visit.page);
  expect((await visit.violations()).some((v) => v.startsWith("style-src"))).toBe(true);
  expect(await themeColor(visit.page)).toBe("");
  await visit.page.close();
});

test("says so once when office.js cannot be fetched from the CDN, with no uncaught error", async () => {
  const visit = await openPane((html) => html, "unreachable");
  const note = visit.page.getByText(/office\.js）を読み込めませんでした/);
  await note.waitFor({ state: "visible" });
  expect(await visit.violations()).toEqual([]);
  // Before the fix the ribbon commands' entry threw 「Office is not defined」 here.
  expect(visit.consoleErrors).toEqual([]);
  expect(await note.count()).toBe(1);
  await visit.page.close();
});

test("opened in a browser with office.js but no Office host: says so once, with no uncaught error", async () => {
  const visit = await openPane((html) => html, "no-host");
  const note = visit.page.getByText(/Office の外で開かれています/);
  await note.waitFor({ state: "visible" });
  await visit.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(visit.consoleErrors).toEqual([]);
  expect(await note.count()).toBe(1);
  await visit.page.close();
});

/** Waits for React to render the app inside its FluentProvider. */
async function rendered(page: Page): Promise<void> {
  await page.locator(".fui-FluentProvider").first().waitFor({ state: "visible" });
}

/** A theme token FluentProvider defines on its element; empty when its styles were refused. */
async function themeColor(page: Page): Promise<string> {
  return page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((e) => getComputedStyle(e).getPropertyValue("--colorNeutralForeground1").trim());
}

/** Opens dist/taskpane.html, optionally with its HTML rewritten or office.js unreachable. */
async function openPane(
  rewrite?: (html: string) => string,
  officeJs: "stub" | "no-host" | "unreachable" = "stub",
): Promise<Visit> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const escaped: string[] = [];
  page.on("console", (message) => {
    // An unreachable office.js is reported by Chromium as a failed load; that case asserts it.
    if (message.type() === "error" && officeJs !== "unreachable") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      if (officeJs === "unreachable") return route.abort("internetdisconnected");
      const body = officeJs === "no-host" ? OFFICE_NO_HOST : OFFICE_STUB;
      return route.fulfill({ contentType: "text/javascript", body });
    }
    if (new URL(url).origin !== origin) {
      escaped.push(url);
      return route.abort("blockedbyclient");
    }
    if (rewrite !== undefined && new URL(url).pathname === "/taskpane.html") {
      const response = await route.fetch();
      return route.fulfill({ response, body: rewrite(await response.text()) });
    }
    return route.continue();
  });
  await page.goto(`${origin}/taskpane.html`);
  return {
    page,
    violations: () =>
      page.evaluate(() => [...(window as unknown as { __violations: string[] }).__violations]),
    consoleErrors,
    escaped,
  };
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

async function serveDist(pathname: string): Promise<{ status: number; type: string; body: Buffer | string }> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, "");
  if (relative.startsWith("..")) return { status: 403, type: "text/plain", body: "outside dist" };
  try {
    const body = await readFile(join(DIST, relative));
    return { status: 200, type: TYPES[extname(relative)] ?? "application/octet-stream", body };
  } catch {
    return { status: 404, type: "text/plain", body: "not found" };
  }
}
