/**
 * preview.html as a newcomer uses it: the built page (dist/preview, `npm run build:web`) in
 * Chromium, on the bundled sample and on a hostile workbook, with every request the page makes
 * recorded. The downloaded result is read back with the .xlsx adapter.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import { launchChromium, type ChromiumSession } from "../support/browser/chromium";
import { serveDirectory, type StaticServer } from "../support/browser/static-server";
import { fflateCodec, openPackage, readSheet, readWorkbookGrid } from "../../src/xlsx/index";
import type { WorkbookGrid } from "../../src/core/port/grid";
import { tempDir } from "../builders/xlsx";
import { seriousViolations } from "./axe";
import { guardPage, type PageGuards } from "./page-guards";
import { CLEAN_TRACES, IMG, LINK, RTL, SCRIPT, pageTraces, writeHostileBook } from "./hostile-book";
import { keyboardReach } from "./keyboard";
import { saveScreenshot } from "./screenshots";

const DIST = join(__dirname, "..", "..", "dist");

// A real browser: each step waits for the page, and a whole flow takes seconds.
jest.setTimeout(60_000);

let chromium: ChromiumSession;
let site: StaticServer;
const temp = tempDir("preview-test-");

beforeAll(async () => {
  chromium = await launchChromium();
  site = await serveDirectory(DIST);
});

afterAll(async () => {
  await chromium?.close();
  await site?.close();
  temp.cleanup();
});

/** The preview on the sample, in Japanese, the check shown. */
async function openPreview(): Promise<{ page: Page; guards: PageGuards }> {
  const page = await chromium.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const guards = guardPage(page);
  await page.goto(`${site.origin}/preview.html`);
  await page.getByLabel(/^(Language|表示言語)$/u).selectOption("ja");
  await page.getByText("エラー 1 件・警告 8 件").waitFor();
  return { page, guards };
}

/** A result line in the pane's notice (the live region says the same, unseen). */
function shown(page: Page, text: string) {
  return page.getByRole("main").locator("strong, span", { hasText: text }).first();
}

async function confirmWrite(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "書き込む" }).click();
  await dialog.waitFor({ state: "detached" });
}

async function downloaded(page: Page): Promise<WorkbookGrid & { bytes: Uint8Array }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "結果をダウンロード" }).click(),
  ]);
  const path = temp.path(`${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const bytes = new Uint8Array(readFileSync(path));
  const pkg = openPackage(bytes, fflateCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  return { ...readWorkbookGrid(pkg.value), bytes };
}

function sheetRows(book: WorkbookGrid, name: string) {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
  return sheet.rows;
}

/** Requests that are not one of the built page's own files. */
function foreignRequests(guards: PageGuards): string[] {
  return guards.requests.filter((url) => {
    const u = new URL(url);
    return u.origin !== site.origin || !/^\/(preview\.html|[\w.-]+\.js)$/u.test(u.pathname);
  });
}

describe("preview.html on the bundled sample", () => {
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
    // One-click fix of C3-2: the confirmation shows N60, (空) → ☁.
    await page.getByRole("button", { name: "60行 N列 を「☁」に直す" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("row").nth(1).innerText()).resolves.toMatch(/N60\s+（空）\s+☁/u);
    await confirmWrite(page);
    await shown(page, "1 セルを書き込みました。").waitFor();
    await page.getByText("エラー 0 件・警告 8 件").waitFor();

    // 選択肢を設定: the hidden 選択肢 sheet and the dropdowns.
    await page.getByRole("button", { name: "選択肢を設定", exact: true }).click();
    await page.getByRole("button", { name: "選択肢を設定…" }).click();
    await expect(dialog.getByText(/シート「選択肢」を追加（非表示）/u).count()).resolves.toBe(1);
    await expect(
      dialog.getByText(/「施策リスト」の N5:N8,.* にドロップダウンを付ける/u).count(),
    ).resolves.toBe(1);
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
    expect(sheetRows(result, "変更履歴").map((r) => [r[1], r[3], r[5] ?? null])).toEqual([
      ["操作", "セル", "変更後"],
      ["修正", "N60", "☁"],
      ["選択肢の設定", "（シート追加）", null],
      ["PL の編集", "N8", "☁"],
      ["PL の編集", "U8", 30],
      ["サマリー作成", "（シート追加）", null],
      ["元に戻す", "（シート削除）", null],
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
    await page.getByRole("button", { name: "60行 N列 を「☁」に直す" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "やめる" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    const result = await downloaded(page);
    expect(result.sheets.map((s) => s.name)).toEqual(["施策リスト"]);
    expect(sheetRows(result, "施策リスト")[59][13] ?? null).toBeNull();
    await page.close();
  });

  test("the chase list, the KPI suggestions one by one, and the charts with their text", async () => {
    const { page } = await openPreview();
    await page.getByRole("button", { name: "催促リスト", exact: true }).click();
    const message = await page.getByRole("textbox", { name: "総務部 あての文面" }).inputValue();
    expect(message).toContain("施策リスト（R7Q2）で、次の項目がまだ入力されていません。");
    expect(message).toContain("・C3-2 デジタル活用推進: 天気");

    await page.getByRole("button", { name: "達成率を計算", exact: true }).click();
    await page.getByText(/^1 \/ \d+ 件目$/u).waitFor();
    await page.getByRole("button", { name: "採用しない" }).click();
    await page.getByText(/^2 \/ \d+ 件目$/u).waitFor();

    await page.getByRole("button", { name: "グラフ", exact: true }).click();
    const pillars = await page.getByRole("img", { name: /^3本柱別の天気。/u }).getAttribute("aria-label");
    expect(pillars).toMatch(/A 市民サービスの改善・向上: ☀ \d+ 件/u);
    await expect(page.getByRole("img", { name: /^達成度の分布。A: A 1 件/u }).count()).resolves.toBe(1);
    await page.getByText("前の四半期のサマリーがブックにないため、推移はまだありません。").waitFor();
    await page.close();
  });

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
      "60行 N列 を「☁」に直す",
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
    expect(await page.getByRole("tab", { name: "PL（部の入力）" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await page.getByLabel("部", { exact: true }).selectOption("市民部");
    await page.getByLabel("部", { exact: true }).focus();
    const plReach = await keyboardReach(page, 12);
    for (const name of ["天気", "今後の方向性", "方向性理由", "進捗状況", "R7実績値"])
      expect([name, plReach.some((r) => r.includes(name))]).toEqual([name, true]);
    await page.close();
  });
});

describe("preview.html on a hostile workbook", () => {
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
});
