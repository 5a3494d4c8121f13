/**
 * The KPI suggestions under 達成率を計算, as the pane's and the preview's place tests walk them:
 * accept one by click and one by keyboard, and after each write the next candidate must have focus
 * and be in view, wherever the pane had scrolled to.
 */
import type { Page } from "playwright-core";
import { closeResult, confirmWrite } from "./write-dialog";

/** Accepts a candidate by click, then one by keyboard; after each, focus is on the next one, in view. */
export async function acceptTwoKeepingPlace(page: Page): Promise<void> {
  const accept = page.getByRole("button", { name: "採用する…" });
  const position = page.getByText(/^\d+ \/ \d+ 件目$/u);
  await toAcceptable(page);
  let before = await position.innerText();
  await accept.click();
  await confirmWrite(page);
  await position.filter({ hasNotText: before }).waitFor();
  await expectFocusedInView(page, /^(採用する…|採用しない)$/u);

  // By keyboard: focus on 採用する…, Enter, then 書き込む by keyboard too.
  await toAcceptable(page);
  before = await position.innerText();
  await accept.focus();
  await page.keyboard.press("Enter");
  const write = page.getByRole("dialog").getByRole("button", { name: "書き込む" });
  await write.focus();
  await page.keyboard.press("Enter");
  await closeResult(page);
  await position.filter({ hasNotText: before }).waitFor();
  await expectFocusedInView(page, /^(採用する…|採用しない)$/u);
}

/** Passes over candidates that cannot be accepted (a relative target with no base) to one that can. */
async function toAcceptable(page: Page): Promise<void> {
  const position = page.getByText(/^\d+ \/ \d+ 件目$/u);
  await position.waitFor();
  while ((await page.getByRole("button", { name: "採用する…" }).count()) === 0) {
    const at = await position.innerText();
    await page.getByRole("button", { name: "採用しない" }).click();
    await position.filter({ hasNotText: at }).waitFor();
  }
}

/** The focused element's name matches, and it lies inside the window. */
async function expectFocusedInView(page: Page, name: RegExp): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.tagName === "BUTTON");
  const focused = await page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const r = e.getBoundingClientRect();
    return { text: e.textContent ?? "", inView: r.top >= 0 && r.bottom <= window.innerHeight };
  });
  expect(focused.text).toMatch(name);
  expect(focused.inView).toBe(true);
}
