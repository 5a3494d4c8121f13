import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  listSheet,
  plainSheet,
  reorder,
  seedRow,
  seedRows,
  SEED_COLUMNS,
  workbookOf,
} from "../builders/list-sheet";
import { fileHash, runCli, spawnCli } from "../builders/cli";
import { tempDir, writeXlsx } from "../builders/xlsx";
import { readWorkbookFile } from "../../src/xlsx/node";

const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("measure-list validate on the bundled sample", () => {
  test("JSON exactly as §9 writes it: 9 printed blocks, 32 rows, C3-2's weather the one error", async () => {
    const run = await runCli(["validate", SAMPLE, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["sheet", "headerRows", "dataRows", "columns", "issues", "counts"]);
    expect(json.sheet).toBe("施策リスト");
    expect(json.headerRows).toEqual([3, 4, 10, 11, 16, 17, 22, 23, 28, 29, 36, 37, 43, 44, 51, 52, 58, 59]);
    expect(json.dataRows).toBe(32);
    expect(json.columns).toMatchObject({
      branch1: "A",
      branch2: "B",
      weather: "N",
      direction: "O",
      directionReason: "P",
      "milestone[R7]": "H",
    });
    expect(json.counts).toEqual({ error: 1, warning: 6 });
    expect(json.issues.at(-1)).toEqual({
      row: 60,
      column: "N",
      field: "weather",
      id: "C3-2",
      code: "missing-value",
      severity: "error",
      message: "天気が未入力です（進捗状況に「☁」と書かれています）",
      value: null,
      suggestion: "☁",
    });
  });

  test("the readable report is Japanese, one line per issue, and the sample is not touched", async () => {
    const before = fileHash(SAMPLE);
    const run = await runCli(["validate", SAMPLE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("シート「施策リスト」の施策 32 行を確認しました");
    expect(run.stdout).toContain("エラー 1 件・警告 6 件");
    expect(run.stdout).toMatch(/エラー {2}60行 N列 \[C3-2\] {2}天気が未入力です.*→ 「☁」/u);
    expect(fileHash(SAMPLE)).toBe(before);
  });

  test("the installed command gives the same exit code and one JSON document", () => {
    const run = spawnCli(["validate", SAMPLE, "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).dataRows).toBe(32);
  });
});

describe("exit codes", () => {
  test("0 for a list without errors (warnings allowed)", async () => {
    const rows = seedRows().map((r) =>
      r.branch1 === "C3" && r.branch2 === 2 ? { ...r, weather: "曇り" } : r,
    );
    const path = await writeXlsx(workbookOf(listSheet({ rows })), tmp.path("clean.xlsx"));
    const run = await runCli(["validate", path, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts).toEqual({ error: 0, warning: 7 });
  });

  test("1 with a sheet-level missing-column when 天気 has no column", async () => {
    const columns = reorder(SEED_COLUMNS.map((c) => c.key).filter((k) => k !== "weather"));
    const path = await writeXlsx(
      workbookOf(listSheet({ columns, rows: [seedRow("A1-1")] })),
      tmp.path("no-weather.xlsx"),
    );
    const run = await runCli(["validate", path, "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues).toEqual([
      {
        row: null,
        column: null,
        field: "weather",
        id: null,
        code: "missing-column",
        severity: "error",
        message: "「天気」の列が見つかりません。見出し行に列を追加してください",
        value: null,
        suggestion: null,
      },
    ]);
  });

  test("--sheet reads the named sheet; --quarter is accepted in every documented form", async () => {
    const path = await writeXlsx(
      workbookOf(
        plainSheet("表紙", [["施策リスト 令和8年度"]]),
        listSheet({ name: "R8", rows: [seedRow("A1-1")] }),
      ),
      tmp.path("two-sheets.xlsx"),
    );
    for (const quarter of ["R8Q2", "FY2026Q2", "令和8年度第2四半期"]) {
      const run = await runCli(["validate", path, "--sheet", "R8", "--quarter", quarter, "--json"]);
      expect([run.code, JSON.parse(run.stdout).sheet]).toEqual([0, "R8"]);
    }
  });
});

describe("could not run: exit 2 and one line on stderr, never a stack trace", () => {
  async function expectRefused(args: string[], pattern: RegExp) {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/u);
  }

  test("bad arguments", async () => {
    await expectRefused([], /コマンドを指定してください/u);
    await expectRefused(["check", SAMPLE], /不明なコマンド「check」/u);
    await expectRefused(["validate"], /入力ファイル/u);
    await expectRefused(["validate", SAMPLE, "--colour"], /不明なオプション「--colour」/u);
    await expectRefused(["validate", SAMPLE, "--quarter", "R8Q5"], /--quarter: .*R8Q2/u);
    await expectRefused(["validate", SAMPLE, "--sheet"], /--sheet/u);
    await expectRefused(["validate", SAMPLE, "extra.xlsx"], /余分な引数「extra.xlsx」/u);
    await expectRefused(
      ["validate", SAMPLE, "--sheet", "R9"],
      /シート「R9」がありません（あるシート: 施策リスト）/u,
    );
  });

  test.each([
    ["missing.xlsx", null, /が見つかりません/u],
    ["list.csv", "進捗管理枝番1,天気\nA1,☀\n", /CSV.*\.xlsx 形式で保存/u],
    [
      "random.bin",
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
      /\.xlsx ファイルではありません/u,
    ],
    ["truncated.xlsx", "zip", /\.xlsx として読めません/u],
  ])("%s", async (name, content, pattern) => {
    const path = tmp.path(name as string);
    if (content === "zip") {
      writeFileSync(path, "PK\u0003\u0004 a zip header and nothing after it");
    } else if (content !== null) {
      writeFileSync(path, content as string | Buffer);
    }
    await expectRefused(["validate", path], pattern as RegExp);
  });

  test("a workbook with no list", async () => {
    const noList = await writeXlsx(
      workbookOf(
        plainSheet("名簿", [
          ["氏名", "所属"],
          ["山田", "総務課"],
        ]),
      ),
      tmp.path("no-list.xlsx"),
    );
    await expectRefused(["validate", noList], /施策リストが見つかりません.*（シート: 名簿）/u);
  });
});

describe("a new year's template: the header and no measure yet", () => {
  const template = () =>
    writeXlsx(workbookOf(listSheet({ titleRows: ["施策リスト"], rows: [] })), tmp.path("template.xlsx"));

  test("validate says the list has 0 measures and exits 0", async () => {
    const path = await template();
    const json = await runCli(["validate", path, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ dataRows: 0, headerRows: [3, 4], issues: [] });
    const text = await runCli(["validate", path]);
    expect(text.stdout).toContain("施策 0 行を確認しました");
    expect(text.stdout).toContain("施策の行はまだありません");
  });

  test("fill sets up the 選択肢 sheet, and summary says there is nothing to summarise", async () => {
    const path = await template();
    const filled = await runCli(["fill", path, "-o", tmp.path("template-filled.xlsx")]);
    expect(filled.code).toBe(0);
    expect(filled.stdout).toContain("既定の選択肢で新しく作ります");
    const read = await readWorkbookFile(tmp.path("template-filled.xlsx"));
    expect(read.ok && read.value.grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["施策リスト", false],
      ["選択肢", true],
      ["変更履歴", true],
    ]);
    const summary = await runCli([
      "summary",
      path,
      "-o",
      tmp.path("template-summary.xlsx"),
      "--quarter",
      "R8Q2",
    ]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain("施策の行がまだないため、サマリーは作りませんでした");
    expect(existsSync(tmp.path("template-summary.xlsx"))).toBe(false);
  });
});

describe("two sheets that both hold a complete list", () => {
  test("the tool says which one it used and why, and --sheet picks the other", async () => {
    const path = await writeXlsx(
      workbookOf(listSheet({ name: "R7施策", rows: seedRows().slice(0, 4) }), listSheet({ name: "R8施策" })),
      tmp.path("two-lists.xlsx"),
    );
    const text = await runCli(["validate", path]);
    expect(text.stdout.split("\n")[0]).toBe(
      "施策リストのあるシートが複数あります（R8施策、R7施策）。行が最も多い「R8施策」を使いました。ほかのシートは --sheet で指定できます",
    );
    const json = await runCli(["validate", path, "--json"]);
    expect(JSON.parse(json.stdout).sheet).toBe("R8施策");
    expect(json.stderr).toContain("「R8施策」を使いました");
    const other = await runCli(["validate", path, "--sheet", "R7施策", "--json"]);
    expect(JSON.parse(other.stdout)).toMatchObject({ sheet: "R7施策", dataRows: 4 });
    expect(other.stderr).toBe("");
  });
});

describe("awkward cells", () => {
  test("error cells and a 30,000-character cell give precise issues; the file is unchanged", async () => {
    const rows = [
      seedRow("A1-1", { progress: "あ".repeat(30_000) }),
      seedRow("A1-2", { weather: { error: "#N/A" }, item: { error: "#REF!" } }),
      seedRow("A1-3", { branch2: '=A1&"-3"' }),
    ];
    const path = await writeXlsx(workbookOf(listSheet({ rows })), tmp.path("awkward.xlsx"));
    const before = fileHash(path);
    const run = await runCli(["validate", path, "--json"]);
    const json = JSON.parse(run.stdout);
    expect(
      json.issues.map((i: { row: number; field: string; code: string }) => [i.row, i.field, i.code]),
    ).toEqual([
      [4, "item", "cell-error"],
      [4, "weather", "cell-error"],
      [5, "branch2", "id-format"],
    ]);
    expect(json.issues[0].value).toBe("#REF!");
    expect(run.code).toBe(1);
    expect(fileHash(path)).toBe(before);
  });
});

test("--help prints the usage of §9 and exits 0", async () => {
  const run = await runCli(["--help"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("measure-list validate <in.xlsx> [--sheet NAME] [--quarter R8Q2] [--json]");
});
