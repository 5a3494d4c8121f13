/**
 * preview.html as it is laid out and as its sheet view shows cells: at a phone's or Excel's pane
 * width (350 px) the pane sits under the sheet view and nothing of the sheet lies over it; the
 * sheet view shows numbers with their cells' number formats, as Excel does.
 */
import type { Page } from "playwright-core";
import { usePreview } from "./preview-session";

const { openPreview } = usePreview();

const NARROW = { width: 350, height: 700 };

test("at 350 px the pane is under the sheet view, and no part of the sheet view covers a button of it", async () => {
  const { page, guards } = await openPreview();
  await page.setViewportSize(NARROW);
  await page.getByRole("button", { name: "60行 N列 を「☁」に直す" }).waitFor();
  expect(await layout(page)).toEqual({ paneBelowSheet: true, pageWiderThanWindow: false });
  const pmo = await coveredButtons(page);
  expect(pmo.checked).toBeGreaterThan(5);
  expect(pmo.covered).toEqual([]);

  // The PL's view: the cards' fields and 保存…, with the save bar that sticks to the bottom.
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("市民部");
  await page.getByRole("article").first().waitFor();
  const pl = await coveredButtons(page);
  expect(pl.checked).toBeGreaterThan(2);
  expect(pl.covered).toEqual([]);
  expect(await layout(page)).toEqual({ paneBelowSheet: true, pageWiderThanWindow: false });
  expect([guards.errors, guards.consoleErrors]).toEqual([[], []]);
  await page.close();
});

/** Where the pane is against the sheet view, and whether the page scrolls sideways. */
function layout(page: Page) {
  return page.evaluate(() => {
    const sheet = document.querySelector("section")!.getBoundingClientRect();
    const pane = document.querySelector("main")!.getBoundingClientRect();
    return {
      paneBelowSheet: pane.top >= sheet.bottom,
      pageWiderThanWindow: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

/**
 * Each of the pane's buttons and fields, scrolled into view: what the browser finds at its
 * centre and near its corners must be the control itself, never anything of the sheet view.
 */
function coveredButtons(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const sheet = document.querySelector("section")!;
    const controls = [...main.querySelectorAll<HTMLElement>("button, select, input, textarea")].filter(
      (c) => c.getClientRects().length > 0,
    );
    const covered: string[] = [];
    for (const control of controls) {
      control.scrollIntoView({ block: "center", inline: "nearest" });
      const box = control.getBoundingClientRect();
      const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 2, box.top + 2],
        [box.right - 2, box.bottom - 2],
      ];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && sheet.contains(hit)) {
          covered.push(`${control.textContent || control.getAttribute("aria-label")}: ${hit.tagName}`);
          break;
        }
      }
    }
    return { checked: controls.length, covered };
  });
}
