/**
 * The real task pane: dist/taskpane.html as users get it, in Chromium, with office.js from the
 * CDN routed to Microsoft's pinned client and the emulated Excel host loaded from the sample. The
 * pane is driven as a person drives it; the workbook, the selection and every request are read
 * from the host. Sync budgets are the add-in issue's: a small list at most 3 per action (the
 * summary 4).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type ChromiumSession } from "../support/browser/chromium";
import { serveDirectory, type StaticServer } from "../support/browser/static-server";
import { attachExcelHost, type PageExcelHost } from "../support/excel-host/chromium";
import { createEmulatedHost, type ExcelHostOptions } from "../support/excel-host/create-excel-host";
import type { ExcelHost } from "../support/excel-host/host/excel-host";
import { seriousViolations } from "./axe";
import { guardPage, type PageGuards } from "./page-guards";
import { CLEAN_TRACES, IMG, SCRIPT, pageTraces, writeHostileBook } from "./hostile-book";
import { saveScreenshot } from "./screenshots";
import { tempDir } from "../builders/xlsx";

jest.setTimeout(90_000);

const DIST = join(__dirname, "..", "..", "dist");
const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");

let chromium: ChromiumSession;
let site: StaticServer;
const temp = tempDir("taskpane-test-");

beforeAll(async () => {
  chromium = await launchChromium();
  site = await serveDirectory(DIST);
});

afterAll(async () => {
  await chromium?.close();
  await site?.close();
  temp.cleanup();
});

interface Pane {
  readonly page: Page;
  readonly host: ExcelHost;
  readonly bridge: PageExcelHost;
  readonly guards: PageGuards;
}

/** The pane in a task pane's size, on the sample, once its list is read. */
async function openPane(options: ExcelHostOptions = {}, ready = "エラー 1 件・警告 6 件"): Promise<Pane> {
  const host = await createEmulatedHost({ xlsx: SAMPLE, ...options });
  const page = await chromium.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  const guards = guardPage(page);
  const bridge = await attachExcelHost(page, host, { allow: (url) => url.origin === site.origin });
  await page.goto(`${site.origin}/taskpane.html`);
  await page.getByText(ready).first().waitFor();
  await bridge.settle();
  return { page, host, bridge, guards };
}

/** Syncs (Excel on the web's round trips) that `act` took, after the page went quiet again. */
async function syncsOf(pane: Pane, act: () => Promise<void>): Promise<number> {
  await pane.bridge.settle();
  pane.host.clearRecords();
  await act();
  await pane.bridge.settle();
  // Every request under the 5 MB cap, whatever the count.
  pane.host.expectBudget({});
  return pane.host.syncs;
}

function shown(page: Page, text: string) {
  return page.getByRole("main").locator("strong, span", { hasText: text }).first();
}

async function confirmWrite(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "書き込む" }).click();
  await dialog.waitFor({ state: "detached" });
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name, exact: true }).click();
}

/** The 変更履歴 sheet's rows below its header: operation, sheet, cell, old, new. */
function history(host: ExcelHost): unknown[][] {
  const rows = host.snapshot("変更履歴").values.slice(1);
  return rows.map((r) => [r[1], r[2], r[3], r[4], r[5]]);
}

test("the check lists C3-2's empty weather and selects N60; reading the list stays within 3 syncs", async () => {
  const host = await createEmulatedHost({ xlsx: SAMPLE });
  const page = await chromium.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  const guards = guardPage(page);
  const bridge = await attachExcelHost(page, host, { allow: (url) => url.origin === site.origin });
  await page.goto(`${site.origin}/taskpane.html`);
  await page.getByText("エラー 1 件・警告 6 件").waitFor();
  await bridge.settle();
  expect(host.syncs).toBeLessThanOrEqual(3);

  const pane = { page, host, bridge, guards };
  const selecting = await syncsOf(pane, async () => {
    await page.getByRole("button", { name: /^エラー 60行 N列 \[C3-2\] 天気が未入力です/u }).click();
  });
  expect(host.selection()).toBe("施策リスト!N60");
  expect(selecting).toBe(1);
  await saveScreenshot(page, "pane-pmo.png");
  expect(bridge.blocked).toEqual([]);
  expect([guards.dialogs, guards.errors, guards.consoleErrors]).toEqual([[], [], []]);
  expect(host.gaps).toEqual([]);
  await page.close();
});

