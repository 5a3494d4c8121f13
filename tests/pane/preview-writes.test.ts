/**
 * preview.html on the bundled sample: the check and its selection, every kind of write shown first
 * and then found in the downloaded file, a stopped write, the chase list, KPI suggestions and charts.
 */
import { fflateCodec, openPackage, readSheet } from "../../src/xlsx/index";
import { sheetRows, usePreview } from "./preview-session";
import { confirmWrite, shown } from "./write-dialog";
import { saveScreenshot } from "./screenshots";

const { openPreview, downloaded, foreignRequests } = usePreview();

test("the check lists C3-2's empty weather; clicking it marks N60 in the sheet view", async () => {
  const { page, guards } = await openPreview();
  const issue = page.getByRole("button", { name: /^エラー 60行 N列 \[C3-2\] 天気が未入力です/u });
  await issue.click();
  await page.getByText("「施策リスト」の N60 を選択しました。").waitFor();
  const marked = await page.locator("td[class]").evaluateAll((cells) =>
    cells
      .filter((td) => getComputedStyle(td).outlineStyle === "solid")
      .map((td) => {
        const row = td.parentElement as HTMLTableRowElement;
        return `${row.cells[0].textContent}:${(td as HTMLTableCellElement).cellIndex}`;
      }),
  );
  expect(marked).toEqual(["60:14"]); // row 60, the 14th column after the row number: N
  await saveScreenshot(page, "preview.png");
  expect([guards.dialogs, guards.errors, guards.consoleErrors]).toEqual([[], [], []]);
  await page.close();
});

test("fix, fill, a PL's save, the summary and an undo: each shown first, then in the downloaded file", async () => {
  const { page, guards } = await openPreview();
  await page.setViewportSize({ width: 1400, height: 900 });
  // One-click fix of C3-2: the confirmation shows N60, (空) → ☁, and asks for the name 変更履歴 records.
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("row").nth(1).innerText()).resolves.toMatch(/N60\s+（空）\s+☁/u);
  await dialog.getByRole("textbox", { name: /^お名前/u }).fill("行革 花子");
  await confirmWrite(page);
  await shown(page, "1 セルを書き込みました。").waitFor();
  await page.getByText("エラー 0 件・警告 8 件").waitFor();

  // 選択肢を設定: the hidden 選択肢 sheet and the dropdowns.
  await page.getByRole("button", { name: "選択肢を設定", exact: true }).click();
  await page.getByRole("button", { name: "選択肢を設定…" }).click();
  await expect(dialog.getByText(/シート「選択肢」を追加（非表示）/u).count()).resolves.toBe(1);
  // Asked once: this computer keeps the name, and the confirmation only says it.
  await dialog.getByText("変更履歴の「変更者」には「行革 花子」と記録します。").waitFor();
  await expect(dialog.getByRole("textbox").count()).resolves.toBe(0);
  await expect(dialog.getByText(/「施策リスト」の N5:N8,.* にドロップダウンを付ける/u).count()).resolves.toBe(
    1,
  );
  await confirmWrite(page);
  await shown(page, "シート「選択肢」を追加しました。").waitFor();

  // The PL of 市民部 reports progress on A1-4 and saves.
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("市民部");
  const card = page.getByRole("article", { name: /A1-4 窓口業務改善/u });
  await card.getByLabel("天気").selectOption("☁");
  await card.getByLabel("R7実績値（件）").fill("30");
  await card.getByText(/達成率 50%・達成度 C/u).waitFor();
  await page.getByRole("button", { name: "保存…" }).click();
  await expect(dialog.getByRole("row").count()).resolves.toBe(3);
  await confirmWrite(page);
  await shown(page, "2 セルを書き込みました。").waitFor();

  // サマリー作成 for the sample's quarter, then its undo.
  await page.getByRole("tab", { name: "PMO（全体）" }).click();
  await page.getByRole("button", { name: "サマリー作成", exact: true }).click();
  await page.getByRole("button", { name: "R7Q2 のサマリーを作成…" }).click();
  await confirmWrite(page);
  await shown(page, "シート「サマリー_R7Q2」を追加しました。").waitFor();
  const withSummary = await downloaded(page);
  expect(withSummary.sheets.map((s) => [s.name, s.hidden])).toEqual([
    ["施策リスト", false],
    ["サマリー_R7Q2", false],
    ["変更履歴", true],
    ["選択肢", true],
  ]);

  await page.getByRole("button", { name: "元に戻す（サマリー作成）" }).click();
  await expect(dialog.getByText("シート「サマリー_R7Q2」を削除").count()).resolves.toBe(1);
  await confirmWrite(page);
  await shown(page, "シート「サマリー_R7Q2」を削除しました。").waitFor();

  const result = await downloaded(page);
  expect(result.sheets.map((s) => s.name)).toEqual(["施策リスト", "変更履歴", "選択肢"]);
  const list = sheetRows(result, "施策リスト");
  expect([list[59][13], list[7][13], list[7][20]]).toEqual(["☁", "☁", 30]);
  // Every write is in 変更履歴: the fix, the PL's two cells, the sheets added and the one an undo removed.
  expect(sheetRows(result, "変更履歴").map((r) => [r[1], r[3], r[5] ?? null, r[6]])).toEqual([
    ["操作", "セル", "変更後", "変更者"],
    ["修正", "N60", "☁", "行革 花子"],
    ["選択肢の設定", "（シート追加）", null, "行革 花子"],
    ["PL の編集", "N8", "☁", "行革 花子"],
    ["PL の編集", "U8", 30, "行革 花子"],
    ["サマリー作成", "（シート追加）", null, "行革 花子"],
    ["元に戻す", "（シート削除）", null, "行革 花子"],
  ]);
  // The dropdowns are in the file, pointing at the 選択肢 sheet.
  const pkg = openPackage(result.bytes, fflateCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  const validations = readSheet(pkg.value, pkg.value.sheets[0]).validations;
  expect(validations.length).toBeGreaterThanOrEqual(2);
  expect(JSON.stringify(validations)).toContain("選択肢");

  expect(foreignRequests(guards)).toEqual([]);
  expect([guards.dialogs, guards.errors, guards.consoleErrors]).toEqual([[], [], []]);
  await page.close();
});

