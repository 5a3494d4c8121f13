/**
 * The 目標 view in Excel (issue 17): seed 004's table beside the seed list, read by Microsoft's
 * client from the emulated host, shown at a task pane's 340 px for 令和8年度 第2四半期; and on a PL's
 * card, the targets its measure serves.
 */
import { seriousViolations } from "./axe";
import { writeTargetsReviewBook } from "../builders/targets-review-book";
import { history, openSection, useTaskpane } from "./taskpane-session";
import { confirmWrite, shown } from "./write-dialog";
import { saveScreenshot } from "./screenshots";
import { ADDED_SHEET_HEADS_2026 } from "../builders/targets-sheet";

const { openPane, temp } = useTaskpane();

const READY = "シート「施策リスト」・施策 32 件";

test("at 340 px: the targets' table, a path said in words, the measures behind each, the KGI and the gaps", async () => {
  const path = await writeTargetsReviewBook(temp.path("目標つき.xlsx"));
  const pane = await openPane({ xlsx: path }, READY);
  const { page } = pane;
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByLabel("四半期").selectOption("R8Q2");
  await openSection(page, "目標");
  const view = page.getByRole("region", { name: "目標" });
  const table = view.getByRole("table", { name: "目標の一覧" });
  await table.waitFor();
  await expect(table.locator("thead th").allTextContents()).resolves.toEqual([
    "現在地",
    "目標",
    "実績",
    "達成率・段階",
    "状況",
  ]);
  const rows = await table
    .locator("tbody")
    .evaluateAll((bodies) => bodies.map((b) => [...b.querySelectorAll("th, td")].map((c) => c.textContent)));
  expect(rows).toEqual([
    ["項目 職員の年間作業時間", "6,070時間削減", "10,000時間削減", "8,000時間", "49%", "遅れ"],
    ["項目 A4コピー用紙購入枚数", "4,600,000枚", "4,480,000枚", "4,540,000枚", "50%", "順調"],
    ["項目 テレワーク実施率", "11%", "20%", "24%", "144%", "達成"],
    ["項目 文書管理システムの電子決裁（発意起案）", "84%", "100%", "―", "―", "実績なし"],
    [
      "項目 処分通知等オンライン化の推進",
      "未導入",
      "導入に向けた調査・研究",
      "実証・導入開始",
      "実証・導入開始",
      "前倒し",
    ],
    ["項目 生成AIツールの機能拡充", "限定的な利⽤", "機能拡充検証", "―", "―", "実績なし"],
  ]);

  await saveScreenshot(view, "pane-targets.png");

  // Each numeric target's path is one image, named by the path said year by year.
  const telework = view.getByRole("img", { name: /^テレワーク実施率の推移/u });
  await expect(telework.getAttribute("aria-label")).resolves.toBe(
    "テレワーク実施率の推移: 令和7年度 現在地 11%、令和8年度 目標 20%・実績 24%、令和9年度 目標 30%、令和10年度 目標 40%。",
  );
  await expect(view.getByRole("img", { name: /の推移: / }).count()).resolves.toBe(4);
  // 施策の合計: each measure with its value and its share of the sum.
  const hours = view.getByRole("region", { name: "職員の年間作業時間" });
  await expect(hours.getByRole("listitem").allTextContents()).resolves.toEqual([
    "B1-9 バックヤード改革（先行トライアル課） 4,000時間（合計の 50%）",
    "B1-10 全課での改善実施 ＜具体的な施策にブレークアウトが必要＞ 3,000時間（合計の 38%）",
    "C3-1 生成AIの活用 1,000時間（合計の 13%）",
  ]);
  await view
    .getByRole("region", { name: "処分通知等オンライン化の推進" })
    .getByText("今年度の予定: 導入に向けた調査・研究。到達: 「実証・導入開始」（令和9年度の段階）。")
    .waitFor();

  await view.getByText("KGI 業務量30%減に対し、これまでに削減した時間は8,000時間です。").waitFor();
  await view.getByText(/^割合を出すには業務量の基準（年間の総業務時間）が要ります。/u).waitFor();
  await view.getByText("施策のない目標（1 件）").waitFor();
  await view
    .getByRole("listitem")
    .filter({ hasText: /^文書管理システムの電子決裁（発意起案）$/u })
    .waitFor();
  await view.getByText("どの目標にもつながらない KPI の施策（1 件）").waitFor();
  await view.getByText("A1-1 書かない窓口の実現（KPI: オンライン申請の件数）").waitFor();

  // A 関連施策 that names no measure: said under its target, and as the sheet's issue at its cell.
  await view
    .getByRole("region", { name: "生成AIツールの機能拡充" })
    .getByText("リストに見つからない関連施策: D9-9")
    .waitFor();
  await view.getByText("「目標」シートで確かめること（1 件）").waitFor();
  await view
    .getByRole("button", { name: /^警告 7行 J列 目標「生成AIツールの機能拡充」の関連施策「D9-9」は/u })
    .click();
  await pane.bridge.settle();
  expect(pane.host.selection()).toBe("目標!J7");

  // Nothing is wider than the pane, and nothing serious for assistive technology.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
  expect(await seriousViolations(page)).toEqual([]);
  expect([pane.guards.errors, pane.guards.consoleErrors]).toEqual([[], []]);
  await page.close();
});

