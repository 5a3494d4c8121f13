/** The ribbon's one-click actions on the emulated Excel host, driven by Microsoft's client. */
import { join } from "node:path";
import { useExcelHost } from "../../tests/support/excel-host";
import { createOfficeHost } from "../excel/office-host";
import { checkFromRibbon, summaryFromRibbon } from "./ribbon-actions";

const EXAMPLES = join(__dirname, "..", "..", "examples");
/** 2025-10-01: the last quarter that has ended is R7Q2, the sample's own date. */
const OCTOBER = new Date(2025, 9, 1, 9, 30);

describe("サマリー作成 from the ribbon", () => {
  const excel = useExcelHost({ xlsx: join(EXAMPLES, "measure-list-sample-kpi.xlsx") });

  test("makes the default quarter's summary after the list, logs it under the pane's name, and says what it made", async () => {
    const result = await summaryFromRibbon(createOfficeHost(), OCTOBER, "ja", "行革 花子");
    expect(result).toMatchObject({ ok: true, title: "サマリー作成", offerPane: false });
    expect(result.lines[0]).toBe(
      "R7Q2 のサマリー「サマリー_R7Q2」を「施策リスト」の後ろに作りました（施策リストは変更していません）。",
    );
    expect(result.lines[1]).toBe("施策 32 件: ☀ 31 / ☁ 0 / ☂ 0 / 未入力 1 / その他 0");
    const names = excel.host.workbook.sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["施策リスト", "サマリー_R7Q2"]);
    expect(excel.host.snapshot("変更履歴").values[1].slice(1)).toEqual([
      "サマリー作成",
      "サマリー_R7Q2",
      "（シート追加）",
      "",
      "",
      "行革 花子",
    ]);
    // A cold start reads the sheet names first: 2 syncs to read, 1 to compare, 1 to write.
    excel.host.expectBudget({ maxSyncs: 4 });
  });

  test("a second click the same quarter makes サマリー_R7Q2 (2), deleting nothing", async () => {
    const host = createOfficeHost();
    await summaryFromRibbon(host, OCTOBER, "ja", "");
    const again = await summaryFromRibbon(host, OCTOBER, "en", "");
    expect(again.lines[0]).toContain('"サマリー_R7Q2 (2)"');
    expect(excel.host.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("サマリー"))).toEqual([
      "サマリー_R7Q2 (2)",
      "サマリー_R7Q2",
    ]);
  });
});

describe("チェック from the ribbon", () => {
  const excel = useExcelHost({ xlsx: join(EXAMPLES, "measure-list-sample.xlsx") });

  test("counts errors and warnings and offers the pane; writes nothing", async () => {
    const result = await checkFromRibbon(createOfficeHost(), OCTOBER, "ja");
    expect(result.lines).toEqual([
      "シート「施策リスト」の施策 32 行をチェックしました。",
      expect.stringMatching(/^エラー 1 件・警告 \d+ 件があります。$/u),
    ]);
    expect(result.offerPane).toBe(true);
    expect(excel.host.records.flatMap((r) => r.writes)).toEqual([]);
    excel.host.expectBudget({ maxSyncs: 2 });
  });
});

describe("a workbook without the list", () => {
  useExcelHost({
    sheets: [
      {
        name: "名簿",
        rows: [
          ["氏名", "所属"],
          ["山田", "総務課"],
        ],
      },
    ],
  });

  test("both buttons say so in one line, in the reader's language", async () => {
    const host = createOfficeHost();
    const [summary, check] = [
      await summaryFromRibbon(host, OCTOBER, "ja", ""),
      await checkFromRibbon(host, OCTOBER, "en"),
    ];
    expect(summary).toMatchObject({
      ok: false,
      lines: [expect.stringMatching(/^このブックに施策リストが見つかりません/u)],
    });
    expect(check).toMatchObject({
      ok: false,
      lines: [expect.stringMatching(/^No measure list in this workbook/u)],
    });
  });
});