test("fill, a PL's save with a co-author's edit, the summary and its undo, each logged in 変更履歴", async () => {
  const pane = await openPane();
  const { page, host } = pane;

  // 選択肢を設定: a fresh read, the confirmation, the write.
  const filling = await syncsOf(pane, async () => {
    await openSection(page, "選択肢を設定");
    await page.getByRole("button", { name: "選択肢を設定…" }).click();
    await page
      .getByRole("dialog")
      .getByText(/シート「選択肢」を追加（非表示）/u)
      .waitFor();
    await confirmWrite(page);
    await shown(page, "シート「選択肢」を追加しました。").waitFor();
  });
  expect(filling).toBeLessThanOrEqual(3);
  const validations = host.snapshot("施策リスト").validations;
  expect(validations.map((v) => [v.type, v.ranges[0]])).toEqual(
    expect.arrayContaining([expect.arrayContaining(["N5:N8"]), expect.arrayContaining(["O5:O8"])]),
  );
  expect(host.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["施策リスト", "Visible"],
    ["選択肢", "Hidden"],
    ["変更履歴", "Hidden"],
  ]);

  // The PL of 総務部 fills in C3-2. Meanwhile a co-author types into its progress cell.
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("総務部");
  const card = page.getByRole("article", { name: /^C3-2 /u });
  await card.getByLabel("天気").selectOption("☁");
  await card.getByLabel("進捗状況").fill("研修を 3 回実施した");
  await card.getByText("保存の前に確かめてください").waitFor({ state: "detached" });
  host.edit("施策リスト!M60", "共同編集者の記入");
  const saving = await syncsOf(pane, async () => {
    await page.getByRole("button", { name: "保存…" }).click();
    await confirmWrite(page);
    await shown(page, "1 セルを書き込みました。").waitFor();
  });
  expect(saving).toBeLessThanOrEqual(3);
  await page.getByText("施策リスト!M60: 他の人が「共同編集者の記入」に変更していました").waitFor();
  expect(host.values("施策リスト!M60:N60")).toEqual([["共同編集者の記入", "☁"]]);
  await saveScreenshot(page, "pane-pl.png");

  // サマリー作成 for the last ended quarter, then 元に戻す.
  await page.getByRole("tab", { name: "PMO（全体）" }).click();
  const summarizing = await syncsOf(pane, async () => {
    await openSection(page, "サマリー作成");
    await page.getByRole("button", { name: /^R\dQ\d のサマリーを作成…$/u }).click();
    await confirmWrite(page);
    await shown(page, "を追加しました。").waitFor();
  });
  expect(summarizing).toBeLessThanOrEqual(4);
  const summary = host.workbook.sheets.map((s) => s.name).find((n) => n.startsWith("サマリー_"));
  expect(summary).toMatch(/^サマリー_R\dQ\d$/u);

  const undoing = await syncsOf(pane, async () => {
    await page.getByRole("button", { name: "元に戻す（サマリー作成）" }).click();
    await page.getByRole("dialog").getByText(`シート「${summary}」を削除`).waitFor();
    await confirmWrite(page);
    await shown(page, `シート「${summary}」を削除しました。`).waitFor();
  });
  // Nothing to compare before removing a sheet the add-in made: the removal and its log only.
  expect(undoing).toBeLessThanOrEqual(2);
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["施策リスト", "選択肢", "変更履歴"]);

  // The PL's save undone too: N60 back to empty, the co-author's M60 untouched.
  await page.getByRole("button", { name: "元に戻す（PL の編集）" }).click();
  await confirmWrite(page);
  await shown(page, "1 セルを書き込みました。").waitFor();
  expect(host.values("施策リスト!M60:N60")).toEqual([["共同編集者の記入", ""]]);

  expect(history(host)).toEqual([
    ["選択肢の設定", "選択肢", "（シート追加）", "", ""],
    ["PL の編集", "施策リスト", "N60", "", "☁"],
    ["サマリー作成", summary, "（シート追加）", "", ""],
    ["元に戻す", summary, "（シート削除）", "", ""],
    ["元に戻す", "施策リスト", "N60", "☁", ""],
  ]);
  expect(pane.bridge.blocked).toEqual([]);
  expect([pane.guards.dialogs, pane.guards.errors, pane.guards.consoleErrors]).toEqual([[], [], []]);
  expect(host.gaps).toEqual([]);
  await page.close();
});

test("a one-click fix writes ☁ into N60 in at most 3 syncs, 変更履歴 has it, and its undo spares a co-author's cell", async () => {
  const pane = await openPane();
  const fixing = await syncsOf(pane, async () => {
    await pane.page.getByRole("button", { name: "60行 N列 を「☁」に直す" }).click();
    await confirmWrite(pane.page);
    await shown(pane.page, "1 セルを書き込みました。").waitFor();
  });
  expect(fixing).toBeLessThanOrEqual(3);
  expect(pane.host.values("施策リスト!N60")).toEqual([["☁"]]);
  expect(history(pane.host)).toEqual([["修正", "施策リスト", "N60", "", "☁"]]);
  await pane.page.getByText("エラー 0 件・警告 6 件").waitFor();

  // A co-author changes N60 afterwards: the undo lists it and leaves it as they wrote it.
  pane.host.edit("施策リスト!N60", "☂");
  await pane.page.getByRole("button", { name: "元に戻す（修正）" }).click();
  const dialog = pane.page.getByRole("dialog");
  await dialog.getByText("次の 1 セルはその後に他の人が変更したため、戻しません:").waitFor();
  await dialog.getByText("施策リスト!N60: 他の人が「☂」に変更していました").waitFor();
  await confirmWrite(pane.page);
  await shown(pane.page, "書き込んだセルはありません。").waitFor();
  expect(pane.host.values("施策リスト!N60")).toEqual([["☂"]]);
  await pane.page.close();
});

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
