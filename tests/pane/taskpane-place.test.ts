/**
 * The task pane at Excel's 340 px: a PL's save blocked by an error, focus back on what opened a
 * dialog (after Esc, やめる, and a fix that took its button away) even where a click does not focus
 * the button, the result said without taking focus, the place kept after a KPI accept, a change
 * named by its measure and field, and Excel's cells in sight behind the dialog.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { history, useTaskpane } from "./taskpane-session";
import { acceptTwoKeepingPlace } from "./kpi-candidates";
import { confirmWrite, layersBehindDialog, shown } from "./write-dialog";

const { openPane } = useTaskpane();
const KPI_SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample-kpi.xlsx");

async function narrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 340, height: 700 });
}

/** Safari and Excel on Mac: a clicked button does not take focus. */
async function clicksDoNotFocus(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.addEventListener(
      "mousedown",
      (event) => {
        if (event.target instanceof Element && event.target.closest("button")) event.preventDefault();
      },
      true,
    ),
  );
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e === null || e === document.body ? "<body>" : (e.textContent ?? e.tagName);
  });
}

test("at 340 px a PL's save with an error is blocked, the reason beside 保存; nothing reaches Excel", async () => {
  const { page, host } = await openPane({ xlsx: KPI_SAMPLE }, "件・警告 ");
  await narrow(page);
  await page.getByLabel("四半期").selectOption("R7Q2");
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("市民部");
  const card = page.getByRole("article", { name: /A1-4 窓口業務改善/u });
  const save = page.getByRole("button", { name: "保存…" });

  await card.getByLabel("R7実績値（件）").fill("約30件");
  await expect(card.getByLabel("R7実績値（件）").getAttribute("aria-invalid")).resolves.toBe("true");
  await expect(save.getAttribute("aria-disabled")).resolves.toBe("true");
  await page.getByText(/^エラーがあるため保存できません（A1-4 窓口業務改善・R7実績値（件））/u).waitFor();

  await page.getByRole("button", { name: "入力を取り消す" }).click();
  await card.getByLabel("今後の方向性").selectOption("見直し");
  await expect(card.getByLabel("方向性理由").getAttribute("aria-invalid")).resolves.toBe("true");
  await page.getByText(/^エラーがあるため保存できません（A1-4 窓口業務改善・方向性理由）/u).waitFor();
  await save.click({ force: true });
  await expect(page.getByRole("dialog").count()).resolves.toBe(0);
  expect(host.values("施策リスト!O8")).toEqual([["継続"]]);
  await page.close();
});

test("focus goes back to what opened the dialog after Esc and やめる, even when a click does not focus", async () => {
  const { page } = await openPane();
  await narrow(page);
  await clicksDoNotFocus(page);
  const fix = page.getByRole("button", { name: "60行 N列を「☁」に直す" });
  const dialog = page.getByRole("dialog");

  await fix.click();
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement !== document.body);
  await expect(focusedText(page)).resolves.toBe("「☁」に直す");

  await fix.click();
  await dialog.getByRole("button", { name: "やめる" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement !== document.body);
  await expect(fix.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await page.close();
});

test("after a fix its button is gone: focus on the nearest control after it, in view, the result only said", async () => {
  const { page, host } = await openPane();
  await narrow(page);
  await clicksDoNotFocus(page);
  const fix = page.getByRole("button", { name: "60行 N列を「☁」に直す" });
  await fix.scrollIntoViewIfNeeded();
  const follower = await fix.evaluate((b) => {
    const controls = [
      ...document.querySelectorAll("main button, main [role='tab'], main select, main input"),
    ];
    const next = controls[controls.indexOf(b) + 1];
    return next?.textContent ?? "";
  });
  const scrolled = await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  await fix.click();
  await confirmWrite(page);
  await shown(page, "1 セルを書き込みました。").waitFor();
  expect(history(host)).toEqual([["修正", "施策リスト", "N60", "", "☁"]]);
  await page.waitForFunction(() => document.activeElement !== document.body);
  const focused = await page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const r = e.getBoundingClientRect();
    return { text: e.textContent ?? "", inView: r.top >= 0 && r.bottom <= window.innerHeight };
  });
  expect(focused).toEqual({ text: follower, inView: true });
  // The notice at the top did not pull the pane up to it.
  if (scrolled > 0)
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBeGreaterThan(0);
  await page.close();
});

