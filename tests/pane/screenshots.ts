/**
 * Screenshots the browser tests take of the pane. They go to docs/ (the README shows them) when
 * UPDATE_SCREENSHOTS=1, so the pictures in the README are the ones the tests made; otherwise to
 * a temporary folder, so a test run never changes the working tree.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";

const DOCS = join(__dirname, "..", "..", "docs");

export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  const dir = process.env.UPDATE_SCREENSHOTS === "1" ? DOCS : join(tmpdir(), "measure-list-screenshots");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await target.screenshot({ path, animations: "disabled" });
  return path;
}
