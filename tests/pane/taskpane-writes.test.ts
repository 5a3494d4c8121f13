/**
 * The task pane's writes in Excel: the check and its selection, fill, a PL's save beside a
 * co-author's edit, the summary, a one-click fix and the undos, each within the add-in issue's
 * sync budget (a small list at most 3 per action, the summary 4) and logged in 変更履歴. The
 * workbook, the selection and every request are read from the emulated host.
 */
import { attachExcelHost } from "../support/excel-host/chromium";
import { createEmulatedHost } from "../support/excel-host/create-excel-host";
import { guardPage } from "./page-guards";
import { saveScreenshot } from "./screenshots";
import { SAMPLE, history, openSection, syncsOf, useTaskpane } from "./taskpane-session";
import { confirmWrite, shown } from "./write-dialog";

const { openPane, newPage, origin } = useTaskpane();

test("the check lists C3-2's empty weather and selects N60; reading the list stays within 3 syncs", async () => {
  const host = await createEmulatedHost({ xlsx: SAMPLE });
  const page = await newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  const guards = guardPage(page);
  const bridge = await attachExcelHost(page, host, { allow: (url) => url.origin === origin() });
  await page.goto(`${origin()}/taskpane.html`);
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
    await pane.page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
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
  await shown(pane.page, "ブックは何も変わっていません。").waitFor();
  await shown(
    pane.page,
    "1 セルは、このツールが書き込んだあとに他の人が変更していたため、元に戻していません",
  ).waitFor();
  expect(pane.host.values("施策リスト!N60")).toEqual([["☂"]]);
  await pane.page.close();
});

test("at 340 px: the name is asked once, kept on this computer, and written as 変更者 in 変更履歴", async () => {
  const pane = await openPane();
  const { page, host } = pane;
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: /^お名前/u }).fill(" 行革 花子 ");
  await confirmWrite(page);
  await shown(page, "1 セルを書き込みました。").waitFor();

  // The undo's confirmation only says who will be recorded.
  await page.getByRole("button", { name: "元に戻す（修正）" }).click();
  await dialog.getByText("変更履歴の「変更者」には「行革 花子」と記録します。").waitFor();
  await expect(dialog.getByRole("textbox").count()).resolves.toBe(0);
  await confirmWrite(page);
  await shown(page, "1 セルを書き込みました。").waitFor();
  const rows = host.snapshot("変更履歴").values;
  expect(rows.map((r) => [r[1], r[3], r[6]])).toEqual([
    ["操作", "セル", "変更者"],
    ["修正", "N60", "行革 花子"],
    ["元に戻す", "N60", "行革 花子"],
  ]);
  expect(await page.evaluate(() => localStorage.getItem("measure-list:person-name"))).toBe("行革 花子");
  await page.close();
});
