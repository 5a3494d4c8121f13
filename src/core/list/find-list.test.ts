import { columnLetter } from "../port/grid";
import { findList, readLayout } from "./find-list";
import { dataRowIndexesOf, headerRowIndexesOf, primaryColumns, type ListLayout } from "./layout";
import {
  SEED_COLUMNS,
  listSheet,
  plainSheet,
  renamed,
  reorder,
  seedRow,
  seedRows,
  workbookOf,
} from "../../../tests/builders/list-sheet";
import { sampleHeaderVariants } from "../../../examples/sample-data";

/** Column key → letter, as the validate JSON prints it. */
function letters(layout: ListLayout): Record<string, string> {
  return Object.fromEntries(primaryColumns(layout).map((b) => [b.key, columnLetter(b.col)]));
}

function layoutOf(...args: Parameters<typeof listSheet>): ListLayout {
  const layout = readLayout(listSheet(...args));
  if (!layout) throw new Error("no layout");
  return layout;
}

describe("finding the list", () => {
  test("maps every column of the seed's two-row header, year-labelled columns by fiscal year", () => {
    const layout = layoutOf();
    expect(letters(layout)).toEqual({
      branch1: "A",
      branch2: "B",
      department: "C",
      pillar: "D",
      domain: "E",
      item: "F",
      purpose: "G",
      "milestone[R7]": "H",
      "plan[R7]": "I",
      quarterTarget: "J",
      "plan[R8]": "K",
      "milestone[R9]": "L",
      progress: "M",
      weather: "N",
      direction: "O",
      directionReason: "P",
    });
    expect(headerRowIndexesOf(layout)).toEqual([0, 1]);
    expect(dataRowIndexesOf(layout)).toHaveLength(32);
    expect(primaryColumns(layout).find((c) => c.field === "quarterTarget")?.quarter).toBe(4);
  });

  test("skips title rows and the blank row under them", () => {
    const layout = layoutOf({ titleRows: ["業務改革施策リスト（令和8年9月末時点）", "総務部 DX推進課"] });
    expect(headerRowIndexesOf(layout)).toEqual([3, 4]);
    expect(dataRowIndexesOf(layout)[0]).toBe(5);
    expect(dataRowIndexesOf(layout)).toHaveLength(32);
  });

  test("repeated header rows before each block are headers, never data", () => {
    const layout = layoutOf({ titleRows: ["業務改革施策リスト"], blockSize: 5 });
    expect(layout.blocks).toHaveLength(7);
    expect(dataRowIndexesOf(layout)).toHaveLength(32);
    const headers = new Set(headerRowIndexesOf(layout));
    expect(dataRowIndexesOf(layout).some((r) => headers.has(r))).toBe(false);
    // Blocks with the same columns share one binding list.
    expect(new Set(layout.blocks.map((b) => b.columns)).size).toBe(1);
  });

  test("columns in another order are mapped by name", () => {
    const order = [
      "weather",
      "direction",
      "branch2",
      "branch1",
      "item",
      "department",
      "domain",
      "pillar",
      "progress",
      "directionReason",
    ];
    const layout = layoutOf({ columns: reorder(order), groupRow: false });
    expect(letters(layout)).toEqual({
      weather: "A",
      direction: "B",
      branch2: "C",
      branch1: "D",
      item: "E",
      department: "F",
      domain: "G",
      pillar: "H",
      progress: "I",
      directionReason: "J",
    });
  });

  test("extra columns are left alone, and the list may start right of column A", () => {
    const columns = [
      ...SEED_COLUMNS.slice(0, 5),
      { key: "memo", header: "備考（PMO記入）" },
      ...SEED_COLUMNS.slice(5),
    ];
    const layout = layoutOf({ columns, leftOffset: 2, rows: [{ ...seedRow("A1-1"), memo: "確認済み" }] });
    expect(letters(layout).branch1).toBe("C");
    expect(letters(layout).item).toBe("I");
    expect(Object.keys(letters(layout))).not.toContain("memo");
  });

  test("a single header row with 管理項目 and 目的 in it works too", () => {
    const layout = layoutOf({ groupRow: false });
    expect(headerRowIndexesOf(layout)).toEqual([0]);
    expect(letters(layout).item).toBe("F");
    expect(letters(layout).purpose).toBe("G");
  });

  test.each([
    ["branch1", "進捗管理枝番1 (9領域)"],
    ["branch1", "進捗管理枝番1（９領域）"],
    ["branch1", "進捗管理\n枝番1\n（9領域）"],
    ["branch1", "枝番1"],
    ["branch2", "進捗管理枝番2 (施策番号)"],
    ["branch2", "枝番2"],
    ["branch2", "施策番号"],
    ["department", "担当部"],
    ["department", "主担当課"],
    ["department", "主担当部 "],
    ["pillar", "施策３本柱"],
    ["pillar", "3本柱"],
    ["domain", "施策９領域"],
    ["domain", "9領域"],
    ["progress", "進捗 状況"],
    ["weather", "天気（☀☁☂）"],
    ["direction", "今後の方 向性"],
    ["direction", "今後の方\n向性"],
    ["direction", "方向性"],
    ["directionReason", "方向性\n理由"],
  ])("header %s spelled %j", (key, header) => {
    const layout = layoutOf({ columns: renamed({ [key]: header }) });
    expect(primaryColumns(layout).find((c) => c.header === header)?.key).toBe(key);
  });

  test.each([
    ["R7年度末時点", "milestone[R7]"],
    ["Ｒ７年度末時点", "milestone[R7]"],
    ["令和7年度末時点", "milestone[R7]"],
    ["R10年度末時点", "milestone[R10]"],
    ["R8年度\n実施内容", "plan[R8]"],
    ["令和9年度 実施内容", "plan[R9]"],
    ["R8年度目標値", "target[R8]"],
    ["R8目標値", "target[R8]"],
    ["年度目標値", "target"],
    ["R8実績値", "actual[R8]"],
    ["実績", "actual"],
    ["基準値", "baseline"],
    ["現在地（2025年度）", "baseline"],
  ])("year-labelled or KPI header %j is %s", (header, key) => {
    const core = reorder([
      "branch1",
      "branch2",
      "department",
      "pillar",
      "domain",
      "item",
      "weather",
      "direction",
    ]);
    const layout = layoutOf({ columns: [...core, { key: "extra", header }], groupRow: false });
    expect(primaryColumns(layout).find((c) => c.header === header)?.key).toBe(key);
  });

  test("the seed's per-block header spellings all read the same", () => {
    for (const variant of sampleHeaderVariants) {
      const columns = renamed({
        branch1: variant.branch1,
        branch2: variant.branch2,
        direction: variant.direction,
      }).map((c) => (c.group === "担当部/ 課" ? { ...c, group: variant.department } : c));
      const layout = layoutOf({ columns, rows: [seedRow("A1-1")] });
      expect(Object.keys(letters(layout))).toHaveLength(16);
    }
  });

  test("rows between blocks with one stray text are set aside, not validated as measures", () => {
    const rows = [
      seedRow("A1-1"),
      { branch1: "※ 天気は四半期末時点で記入" },
      seedRow("A1-2"),
      { item: "（以下余白）" },
    ];
    const layout = layoutOf({ rows });
    expect(dataRowIndexesOf(layout)).toEqual([2, 4]);
    expect(layout.skippedRowIndexes).toEqual([3, 5]);
  });

  test("a row holding only an id is a measure (to be reported incomplete)", () => {
    const layout = layoutOf({ rows: [seedRow("A1-1"), { branch1: "A1", branch2: 5 }] });
    expect(dataRowIndexesOf(layout)).toEqual([2, 3]);
  });
});

