/**
 * The task pane's views in Excel: no serious accessibility violation in either, Office's theme
 * and display language followed, the ribbon's チェック dialog opening the pane at the check, and
 * hostile cell text shown as text.
 */
import { seriousViolations } from "./axe";
import { CLEAN_TRACES, IMG, SCRIPT, pageTraces, writeHostileBook } from "./hostile-book";
import { saveScreenshot } from "./screenshots";
import { openSection, useTaskpane } from "./taskpane-session";

const { openPane, temp } = useTaskpane();

test("no serious or critical accessibility violation in either view of the pane", async () => {
  const pane = await openPane();
  const { page } = pane;
  for (const name of ["催促リスト", "達成率を計算", "グラフ"]) await openSection(page, name);
  await page.getByText("3本柱別の天気").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page.getByRole("region", { name: "グラフ" }), "pane-charts.png");
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("総務部");
  await page.getByRole("article").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test("Office's dark theme and English display language: the pane follows both", async () => {
  const pane = await openPane(
    {
      displayLanguage: "en-US",
      officeTheme: {
        bodyBackgroundColor: "#262626",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#333333",
        controlForegroundColor: "#F0F0F0",
        isDarkTheme: true,
      },
    },
    "1 error, 6 warnings",
  );
  const colors = await pane.page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((e) => {
      const style = getComputedStyle(e);
      return [style.backgroundColor, style.color];
    });
  expect(colors).toEqual(["rgb(38, 38, 38)", "rgb(255, 255, 255)"]);
  await pane.page.getByRole("tab", { name: "PMO (whole list)" }).waitFor();
  expect(await seriousViolations(pane.page)).toEqual([]);
  await pane.page.close();
});

test("the ribbon's チェック dialog opens the pane at the check", async () => {
  const pane = await openPane();
  const { page, bridge } = pane;
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  const outcome = await bridge.invokeAction("check");
  expect(outcome.completed).toBe(true);
  const dialogs = await bridge.dialogs();
  expect(dialogs.length).toBe(1);
  await bridge.messageFromDialog(0, "open-pane");
  await page.getByRole("tab", { name: "PMO（全体）", selected: true }).waitFor();
  await page.getByText("エラー 1 件・警告 6 件").waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("チェック");
  await page.close();
});

test("hostile cell text in Excel is plain text in both views; nothing runs and the pane keeps its width", async () => {
  const xlsx = await writeHostileBook(temp.path("hostile.xlsx"));
  const pane = await openPane({ xlsx }, `シート「${IMG}」・施策 3 件`);
  const { page } = pane;
  for (const name of ["催促リスト", "達成率を計算", "グラフ"]) await openSection(page, name);
  await page.getByText("3本柱別の天気").first().waitFor();
  // The check quotes the unknown weather as the cell holds it.
  await expect(page.getByText("<b>☀</b>", { exact: false }).count()).resolves.toBeGreaterThan(0);
  expect(await pageTraces(page)).toEqual(CLEAN_TRACES);
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption({ index: 1 });
  await page
    .getByRole("article", { name: new RegExp(`^A1-1 ${SCRIPT.replace(/[()]/gu, "\\$&")}`, "u") })
    .waitFor();
  expect(await pageTraces(page)).toEqual(CLEAN_TRACES);
  expect([pane.guards.dialogs, pane.guards.errors, pane.guards.consoleErrors]).toEqual([[], [], []]);
  expect(pane.bridge.blocked).toEqual([]);
  await page.close();
});