test("at 340 px after 採用する… the next candidate is focused and in view, by click and by keyboard; Excel has both", async () => {
  const { page, host } = await openPane({ xlsx: KPI_SAMPLE });
  await narrow(page);
  await page.getByLabel("四半期").selectOption("R7Q2");
  await page.getByText("エラー 1 件・警告 8 件").waitFor();
  await page.getByRole("button", { name: "達成率を計算", exact: true }).click();
  await acceptTwoKeepingPlace(page);
  // Each accepted candidate is one cell in Excel, logged as a KPI adoption.
  expect(history(host)).toEqual([
    ["KPI 候補の採用", "施策リスト", "T18", "", 1],
    ["KPI 候補の採用", "施策リスト", "U19", "", 61],
  ]);
  expect(host.snapshot("施策リスト").values[17][19]).toBe(1);
  await page.close();
});

test("at 340 px Excel's cells stay in sight behind the dialog: no white layer under the shade", async () => {
  const { page } = await openPane();
  await narrow(page);
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
  const dialog = page.getByRole("dialog");
  const layers = await layersBehindDialog(page);
  expect(layers).toEqual(layers.map(() => ({ background: "rgba(0, 0, 0, 0)", height: 0 })));
  const box = await dialog.boundingBox();
  expect(box && box.width <= 340).toBe(true);
  await dialog.getByRole("button", { name: "やめる" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.close();
});

/** Every title and progress value the confirmation shows, in order, however briefly. */
async function watchDialog(page: Page): Promise<() => Promise<{ titles: string[]; progress: string[] }>> {
  await page.evaluate(() => {
    const seen = { titles: [] as string[], progress: [] as string[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const note = () => {
      const title = document.querySelector("[role='dialog'] h2, [role='alertdialog'] h2")?.textContent;
      if (title && seen.titles[seen.titles.length - 1] !== title) seen.titles.push(title);
      const bar = document.querySelector("[role='progressbar']")?.getAttribute("aria-valuenow");
      if (bar && seen.progress[seen.progress.length - 1] !== bar) seen.progress.push(bar);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __seen: { titles: string[]; progress: string[] } }).__seen);
}

test("while writing the title says so; a write that left a cell alone stays at 100% with its result until 閉じる", async () => {
  const { page, host } = await openPane();
  await narrow(page);
  const seen = await watchDialog(page);
  const fix = page.getByRole("button", { name: "60行 N列を「☁」に直す" });
  await fix.click();
  const dialog = page.getByRole("dialog");
  // A co-author types into N60 after the pane read it: the fix leaves it alone.
  host.edit("施策リスト!N60", "☂");
  await dialog.getByRole("button", { name: "書き込む" }).click();
  const close = dialog.getByRole("button", { name: "閉じる" });
  await close.waitFor();
  await dialog.getByText("ブックは何も変わっていません。").waitFor();
  await dialog
    .getByText(/^1 セルは、読み込んだあとに他の人が変更していたため、書き込んでいません。$/u)
    .waitFor();
  await expect(dialog.getByRole("progressbar").getAttribute("aria-valuenow")).resolves.toBe("1");
  const { titles, progress } = await seen();
  expect(titles).toEqual(["書き込む前の確認: 修正", "書き込んでいます: 修正", "結果: 修正"]);
  expect(progress[progress.length - 1]).toBe("1");
  await close.click();
  await dialog.waitFor({ state: "detached" });
  expect(host.values("施策リスト!N60")).toEqual([["☂"]]);
  await page.close();
});

test("a clean write's confirmation names the measure and field, shows its result and closes by itself", async () => {
  const { page } = await openPane();
  await narrow(page);
  const seen = await watchDialog(page);
  await page.getByRole("button", { name: "60行 N列を「☁」に直す" }).click();
  const dialog = page.getByRole("dialog");
  // The change is the measure's (施策番号 and 管理項目), then the field and the cell, old → new.
  await dialog.getByRole("row").nth(1).waitFor();
  expect(await dialog.getByRole("row").allInnerTexts()).toEqual([
    "施策・項目\t変更前\t変更後",
    "C3-2 デジタル活用推進\n天気 N60\n\t（空）\t☁",
  ]);
  await dialog.getByRole("button", { name: "書き込む" }).click();
  await dialog.getByText("1 セルを書き込みました。").waitFor();
  // Nothing pressed: it goes by itself.
  await dialog.waitFor({ state: "detached" });
  const { titles, progress } = await seen();
  expect(titles.slice(-2)).toEqual(["書き込んでいます: 修正", "結果: 修正"]);
  expect(progress[progress.length - 1]).toBe("1");
  await page.close();
});
