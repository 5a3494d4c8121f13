/**
 * preview.html on what a person may open: a hostile workbook (markup, scripts, links, long and
 * right-to-left text), a dropped workbook, and a file that is not a workbook.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CLEAN_TRACES, IMG, LINK, RTL, SCRIPT, pageTraces, writeHostileBook } from "./hostile-book";
import { usePreview } from "./preview-session";

const { openPreview, foreignRequests, temp } = usePreview();

test("markup, scripts, javascript: links, long and right-to-left text are shown as text; nothing runs", async () => {
  const path = await writeHostileBook(temp.path("hostile.xlsx"));
  const { page, guards } = await openPreview();
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByText(/^「hostile\.xlsx」を開きました。$/u).waitFor();
  // The pane quotes the sheet name and the cells as text.
  await page.getByText(`シート「${IMG}」・施策 3 件`).waitFor();
  await expect(page.getByText(SCRIPT).count()).resolves.toBeGreaterThan(0);
  for (const name of ["催促リスト", "達成率を計算", "グラフ"])
    await page.getByRole("button", { name, exact: true }).click();
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("article").first().waitFor();
  await expect(
    page
      .getByRole("article")
      .filter({ hasText: RTL.slice(1, 6) })
      .count(),
  ).resolves.toBe(1);

  expect(await pageTraces(page)).toEqual(CLEAN_TRACES);

  // The confirmation quotes the longest cell as text too, and stays inside the window.
  const long = page.getByRole("article").filter({ hasText: SCRIPT });
  await long.getByLabel("進捗状況").fill("短い進捗");
  await page.getByRole("button", { name: "保存…" }).click();
  await page.getByRole("dialog").getByText("短い進捗").waitFor();
  expect(await pageTraces(page)).toEqual(CLEAN_TRACES);
  await page.getByRole("dialog").getByRole("button", { name: "やめる" }).click();
  await expect(page.getByText(LINK).count()).resolves.toBeGreaterThan(0);
  expect([guards.dialogs, guards.errors, guards.consoleErrors]).toEqual([[], [], []]);
  expect(foreignRequests(guards)).toEqual([]);
  await page.close();
});

test("a workbook dropped on the page opens; the PL's department is remembered in this browser", async () => {
  const { page } = await openPreview();
  const bytes = [...readFileSync(join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx"))];
  const drop = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(content)], "dropped.xlsx"));
    return transfer;
  }, bytes);
  await page.locator("main").dispatchEvent("drop", { dataTransfer: drop });
  await page.getByText("「dropped.xlsx」を開きました。").waitFor();
  await page.getByText("エラー 1 件・警告 6 件").waitFor();

  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("市民部");
  await page.reload();
  await page.getByLabel(/^(Language|表示言語)$/u).selectOption("ja");
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await expect(page.getByLabel("部", { exact: true }).inputValue()).resolves.toBe("市民部");
  await page.getByRole("article", { name: /^A1-4 /u }).waitFor();
  await page.close();
});

test("a file that is not a workbook is refused with a reason, and the sample stays open", async () => {
  const { page } = await openPreview();
  await page.locator('input[type="file"]').setInputFiles({
    name: "list.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("id,天気\nA1-1,☀\n"),
  });
  await page
    .getByRole("alert")
    .getByText(/list\.csv/u)
    .waitFor();
  await page.getByText("エラー 1 件・警告 8 件").waitFor();
  await page.close();
});
