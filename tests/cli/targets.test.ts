import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/node";
import { fileHash, runCli, TEST_USER } from "../builders/cli";
import { kpiColumns, listSheet, paperRow, seedRows } from "../builders/list-sheet";
import { ADDED_SHEET_HEADS_2026, SEED_TARGET_ROWS, targetsBook } from "../builders/targets-sheet";
import { tempDir, writeXlsx } from "../builders/xlsx";

const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample-targets.xlsx");
const KPI_SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample-kpi.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("measure-list targets", () => {
  test("the sample's 目標 sheet for R8: each target's standing, the KGI, the gaps and the footnotes", async () => {
    const before = fileHash(SAMPLE);
    const run = await runCli(["targets", SAMPLE, "--year", "R8"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${SAMPLE}: 目標シート「目標」の目標 7 件（2026年度・R8Q2時点）`);
    expect(lines.slice(1, 7)).toEqual([
      "  職員の年間作業時間: 現在地 6,070時間削減 → 2026年度目標 10,000時間削減、実績 -、達成率 -（実績なし）",
      "  A4コピー用紙購入枚数: 現在地 4,600,000枚 → 2026年度目標 4,480,000枚、実績 -、達成率 -（実績なし）",
      "  テレワーク実施率: 現在地 11% → 2026年度目標 20%、実績 -、達成率 -（実績なし）",
      "  文書管理システムの電子決裁（発意起案）: 現在地 84% → 2026年度目標 100%、実績 -、達成率 -（実績なし）",
      "  処分通知等オンライン化の推進: 2026年度の段階「導入に向けた調査・研究」、実績「-」（実績なし）",
      "  生成AIツールの機能拡充: 2026年度の段階「機能拡充検証」、実績「-」（実績なし）",
    ]);
    expect(run.stdout).toContain(
      "KGI 業務量30%減に対し、これまでに削減した時間は6,070時間です。割合を出すには業務量の基準（年間の総業務時間）が要ります",
    );
    expect(run.stdout).toContain("    5行: 2026年2月末時点\n");
    expect(lines.at(-1)).toBe("エラー 0 件・警告 0 件");
    expect(fileHash(SAMPLE)).toBe(before);
  });

  test("--json: the model as data, the KGI with no base and the gaps", async () => {
    const run = await runCli(["targets", SAMPLE, "--quarter", "R8Q3", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual([
      "sheet",
      "fiscalYear",
      "quarter",
      "years",
      "baselineYear",
      "targets",
      "kgi",
      "gaps",
      "notes",
      "issues",
    ]);
    expect([json.fiscalYear, json.quarter, json.years, json.baselineYear]).toEqual([
      2026,
      "R8Q3",
      [2026, 2027, 2028],
      2025,
    ]);
    expect(json.targets[1]).toMatchObject({
      row: 3,
      name: "A4コピー用紙購入枚数",
      unit: "枚",
      direction: "decrease",
      baseline: {
        year: 2025,
        value: { text: "4,600,000枚", value: 4600000 },
        note: "2026年2月末時点のデータをもとに3月末時点を推計したもの",
      },
      standing: { kind: "numeric", target: 4480000, status: "no-actual" },
    });
    expect(json.kgi).toMatchObject({
      name: "既存業務の業務量",
      targetShare: 0.3,
      base: null,
      hoursSaved: 6070,
    });
    expect(json.gaps.measuresServingNoTarget.map((m: { id: string }) => m.id)).toEqual([
      "A1-4",
      "A2-1",
      "B1-3",
      "B1-6",
      "B1-9",
      "C2-2",
    ]);
  });

  test("exit 1 when the check finds errors; each issue on its own line", async () => {
    const rows = [{ ...SEED_TARGET_ROWS[1], years: ["4,480,000枚", "約431万枚", "4,115,000枚"] }];
    const list = listSheet({ columns: kpiColumns(8), rows: [paperRow(), ...seedRows().slice(1, 4)] });
    const path = await writeXlsx(targetsBook({ rows }, list), tmp.path("bad-targets.xlsx"));
    const run = await runCli(["targets", path, "--year", "R8"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("エラー 1 件・警告 0 件\n");
    expect(run.stdout).toContain(
      "  エラー  2行 D列  目標「A4コピー用紙購入枚数」は数値の目標ですが、「約431万枚」を数値として読めません。数値と単位で書いてください",
    );
  });

  test("a workbook with no 目標 sheet says so and how to add one", async () => {
    const run = await runCli(["targets", KPI_SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("目標シートがありません");
    expect(JSON.parse((await runCli(["targets", KPI_SAMPLE, "--json"])).stdout)).toEqual({
      sheet: null,
      source: "施策リスト",
    });
  });

  test("--add -o: the empty 目標 sheet after the list, logged in 変更履歴; the input unchanged; a second --add adds nothing", async () => {
    const out = tmp.path("with-targets.xlsx");
    const before = fileHash(KPI_SAMPLE);
    const run = await runCli(["targets", KPI_SAMPLE, "--add", "-o", out, "--year", "R8"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(
      `${KPI_SAMPLE} → ${out}: 空の目標シート「目標」を「施策リスト」の後ろに追加しました（施策リストは変更していません）\n`,
    );
    expect(fileHash(KPI_SAMPLE)).toBe(before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["施策リスト", "visible"],
      ["目標", "visible"],
      ["変更履歴", "hidden"],
    ]);
    const log = workbook.getWorksheet("変更履歴") as ExcelJS.Worksheet;
    expect([2].map((r) => [2, 3, 4, 7].map((c) => log.getCell(r, c).value))).toEqual([
      ["目標シートの追加", "目標", "（シート追加）", TEST_USER],
    ]);
    const read = await readWorkbookFile(out);
    expect(read.ok && read.value.grid.sheets[1].rows[0]?.slice(0, 7)).toEqual([...ADDED_SHEET_HEADS_2026]);

    const listed = await runCli(["targets", out, "--year", "R8"]);
    expect(listed.stdout.split("\n")[0]).toBe(`${out}: 目標シート「目標」の目標 0 件（2026年度・R8Q2時点）`);
    const again = await runCli(["targets", out, "--add", "-o", tmp.path("again.xlsx")]);
    expect(again.stdout).toBe(`${out}: 目標シート「目標」がすでにあります。何も追加しません\n`);
  });

  test.each([
    [
      ["--add"],
      "measure-list: targets --add には出力先を -o <out.xlsx> で指定してください（入力ファイルは変更しません）\n",
    ],
    [
      ["-o", "x.xlsx"],
      "measure-list: targets の -o は --add（空の目標シートの追加）と一緒に指定してください\n",
    ],
    [
      ["--year", "R八"],
      "measure-list: --year「R八」を年度として読めません（例: R8、令和8年度、2026年度、FY2026）\n",
    ],
    [["--year", "R8", "--quarter", "R9Q2"], "measure-list: --year R8 と --quarter R9Q2 の年度が違います\n"],
  ])("%j is refused in one line, exit 2", async (extra, message) => {
    const run = await runCli(["targets", SAMPLE, ...extra]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", message]);
  });

  test("summary --json carries the targets when the workbook has a 目標 sheet", async () => {
    const run = await runCli([
      "summary",
      SAMPLE,
      "-o",
      tmp.path("summary.xlsx"),
      "--quarter",
      "R8Q2",
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.targets).toMatchObject({ sheet: "目標", fiscalYear: 2026, quarter: "R8Q2" });
    expect(json.targets.targets).toHaveLength(7);
  });
});
