/** Tabbing through a page as a keyboard user does, noting what each Tab lands on. */
import type { Page } from "playwright-core";

/**
 * Presses Tab `count` times from the current focus and returns, for each stop, the name a
 * person hears: a control's label (aria-label, its <label>) or its text.
 */
export async function keyboardReach(page: Page, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    names.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return "";
        const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
        return [el.getAttribute("aria-label") ?? "", labelled, el.textContent ?? ""].join(" ").trim();
      }),
    );
  }
  return names;
}
