/**
 * preview.html for everyone: no serious accessibility violation in either view, and every action
 * reachable, and a write confirmed, from the keyboard alone.
 */
import { seriousViolations } from "./axe";
import { keyboardReach } from "./keyboard";
import { usePreview } from "./preview-session";
import { shown } from "./write-dialog";

const { openPreview } = usePreview();

test("no serious or critical accessibility violation in either view", async () => {
  const { page } = await openPreview();
  for (const name of ["催促リスト", "達成率を計算", "グラフ"])
    await page.getByRole("button", { name, exact: true }).click();
  await page.getByText("3本柱別の天気").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("総務部");
  await page.getByRole("article").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "保存…" }).isDisabled();
  await page.close();
});

test("every action is reachable by keyboard, and a write can be confirmed with it", async () => {
  const { page } = await openPreview();
  await page.getByRole("button", { name: "サンプルを開く" }).focus();
  const reached = await keyboardReach(page, 80);
  for (const name of [
    "四半期",
    "読み込み直す",
    "PMO（全体）",
    "チェック",
    "部ごと",
    "60行 N列を「☁」に直す",
    "催促リスト",
    "選択肢を設定",
    "達成率を計算",
    "サマリー作成",
    "グラフ",
  ])
    expect([name, reached.some((r) => r.includes(name))]).toEqual([name, true]);

  // Open 選択肢を設定 and write it without the mouse.
  await page.getByRole("button", { name: "選択肢を設定", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "選択肢を設定…" }).waitFor();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("選択肢を設定…");
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").waitFor();
  const inDialog = await keyboardReach(page, 6);
  expect(inDialog.some((r) => r.includes("書き込む"))).toBe(true);
  await page.getByRole("dialog").getByRole("button", { name: "書き込む" }).focus();
  await page.keyboard.press("Enter");
  await shown(page, "シート「選択肢」を追加しました。").waitFor();

  // The PL's view: the tabs by arrow key, the department, the fields and 保存.
  await page.getByRole("tab", { name: "PMO（全体）" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.getByRole("tab", { name: "PL（部の入力）" }).getAttribute("aria-selected")).toBe("true");
  await page.getByLabel("部", { exact: true }).selectOption("市民部");
  await page.getByLabel("部", { exact: true }).focus();
  const plReach = await keyboardReach(page, 12);
  for (const name of ["天気", "今後の方向性", "方向性理由", "進捗状況", "R7実績値"])
    expect([name, plReach.some((r) => r.includes(name))]).toEqual([name, true]);
  await page.close();
});
