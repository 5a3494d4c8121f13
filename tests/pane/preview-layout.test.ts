/**
 * preview.html as it is laid out and as its sheet view shows cells: at a phone's or Excel's pane
 * width (350 px) the pane sits under the sheet view and nothing of the sheet lies over it; the
 * sheet view shows numbers with their cells' number formats, as Excel does.
 */
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { FORMATTED_CELLS, formattedBookBytes } from "../builders/formatted-book";
import { usePreview } from "./preview-session";
import { confirmWrite, shown as notice } from "./write-dialog";

const { openPreview, temp } = usePreview();

const NARROW = { width: 350, height: 700 };

test("at 350 px the pane is under the sheet view, and no part of the sheet view covers a button of it", async () => {
  const { page, guards } = await openPreview();
  await page.setViewportSize(NARROW);
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).waitFor();
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

test("the sheet view shows numbers through their formats: percentages, dates, 和暦, thousands", async () => {
  const path = temp.path("書式.xlsx");
  writeFileSync(path, await formattedBookBytes());
  const { page, guards } = await openPreview();
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByText("「書式.xlsx」を開きました。").waitFor();
  const table = page.getByRole("table", { name: /書式/u });
  await table.getByText("割合").waitFor();
  const shown = await table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...(row as HTMLTableRowElement).cells].slice(1, 3).map((cell) => cell.textContent)),
    );
  expect(shown).toEqual(FORMATTED_CELLS.map(([label, , , excel]) => [label, excel]));
  // Numbers sit to the right of their cells, as in Excel; text to the left.
  const aligned = await table
    .locator("tbody tr")
    .first()
    .locator("bdi")
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
  expect(aligned).toEqual(["start", "right"]);
  expect([guards.errors, guards.consoleErrors]).toEqual([[], []]);
  await page.close();
});

test("the summary the tool writes shows its shares as Excel does: 97%, not 0.96875", async () => {
  const { page } = await openPreview();
  await page.getByRole("button", { name: "サマリー作成", exact: true }).click();
  await page.getByRole("button", { name: "R7Q2 のサマリーを作成…" }).click();
  await confirmWrite(page);
  await notice(page, "シート「サマリー_R7Q2」を追加しました。").waitFor();
  await page.getByRole("tab", { name: "サマリー_R7Q2" }).click();
  const table = page.getByRole("table", { name: /サマリー_R7Q2/u });
  const shares = await table
    .locator("tbody tr")
    .nth(7)
    .locator("td")
    .evaluateAll((cells) => cells.map((cell) => cell.textContent));
  expect(shares.slice(0, 8)).toEqual(["割合", "", "97%", "0%", "0%", "3%", "0%", "100%"]);
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
