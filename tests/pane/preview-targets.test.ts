/**
 * preview.html at a desktop's 1400 px with a workbook that has seed 004's 目標 sheet: the pane's
 * 目標 view reads it in the browser as it does in Excel.
 */
import { usePreview } from "./preview-session";
import { writeTargetsReviewBook } from "../builders/targets-review-book";

const { openPreview, temp } = usePreview();

test("at 1400 px the preview shows the 目標 view of a workbook with a 目標 sheet", async () => {
  const path = await writeTargetsReviewBook(temp.path("目標つき.xlsx"));
  const { page, guards } = await openPreview();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByText("「目標つき.xlsx」を開きました。").waitFor();
  await page.getByLabel("四半期").selectOption("R8Q2");
  await page.getByRole("button", { name: "目標", exact: true }).click();
  const view = page.getByRole("region", { name: "目標" });
  const table = view.getByRole("table", { name: "目標の一覧" });
  const telework = table.locator("tbody").filter({ hasText: "テレワーク実施率" });
  await telework.waitFor();
  await expect(telework.locator("td").allTextContents()).resolves.toEqual([
    "11%",
    "20%",
    "24%",
    "144%",
    "達成",
  ]);
  await view
    .getByRole("img", { name: /^A4コピー用紙購入枚数の推移: 令和7年度 現在地 4,600,000枚、/u })
    .waitFor();
  await view.getByText("KGI 業務量30%減に対し、これまでに削減した時間は8,000時間です。").waitFor();
  // The view stays inside the pane beside the sheet view: nothing makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
  expect([guards.dialogs, guards.errors, guards.consoleErrors]).toEqual([[], [], []]);
  await page.close();
});