describe("choosing the sheet", () => {
  test("the list on the second sheet is found whatever the sheet is called", () => {
    const cover = plainSheet("表紙", [["業務改革施策リスト"], ["令和8年度"]]);
    const found = findList(workbookOf(cover, listSheet({ name: "Sheet2" })));
    expect(found.ok && found.value.layout.sheet).toBe("Sheet2");
  });

  test("the sheet naming the most fields wins over one that merely mentions a few", () => {
    const memo = listSheet({
      name: "メモ",
      columns: reorder(["branch1", "weather", "direction"]),
      rows: [seedRow("A1-1")],
    });
    const found = findList(workbookOf(memo, listSheet({ name: "R8施策" })));
    expect(found.ok && found.value.layout.sheet).toBe("R8施策");
  });

  test("the 選択肢 sheet is never taken for the list", () => {
    const choices = listSheet({ name: "選択肢", rows: seedRows() });
    const found = findList(workbookOf(choices, listSheet({ name: "施策リスト" })));
    expect(found.ok && found.value.layout.sheet).toBe("施策リスト");
  });

  test("a visible list wins over an equally good hidden copy", () => {
    const found = findList(workbookOf(listSheet({ name: "旧", hidden: true }), listSheet({ name: "新" })));
    expect(found.ok && found.value.layout.sheet).toBe("新");
  });

  test("--sheet picks a sheet by name and says so when it does not exist", () => {
    const book = workbookOf(listSheet({ name: "R7" }), listSheet({ name: "R8" }));
    const found = findList(book, { sheet: "R8" });
    expect(found.ok && found.value.layout.sheet).toBe("R8");
    expect(findList(book, { sheet: "R9" })).toEqual({
      ok: false,
      error: { code: "sheet-not-found", sheet: "R9", sheets: ["R7", "R8"] },
    });
  });

  test("a workbook without a list says which sheets it looked at", () => {
    const book = workbookOf(
      plainSheet("Sheet1", [
        ["氏名", "所属"],
        ["山田", "総務課"],
      ]),
    );
    expect(findList(book)).toEqual({ ok: false, error: { code: "no-list", sheets: ["Sheet1"] } });
  });

  test("a header without any measure row (a new year's template) is a list with 0 measures", () => {
    const found = findList(workbookOf(listSheet({ titleRows: ["施策リスト"], rows: [] })));
    if (!found.ok) throw new Error(found.error.code);
    expect(headerRowIndexesOf(found.value.layout)).toEqual([2, 3]);
    expect(dataRowIndexesOf(found.value.layout)).toEqual([]);
  });

  test("one complete list alone names no other sheet", () => {
    const found = findList(workbookOf(plainSheet("表紙", [["施策リスト"]]), listSheet()));
    expect(found.ok && [found.value.others, found.value.reason]).toEqual([[], null]);
  });

  test.each<[string, () => Parameters<typeof workbookOf>, string, string[], string]>([
    [
      "more fields",
      () => [listSheet({ name: "R7", columns: SEED_COLUMNS.slice(0, 15) }), listSheet({ name: "R8" })],
      "R8",
      ["R7"],
      "more-fields",
    ],
    [
      "visible",
      () => [listSheet({ name: "旧", hidden: true }), listSheet({ name: "新" })],
      "新",
      ["旧"],
      "visible",
    ],
    [
      "more rows",
      () => [listSheet({ name: "抜粋", rows: seedRows().slice(0, 5) }), listSheet({ name: "全体" })],
      "全体",
      ["抜粋"],
      "more-rows",
    ],
    ["first", () => [listSheet({ name: "A" }), listSheet({ name: "B" })], "A", ["B"], "first"],
  ])(
    "two complete lists: the one with %s is used, and the other is named",
    (_why, sheets, used, others, reason) => {
      const found = findList(workbookOf(...sheets()));
      if (!found.ok) throw new Error(found.error.code);
      expect([found.value.layout.sheet, found.value.others, found.value.reason]).toEqual([
        used,
        others,
        reason,
      ]);
    },
  );
});