test("a PL's card lists the targets its measure serves, each with where it stands", async () => {
  const path = await writeTargetsReviewBook(temp.path("目標つき-PL.xlsx"));
  const { page } = await openPane({ xlsx: path }, READY);
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByLabel("四半期").selectOption("R8Q2");
  await page.getByRole("tab", { name: "PL（部の入力）" }).click();
  await page.getByLabel("部", { exact: true }).selectOption("総務部");
  const card = page.getByRole("article", { name: /^B1-5b /u });
  await card.getByText("この施策が支える目標").waitFor();
  await expect(
    card.getByRole("list", { name: "この施策が支える目標" }).getByRole("listitem").allTextContents(),
  ).resolves.toEqual(["テレワーク実施率: 達成（144%）"]);
  const hours = page.getByRole("article", { name: /^B1-9 /u });
  await expect(hours.getByRole("listitem").allTextContents()).resolves.toEqual([
    "職員の年間作業時間: 遅れ（49%）",
    "既存業務の業務量（KGI）",
  ]);
  // A measure no target names shows none.
  await expect(
    page
      .getByRole("article", { name: /^A1-1 /u })
      .getByText("この施策が支える目標")
      .count(),
  ).resolves.toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
  await page.close();
});

test("a workbook without a 目標 sheet: the view says what it is for, and adds one through confirm, 変更履歴 and undo", async () => {
  const pane = await openPane();
  const { page, host } = pane;
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByLabel("四半期").selectOption("R8Q2");
  await openSection(page, "目標");
  const view = page.getByRole("region", { name: "目標" });
  await view.getByText(/^このブックには「目標」シートがありません。/u).waitFor();
  await view.getByRole("button", { name: "目標シートを追加…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("シート「目標」を追加").waitFor();
  await confirmWrite(page);
  await shown(page, "シート「目標」を追加しました。").waitFor();
  expect(history(host)).toEqual([["目標シートの追加", "目標", "（シート追加）", "", ""]]);
  expect(host.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["施策リスト", "Visible"],
    ["目標", "Visible"],
    ["変更履歴", "Hidden"],
  ]);
  // The sheet the core laid out, with the year columns from the chosen quarter's year on.
  const header = host.snapshot("目標").values[0];
  expect(header.slice(0, 7)).toEqual([...ADDED_SHEET_HEADS_2026]);
  // The view reads the new sheet at once: no target yet, and a button to show the sheet.
  await view.getByText(/^「目標」シートにまだ目標の行がありません。/u).waitFor();
  await view.getByRole("button", { name: "「目標」を表示" }).waitFor();

  await page.getByRole("button", { name: "元に戻す（目標シートの追加）" }).click();
  await page.getByRole("dialog").getByText("シート「目標」を削除").waitFor();
  await confirmWrite(page);
  await shown(page, "シート「目標」を削除しました。").waitFor();
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["施策リスト", "変更履歴"]);
  expect(history(host).map((r) => r[0])).toEqual(["目標シートの追加", "元に戻す"]);
  await view.getByRole("button", { name: "目標シートを追加…" }).waitFor();
  await page.close();
});

test("in English: the heads, statuses and a path's words in the pane's language, the workbook's words as written", async () => {
  const path = await writeTargetsReviewBook(temp.path("targets-en.xlsx"));
  const { page } = await openPane(
    { xlsx: path, displayLanguage: "en-US" },
    'Sheet "施策リスト", 32 measures',
  );
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByLabel("Quarter", { exact: true }).selectOption("R8Q2");
  await openSection(page, "Targets");
  const view = page.getByRole("region", { name: "Targets", exact: true });
  const table = view.getByRole("table", { name: "Targets", exact: true });
  await table.waitFor();
  await expect(table.locator("thead th").allTextContents()).resolves.toEqual([
    "Current",
    "Target",
    "Actual",
    "Attainment / Stage",
    "Status",
  ]);
  const telework = table.locator("tbody").filter({ hasText: "テレワーク実施率" });
  await expect(telework.locator("td").allTextContents()).resolves.toEqual([
    "11%",
    "20%",
    "24%",
    "144%",
    "achieved",
  ]);
  await expect(
    view.getByRole("img", { name: /^テレワーク実施率 over the years/u }).getAttribute("aria-label"),
  ).resolves.toBe(
    "テレワーク実施率 over the years: FY2025 baseline 11%; FY2026 target 20%, actual 24%; FY2027 target 30%; FY2028 target 40%.",
  );
  await view.getByText("Gaps in the plan").waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
  await page.close();
});
