/**
 * preview.html at 1400 px, on the KPI sample: a PL's save blocked by an error (both ways) and a
 * warning saved after a second look; confirmations that name measures, 達成率's header cells in
 * one line; the workbook in sight behind the dialog; the place kept after a KPI accept; the status
 * following the workbook when the summary sheet is undone.
 */
import type { Page } from "playwright-core";
import { usePreview } from "./preview-session";
import { acceptTwoKeepingPlace } from "./kpi-candidates";
import { confirmWrite, layersBehindDialog, shown } from "./write-dialog";

const { openPreview } = usePreview();

async function wide(): Promise<Page> {
  const { page } = await openPreview();
  await page.setViewportSize({ width: 1400, height: 900 });
  return page;
}

async function plCard(page: Page) {
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("市民部");
  return page.getByRole("article", { name: /A1-4 窓口業務改善/u });
}

/** The text a control's aria-describedby points at. */
async function description(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((e) =>
    (e.getAttribute("aria-describedby") ?? "")
      .split(/\s+/u)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

test("a PL's save is blocked while it writes or causes an error, the reason beside 保存 naming measure and field", async () => {
  const page = await wide();
  const card = await plCard(page);
  const save = page.getByRole("button", { name: "保存…" });

  // 「約30件」 as R7実績値: an error on the cell the save would write.
  const actual = card.getByLabel("R7実績値（件）");
  await actual.fill("約30件");
  await expect(actual.getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(description(page, `#${await actual.getAttribute("id")}`)).resolves.toMatch(/エラー/u);
  await expect(save.getAttribute("aria-disabled")).resolves.toBe("true");
  await page.getByText(/^エラーがあるため保存できません（A1-4 窓口業務改善・R7実績値（件））/u).waitFor();
  await expect(
    save.evaluate((b) => document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent),
  ).resolves.toMatch(/保存できません.*A1-4 窓口業務改善・R7実績値（件）/u);
  // Still in the tab order, so the reason is read out with it; pressing it opens nothing.
  await save.focus();
  await expect(save.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await save.click({ force: true });
  await expect(page.getByRole("dialog").count()).resolves.toBe(0);

  // 見直し with 方向性理由 empty: the error is in the cell the save leaves, caused by the edit.
  await page.getByRole("button", { name: "入力を取り消す" }).click();
  await card.getByLabel("今後の方向性").selectOption("見直し");
  const reason = card.getByLabel("方向性理由");
  await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(save.getAttribute("aria-disabled")).resolves.toBe("true");
  await page.getByText(/^エラーがあるため保存できません（A1-4 窓口業務改善・方向性理由）/u).waitFor();
  // Giving the reason lifts the block.
  await reason.fill("窓口の統合に合わせて見直すため");
  await expect(save.getAttribute("aria-disabled")).resolves.not.toBe("true");
  await page.close();
});

test("a warning may be saved after a second look: listed first in the confirmation, which names the measure", async () => {
  const page = await wide();
  const card = await plCard(page);
  await card.getByLabel("天気").selectOption("☂");
  const weather = card.getByLabel("天気");
  await expect(description(page, `#${await weather.getAttribute("id")}`)).resolves.toMatch(
    /警告.*「☁」が目安/u,
  );
  await page.getByRole("button", { name: "保存…" }).click();
  const dialog = page.getByRole("dialog");
  const warnings = dialog.getByRole("group", { name: /警告があります/u });
  await warnings.getByText(/^A1-4 窓口業務改善・天気: 天気は「☂」ですが/u).waitFor();
  // The warnings come before the list of changes.
  const order = await dialog.evaluate((d) => {
    const group = d.querySelector("[role='group']");
    const table = d.querySelector("table");
    return group && table ? group.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeGreaterThan(0);
  await expect(dialog.getByRole("row").nth(1).innerText()).resolves.toMatch(
    /^A1-4 窓口業務改善\s+天気 N8\s+☀\s+☂$/u,
  );
  await confirmWrite(page);
  await shown(page, "1 セルを書き込みました。").waitFor();
  // 保存 and 取り消す are disabled now: focus goes to the nearest control before them, in view.
  await page.waitForFunction(() => document.activeElement !== document.body);
  const focused = await page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const r = e.getBoundingClientRect();
    return { inPane: e.closest("main") !== null, inView: r.top >= 0 && r.bottom <= window.innerHeight };
  });
  expect(focused).toEqual({ inPane: true, inView: true });
  await page.close();
});

test("達成率's confirmation names each measure, its header cells in one line; the undo's one line takes them away", async () => {
  const page = await wide();
  await page.getByRole("button", { name: "達成率を計算", exact: true }).click();
  await page.getByRole("button", { name: "達成率を計算…" }).click();
  const dialog = page.getByRole("dialog");
  const line = dialog.getByText(/^見出し \d+ か所に「達成率」「達成度」を書き込む$/u);
  await line.waitFor();
  const rows = await dialog.getByRole("row").allInnerTexts();
  // Every listed cell is a measure's: 施策番号 and 管理項目, then the field and the cell.
  expect(rows.length).toBeGreaterThan(2);
  for (const row of rows.slice(1)) expect(row).toMatch(/^[A-C]\d-\d+ \S.*\n(R7)?達成(率|度) [A-Z]+\d+\s/u);
  expect(rows.slice(1).some((r) => r.startsWith("A1-4 窓口業務改善"))).toBe(true);
  const count = Number(/見出し (\d+) か所/u.exec(await line.innerText())?.[1]);
  await confirmWrite(page);

  await page.getByRole("button", { name: "元に戻す（達成率の計算）" }).click();
  await dialog.getByText(`見出し ${count} か所の「達成率」「達成度」を消す`).waitFor();
  await dialog.getByRole("button", { name: "やめる" }).click();
  await page.close();
});

test("the workbook stays in sight behind the dialog: no white layer, the dialog over the pane's column", async () => {
  const page = await wide();
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
  const dialog = page.getByRole("dialog");
  const layers = await layersBehindDialog(page);
  // Before the fix the portal's node was white and as tall as the window.
  expect(layers.every((l) => l.background === "rgba(0, 0, 0, 0)" || l.background === "transparent")).toBe(
    true,
  );
  const shade = await page
    .locator(".fui-DialogSurface__backdrop")
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(Number(/rgba\(0, 0, 0, ([\d.]+)\)/u.exec(shade)?.[1])).toBeLessThanOrEqual(0.2);
  // By its markup: behind a modal dialog the sheet view is hidden from the accessibility tree.
  const sheet = await page.locator("section[aria-label='シート']").boundingBox();
  const box = await dialog.boundingBox();
  expect(sheet && box && box.x >= sheet.x + sheet.width).toBe(true);
  await page.keyboard.press("Escape");
  await page.close();
});

test("after 採用する… the next candidate is focused and in view, by click and by keyboard", async () => {
  const page = await wide();
  await page.getByRole("button", { name: "達成率を計算", exact: true }).click();
  await acceptTwoKeepingPlace(page);
  await page.close();
});

test("the status follows the workbook: the summary's sheet undone, its selection goes too", async () => {
  const page = await wide();
  await page.getByRole("button", { name: "サマリー作成", exact: true }).click();
  await page.getByRole("button", { name: "R7Q2 のサマリーを作成…" }).click();
  await confirmWrite(page);
  // One true sentence: the sheet added, nothing about cells not written.
  await shown(page, "シート「サマリー_R7Q2」を追加しました。").waitFor();
  const notice = await page.getByRole("main").innerText();
  expect(notice).not.toMatch(/書き込んだセルはありません|何も変わっていません|書き込むものはありません/u);
  await page.getByRole("button", { name: "「サマリー_R7Q2」を表示" }).click();
  const status = page.getByRole("banner").getByRole("status");
  await status.getByText("「サマリー_R7Q2」の A1 を選択しました。").waitFor();
  await page.getByRole("button", { name: "元に戻す（サマリー作成）" }).click();
  await confirmWrite(page);
  await status.getByText("シート「サマリー_R7Q2」はなくなったため、選択を解除しました。").waitFor();
  await page.close();
});
