/**
 * Every browser test's Chromium, driven by playwright-core: the one ./find-chromium picks
 * (CHROMIUM_PATH, an installed Chrome, Chromium or Edge, or the npm package's own). Each session
 * gets a fresh profile directory, removed on close, and the flags that keep Chromium from reaching
 * out on its own (updates, sync, field trials).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { findChromium } from "./find-chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export interface ChromiumSession {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Chromium; launch once per test file and open a page per test. */
export async function launchChromium(options: { headless?: boolean } = {}): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium().path,
    headless: options.headless ?? true,
    // Fluent's dialogs and sections then open and close without their transitions: no test looks
    // at motion, and waiting for each one to finish frame by frame cost about an eighth of the
    // pane tests' time on two cores.
    reducedMotion: "reduce",
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
