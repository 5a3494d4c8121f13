/**
 * The task pane's views in Excel: no serious accessibility violation in either, Office's theme
 * and display language followed, the ribbon's チェック dialog opening the pane at the check, and
 * hostile cell text shown as text.
 */
import { seriousViolations } from "./axe";
import { CLEAN_TRACES, IMG, SCRIPT, pageTraces, writeHostileBook } from "./hostile-book";
import { saveScreenshot } from "./screenshots";
import { join } from "node:path";
import { openSection, useTaskpane } from "./taskpane-session";

const { openPane, temp } = useTaskpane();

const KPI_SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample-kpi.xlsx");

test("no serious or critical accessibility violation in either view of the pane", async () => {
  const pane = await openPane();
  const { page } = pane;
  for (const name of ["催促リスト", "達成率を計算", "グラフ"]) await openSection(page, name);
  await page.getByText("3本柱別の天気").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
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

test("at 340 px: charts that say what they count, and the chase text signed and dated as the PMO set it in the workbook", async () => {
  const pane = await openPane({ xlsx: KPI_SAMPLE });
  const { page, bridge } = pane;
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByLabel("四半期").selectOption("R7Q2");
  await page.getByText("エラー 1 件・警告 8 件").waitFor();

  await openSection(page, "グラフ");
  const grades = page.getByRole("img", { name: /^達成度の分布: / });
  await expect(grades.getAttribute("aria-label")).resolves.toBe(
    "達成度の分布: A（達成）1 件、B（80%以上）0 件、C（50%以上）1 件、D（50%未満）2 件、計算できない 2 件。",
  );
  await expect(grades.locator("div", { hasText: /^A（達成）1 件$/u }).count()).resolves.toBe(1);
  await expect(grades.locator("div", { hasText: /^計算できない2 件$/u }).count()).resolves.toBe(1);
  const trend = page.getByRole("img", { name: /^天気の推移（令和7年度）。/u });
  await page.getByText("令和7年度のサマリーがまだブックにないため、推移はありません。").waitFor();
  await expect(trend.count()).resolves.toBe(0);
  // Nothing is wider than the pane.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
  await saveScreenshot(page.getByRole("region", { name: "グラフ" }), "pane-charts.png");

  await openSection(page, "催促リスト");
  await page.getByRole("textbox", { name: "差出人" }).fill("企画政策課 行革担当");
  await page.getByRole("textbox", { name: "回答期限" }).fill("2025-10-10");
  await page.getByRole("button", { name: "ブックに保存" }).click();
  await page.getByRole("button", { name: "ブックに保存" }).and(page.locator(":disabled")).waitFor();
  expect(await bridge.settings()).toEqual({
    "measure-list.chase.sender": "企画政策課 行革担当",
    "measure-list.chase.replyBy": "2025-10-10",
  });
  const lines = (await page.getByRole("textbox", { name: "総務部あての文面" }).inputValue()).split("\n");
  expect([lines[2], lines[3], lines[lines.length - 1]]).toEqual([
    "令和7年度 第2四半期（7〜9月）の施策リストで、次の項目がまだ入力されていません。",
    "令和7年10月10日（金）までにご記入をお願いします。",
    "企画政策課 行革担当",
  ]);
  const kept = await bridge.settings();
  await page.close();

  // Kept in the workbook: whoever opens it next gets the same sender and date.
  const next = await openPane({ xlsx: KPI_SAMPLE, settings: kept });
  await openSection(next.page, "催促リスト");
  await expect(next.page.getByRole("textbox", { name: "差出人" }).inputValue()).resolves.toBe(
    "企画政策課 行革担当",
  );
  const signed = await next.page.getByRole("textbox", { name: "総務部あての文面" }).inputValue();
  expect(signed.endsWith("\n企画政策課 行革担当")).toBe(true);
  expect(signed).toContain("までにご記入をお願いします。");
  await next.page.close();
});