test("a co-author's newer value is not in the preview, but a stopped write leaves nothing behind", async () => {
  const { page } = await openPreview();
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "やめる" }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
  const result = await downloaded(page);
  expect(result.sheets.map((s) => s.name)).toEqual(["施策リスト"]);
  expect(sheetRows(result, "施策リスト")[59][13] ?? null).toBeNull();
  await page.close();
});

test("the chase list with the PMO's sender and reply-by date, the KPI suggestions one by one, and the charts with their text", async () => {
  const { page } = await openPreview();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByRole("button", { name: "催促リスト", exact: true }).click();
  const text = page.getByRole("textbox", { name: "総務部あての文面" });
  const message = await text.inputValue();
  expect(message).toContain(
    "令和7年度 第2四半期（7〜9月）の施策リストで、次の項目がまだ入力されていません。",
  );
  expect(message).toContain("・C3-2 デジタル活用推進: 天気");
  expect(message.endsWith("\n総務部 DX推進課 行革推進係")).toBe(true);
  // The PMO signs as itself and sets a reply-by date; the preview keeps them in this browser.
  await page.getByRole("textbox", { name: "差出人" }).fill("企画政策課 行革担当");
  await page.getByRole("textbox", { name: "回答期限" }).fill("2025-10-10");
  await page.getByRole("button", { name: "このブラウザーに保存" }).click();
  await page.getByRole("status").getByText("差出人と回答期限を保存しました。").waitFor({ state: "attached" });
  const signed = await text.inputValue();
  expect(signed).toContain("\n令和7年10月10日（金）までにご記入をお願いします。\n");
  expect(signed.endsWith("\n企画政策課 行革担当")).toBe(true);

  await page.getByRole("button", { name: "達成率を計算", exact: true }).click();
  await page.getByText(/^1 \/ \d+ 件目$/u).waitFor();
  await page.getByRole("button", { name: "採用しない" }).click();
  await page.getByText(/^2 \/ \d+ 件目$/u).waitFor();

  await page.getByRole("button", { name: "グラフ", exact: true }).click();
  const pillars = await page.getByRole("img", { name: /^3本柱別の天気。/u }).getAttribute("aria-label");
  expect(pillars).toMatch(/^3本柱別の天気。A 市民サービスの改善・向上: \d+ 件（順調 \d+ 件/u);
  const grades = page.getByRole("img", { name: /^達成度の分布: A（達成）1 件、B（80%以上）\d+ 件、/u });
  await expect(grades.count()).resolves.toBe(1);
  // Each grade's row reads as what it counts, its number at the bar's end.
  await expect(grades.locator("div", { hasText: /^A（達成）1 件$/u }).count()).resolves.toBe(1);
  await page.getByText("令和7年度のサマリーがまだブックにないため、推移はありません。").waitFor();
  await page.close();
});
