/**
 * What the pane's and the preview's tests do with a write's confirmation and its result: the same
 * pane runs in both (taskpane.html in Excel, preview.html on a workbook in the browser).
 */
import type { Page } from "playwright-core";

/** A result line in the pane's notice (the live region says the same, unseen). */
export function shown(page: Page, text: string) {
  return page.getByRole("main").locator("strong, span", { hasText: text }).first();
}

/**
 * Presses 書き込む and waits for the confirmation to go: a clean write's closes by itself, one that
 * left cells alone (or failed, or was stopped) stays with its result until 閉じる, pressed here.
 */
export async function confirmWrite(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "書き込む" }).click();
  await closeResult(page);
}

/** Waits for a write's confirmation to be over, closing it when it waits for 閉じる. */
export async function closeResult(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await page.waitForFunction(() => {
    const open = document.querySelector("[role='dialog'], [role='alertdialog']");
    return open === null || [...open.querySelectorAll("button")].some((b) => b.textContent === "閉じる");
  });
  // A clean write's confirmation may close by itself before the click lands: nothing to close then.
  if ((await dialog.count()) > 0)
    await dialog
      .getByRole("button", { name: "閉じる" })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
  await dialog.waitFor({ state: "detached" });
}

/**
 * The open dialog's ancestors up to <body>, once its entrance (a fade and a scale) has finished:
 * each one's background colour and height. A white, window-tall layer among them would hide the
 * workbook the dialog is about.
 */
export async function layersBehindDialog(page: Page): Promise<{ background: string; height: number }[]> {
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  return dialog.evaluate((surface) => {
    const found: { background: string; height: number }[] = [];
    for (let e = surface.parentElement; e && e !== document.body; e = e.parentElement)
      found.push({
        background: getComputedStyle(e).backgroundColor,
        height: e.getBoundingClientRect().height,
      });
    return found;
  });
}