describe("rows that are not measures", () => {
  test("rows holding only header names, in any number, are never measures", () => {
    const rows = [
      seedRow("A1-1"),
      { weather: "天気", direction: "今後の方向性" },
      { branch1: "枝番1", branch2: "枝番2", item: "管理項目" },
      { department: "主担当部", weather: "天気" },
      seedRow("A1-2"),
    ];
    const layout = layoutOf({ rows });
    expect(dataRowIndexesOf(layout)).toEqual([2, 6]);
    expect(layout.skippedRowIndexes).toEqual([3, 4, 5]);
  });

  test("a row with only long texts (目的, 進捗状況) and none of the key columns is not a measure", () => {
    const layout = layoutOf({ rows: [seedRow("A1-1"), { purpose: "続き", progress: "続きの文" }] });
    expect(dataRowIndexesOf(layout)).toEqual([2]);
  });
});

describe("a list read a few columns at a time", () => {
  /** The sheet with only some columns kept below the first header, as a big list is read. */
  function columnsOnly(sheet: ReturnType<typeof listSheet>, keep: readonly number[], from: number) {
    return {
      ...sheet,
      merges: undefined,
      rows: sheet.rows.map((row, r) => (r < from ? row : row.map((v, c) => (keep.includes(c) ? v : null)))),
    };
  }

  test("repeated headers are found from the key columns and bind as the first header does", () => {
    const full = listSheet({ titleRows: ["業務改革施策リスト"], blockSize: 5 });
    const whole = readLayout(full);
    // 天気 (N), 今後の方向性 (O) and the id columns (A, B): what fill reads.
    const sparse = readLayout(columnsOnly(full, [0, 1, 2, 3, 4, 5, 13, 14], 5));
    if (!whole || !sparse) throw new Error("no layout");
    expect(sparse.blocks.map((b) => [b.headerRowIndexes, b.dataRowIndexes])).toEqual(
      whole.blocks.map((b) => [b.headerRowIndexes, b.dataRowIndexes]),
    );
    expect(new Set(sparse.blocks.map((b) => b.columns)).size).toBe(1);
    expect(primaryColumns(sparse)).toEqual(primaryColumns(whole));
  });
});
