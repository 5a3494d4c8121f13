import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/node";
import { fileHash, runCli } from "../builders/cli";
import { tempDir, writeXlsx } from "../builders/xlsx";
import {
  kpiColumns,
  listSheet,
  paperRow,
  SEED_COLUMNS,
  seedRow,
  workbookOf,
  type ColumnSpec,
} from "../builders/list-sheet";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const SAMPLE = join(EXAMPLES, "measure-list-sample.xlsx");
const KPI_SAMPLE = join(EXAMPLES, "measure-list-sample-kpi.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The column row of every printed block: the second of each pair of header rows. */
const COLUMN_ROWS = [4, 11, 17, 23, 29, 37, 44, 52, 59];

interface AttainmentRowJson {
  row: number;
  id: string | null;
  grade: string;
  rate: number | null;
  suggestedWeather: string | null;
}

async function open(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.getWorksheet("施策リスト");
  if (!ws) throw new Error("no list sheet");
  return ws;
}

describe("measure-list attainment on the KPI sample, --quarter R7Q2", () => {
  const out = tmp.path("attainment.xlsx");
  let json: {
    rows: AttainmentRowJson[];
    [key: string]: unknown;
  };

  beforeAll(async () => {
    const before = fileHash(KPI_SAMPLE);
    const run = await runCli(["attainment", KPI_SAMPLE, "-o", out, "--quarter", "R7Q2", "--json"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    json = JSON.parse(run.stdout);
    expect(fileHash(KPI_SAMPLE)).toBe(before);
  });

  test("JSON exactly as §9 writes it, keys in order", () => {
    expect(Object.keys(json)).toEqual(["sheet", "fiscalYear", "quarter", "rows", "grades"]);
    expect([json.sheet, json.fiscalYear, json.quarter]).toEqual(["施策リスト", "R7", "R7Q2"]);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual([
        "row",
        "id",
        "baseline",
        "target",
        "actual",
        "polarity",
        "rate",
        "grade",
        "pace",
        "suggestedWeather",
      ]);
    }
    expect(json.grades).toEqual({ A: 1, B: 0, C: 1, D: 2, "-": 2 });
    expect(Object.keys(json.grades as object)).toEqual(["A", "B", "C", "D", "-"]);
  });

  test("A1-4: 28 of 60 done at half the year is a rate of 28/60, a pace of (28/60)/(2/4), ☁", () => {
    expect(json.rows.find((r) => r.id === "A1-4")).toEqual({
      row: 8,
      id: "A1-4",
      baseline: null,
      target: 60,
      actual: 28,
      polarity: "増加",
      // The engine rounds away float noise at 12 significant digits.
      rate: expect.closeTo(28 / 60, 11),
      grade: "D",
      pace: expect.closeTo(28 / 60 / (2 / 4), 11),
      suggestedWeather: "☁",
    });
  });

  test("every row with a target, top to bottom, with its grade and suggested weather", () => {
    expect(json.rows.map((r) => [r.row, r.id, r.grade, r.suggestedWeather])).toEqual([
      [8, "A1-4", "D", "☁"],
      [12, "A2-1", "D", "☂"],
      [20, "B1-3", "C", "☀"],
      [30, "B1-6", "-", null],
      [38, "B1-9", "A", "☀"],
      [55, "C2-2", "-", null],
    ]);
  });

  test("達成率 and 達成度 headers in every block's column row, right after the KPI columns", async () => {
    const validate = await runCli(["validate", KPI_SAMPLE, "--json"]);
    const { headerRows, columns } = JSON.parse(validate.stdout);
    expect(headerRows.filter((_: number, i: number) => i % 2 === 1)).toEqual(COLUMN_ROWS);
    expect([columns.kpiName, columns["target[R7]"], columns["actual[R7]"], columns.polarity]).toEqual([
      "Q",
      "T",
      "U",
      "V",
    ]);
    const ws = await open(out);
    expect(COLUMN_ROWS.map((r) => [r, ws.getCell(`W${r}`).value, ws.getCell(`X${r}`).value])).toEqual(
      COLUMN_ROWS.map((r) => [r, "達成率", "達成度"]),
    );
    // The group rows above stay as they were: the tool adds column names only.
    expect(COLUMN_ROWS.map((r) => ws.getCell(`W${r - 1}`).value)).toEqual(COLUMN_ROWS.map(() => null));
  });

  test("rates are numbers shown as %, grades are text; rows without a rate get - and an empty rate", async () => {
    const ws = await open(out);
    const cells = json.rows.map((r) => {
      const rate = ws.getCell(`W${r.row}`);
      return [
        r.row,
        rate.type,
        rate.value,
        /%/u.test(rate.numFmt ?? "") || rate.value === null,
        ws.getCell(`X${r.row}`).value,
      ];
    });
    expect(cells).toEqual(
      json.rows.map((r) => [
        r.row,
        r.rate === null ? ExcelJS.ValueType.Null : ExcelJS.ValueType.Number,
        r.rate,
        true,
        r.grade,
      ]),
    );
    expect(ws.getCell("W8").numFmt).toBe("0.0%");
    // A row without a target keeps its cells empty.
    expect([ws.getCell("W5").value, ws.getCell("X5").value]).toEqual([null, null]);
  });

  test("a second run on its own output writes the same values and changes no cell", async () => {
    const again = tmp.path("attainment-again.xlsx");
    const run = await runCli(["attainment", out, "-o", again, "--quarter", "R7Q2", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(json);
    const text = await runCli([
      "attainment",
      out,
      "-o",
      tmp.path("attainment-again-text.xlsx"),
      "--quarter",
      "R7Q2",
    ]);
    expect(text.stdout).toContain("達成率 W列・達成度 X列に書き込みました。変更したセル 0 個");
    const [first, second] = await Promise.all([readWorkbookFile(out), readWorkbookFile(again)]);
    if (!first.ok || !second.ok) throw new Error("unreadable output");
    expect(second.value.grid).toEqual(first.value.grid);
  });

  test("the readable report is Japanese: columns added, one line per row, grades and mismatches", async () => {
    const run = await runCli([
      "attainment",
      KPI_SAMPLE,
      "-o",
      tmp.path("attainment-text.xlsx"),
      "--quarter",
      "R7Q2",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("R7年度の達成率（R7Q2時点）");
    expect(run.stdout).toContain("達成率 W列・達成度 X列に書き込みました（見出しを追加: 達成率・達成度）");
    expect(run.stdout).toContain("目標のある施策 6 行:");
    expect(run.stdout).toContain("達成度: A 1 / B 0 / C 1 / D 2 / - 2");
    expect(run.stdout).toMatch(/ {3}8 {2}A1-4 .* 60 .* 28 {2}増加 {4}46\.7% {5}D {4}93\.3% {2}☁（PL: ☀）/u);
    expect(run.stdout).toContain("天気がペースと合わない施策 2 件");
  });
});

describe("attainment without any target column", () => {
  test("exits 0, computes nothing, and lists the numbers the texts state with their source", async () => {
    const out = tmp.path("no-target.xlsx");
    const json = await runCli(["attainment", SAMPLE, "-o", out, "--quarter", "R7Q2", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      sheet: "施策リスト",
      fiscalYear: "R7",
      quarter: "R7Q2",
      rows: [],
      grades: { A: 0, B: 0, C: 0, D: 0, "-": 0 },
    });
    const [input, output] = await Promise.all([readWorkbookFile(SAMPLE), readWorkbookFile(out)]);
    if (!input.ok || !output.ok) throw new Error("unreadable");
    expect(output.value.grid).toEqual(input.value.grid);

    const text = await runCli([
      "attainment",
      SAMPLE,
      "-o",
      tmp.path("no-target-text.xlsx"),
      "--quarter",
      "R7Q2",
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "目標値の列がないため計算できません。「R7年度目標値」「R7実績値」（基準値・目標の方向も可）の列を追加してください。出力は入力と同じ内容です",
    );
    expect(text.stdout).toContain("本文に書かれた数値の候補 22 件（参考。書き込みはしていません）:");
    const lines = text.stdout.split("\n");
    expect(lines.filter((l) => l.includes("[A1-4]") || l.includes("[B1-3]")).map((l) => l.trim())).toEqual([
      "8行 [A1-4] 目標値 60 ← R7年度末時点「改善実施数:60」",
      "8行 [A1-4] 実績値 28 ← 進捗状況「28/60完了」",
      "20行 [B1-3] 目標値 80% ← R7年度末時点「80%」",
      "20行 [B1-3] 実績値 50.1% ← 進捗状況「Q1平均50.1%」",
    ]);
    // 「前年度比10%増」 is a target relative to the year before, never an absolute 10%.
    expect(lines.filter((l) => l.includes("[A3-2]")).map((l) => l.trim())).toEqual([
      expect.stringMatching(
        /^\d+行 \[A3-2\] 目標値 前年度（R6）比 10%増（R6実績値か基準値がないため、目標値は計算できません。入れると計算します） ← R7年度末時点「前年度比10%増」$/u,
      ),
    ]);
  });
});

describe("the quarter", () => {
  test.each(["R7Q5", "R7Q0", "2025Q2", "第2四半期", "Q2"])(
    "--quarter %s exits 2 with one line",
    async (quarter) => {
      const out = tmp.path(`bad-${quarter}.xlsx`);
      const run = await runCli(["attainment", KPI_SAMPLE, "-o", out, "--quarter", quarter]);
      expect([run.code, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toMatch(/^measure-list: --quarter: .*R8Q2、FY2026Q2、令和8年度第2四半期/u);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    },
  );

  test("every documented form of a quarter gives the same result", async () => {
    const results = [];
    for (const quarter of ["R7Q2", "FY2025Q2", "令和7年度第2四半期"]) {
      const run = await runCli([
        "attainment",
        KPI_SAMPLE,
        "-o",
        tmp.path("forms.xlsx"),
        "--quarter",
        quarter,
        "--json",
      ]);
      results.push(JSON.parse(run.stdout));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  test("without --quarter, the last quarter that has ended by the clock: 2026-11-20 → R8Q2", async () => {
    const run = await runCli(["attainment", KPI_SAMPLE, "-o", tmp.path("default-quarter.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // The sample's targets are for R7 only, so no row has a target in R8.
    expect([json.fiscalYear, json.quarter, json.rows]).toEqual(["R8", "R8Q2", []]);
  });
});

describe("KPI columns at the edges of the sheet", () => {
  const kpiLast = (columns: ColumnSpec[]) =>
    writeXlsx(
      workbookOf(listSheet({ columns, rows: [paperRow({ actualR8: "4,540,000枚" }), seedRow("A1-1")] })),
      tmp.path(`edge-${columns.length}-${columns[columns.length - 1].key}.xlsx`),
    );

  test.each<[string, () => ColumnSpec[]]>([
    [
      "the target is the last column of the sheet",
      () => kpiColumns().filter((c) => c.key !== "polarity" && c.key !== "actualR8"),
    ],
    ["the actual is the last column", () => kpiColumns().filter((c) => c.key !== "polarity")],
    [
      "達成率 and 達成度 are the last columns",
      () => [...kpiColumns(), { key: "rate", header: "達成率" }, { key: "grade", header: "達成度" }],
    ],
    [
      "the KPI columns come first, before 枝番",
      () => [...kpiColumns().slice(SEED_COLUMNS.length), ...SEED_COLUMNS],
    ],
  ])("%s: every command runs and says what it did", async (_edge, columns) => {
    const path = await kpiLast(columns());
    for (const args of [
      ["validate", path, "--quarter", "R8Q2"],
      ["attainment", path, "-o", tmp.path("edge-out.xlsx"), "--quarter", "R8Q2", "--json"],
      ["summary", path, "-o", tmp.path("edge-summary.xlsx"), "--quarter", "R8Q2"],
      ["fill", path, "--dry-run"],
    ]) {
      const run = await runCli(args);
      expect(run.stderr).toBe("");
      expect(run.code).toBeLessThan(2);
    }
    const json = JSON.parse(
      (await runCli(["attainment", path, "-o", tmp.path("edge-out.xlsx"), "--quarter", "R8Q2", "--json"]))
        .stdout,
    );
    expect(json.rows.map((r: AttainmentRowJson) => [r.id, r.grade])).toEqual([
      ["B1-4", columns().some((c) => c.key === "actualR8") ? "C" : "-"],
    ]);
  });
});

describe("extreme KPI numbers", () => {
  // The bug report: 1e308 ended in 予期しないエラー: not a finite number: Infinity.
  const rows = [
    paperRow({ actualR8: "4,540,000枚" }),
    seedRow("A1-4", { baseline: -1e308, targetR8: 1e308, actualR8: 1e308 }),
    seedRow("B1-6", { targetR8: 1, actualR8: 1e308 }),
  ];

  test("attainment exits 0, writes the other rows, and reports each row it cannot compute", async () => {
    const input = await writeXlsx(
      workbookOf(listSheet({ columns: kpiColumns(), rows })),
      tmp.path("extreme.xlsx"),
    );
    const before = fileHash(input);
    const out = tmp.path("extreme-out.xlsx");
    const json = await runCli(["attainment", input, "-o", out, "--quarter", "R8Q2", "--json"]);
    expect([json.code, json.stderr]).toEqual([0, ""]);
    expect(
      JSON.parse(json.stdout).rows.map((r: AttainmentRowJson & { pace: number | null }) => [
        r.row,
        r.id,
        r.rate,
        r.grade,
        r.pace,
      ]),
    ).toEqual([
      [3, "B1-4", 0.5, "C", 1],
      [4, "A1-4", null, "-", null],
      [5, "B1-6", null, "-", null],
    ]);
    const ws = await open(out);
    expect([3, 4, 5].map((r) => [ws.getCell(`W${r}`).value, ws.getCell(`X${r}`).value])).toEqual([
      [0.5, "C"],
      [null, "-"],
      [null, "-"],
    ]);
    expect(fileHash(input)).toBe(before);

    const text = await runCli([
      "attainment",
      input,
      "-o",
      tmp.path("extreme-text.xlsx"),
      "--quarter",
      "R8Q2",
    ]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    const at = lines.indexOf("  達成率を計算できない施策 2 行（達成率は空欄、達成度は「-」）:");
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "    エラー  4行 T列 [A1-4]  R8年度の達成率を計算できません。基準値・目標値・実績値が極端な値で、計算の結果が数値の範囲を超えます。桁や単位を確認してください",
      "    エラー  5行 T列 [B1-6]  R8年度の達成率を計算できません。基準値・目標値・実績値が極端な値で、計算の結果が数値の範囲を超えます。桁や単位を確認してください",
    ]);
  });

  test("validate reports them as out-of-range errors, and summary runs", async () => {
    const input = await writeXlsx(
      workbookOf(listSheet({ columns: kpiColumns(), rows })),
      tmp.path("extreme-validate.xlsx"),
    );
    const validate = await runCli(["validate", input, "--quarter", "R8Q2", "--json"]);
    expect(validate.code).toBe(1);
    const issues = JSON.parse(validate.stdout).issues as { row: number; field: string; code: string }[];
    expect(issues.filter((i) => i.code === "out-of-range").map((i) => [i.row, i.field, i.code])).toEqual([
      [4, "target[R8]", "out-of-range"],
      [5, "target[R8]", "out-of-range"],
    ]);
    const summary = await runCli([
      "summary",
      input,
      "-o",
      tmp.path("extreme-summary.xlsx"),
      "--quarter",
      "R8Q2",
    ]);
    expect([summary.code, summary.stderr]).toEqual([0, ""]);
  });
});

describe("KPI columns ending at the sheet's last column (XFD)", () => {
  // The bug report: 予期しないエラー: 2 planned cells no longer held what was read.
  const KPI = kpiColumns().slice(SEED_COLUMNS.length);
  const atTheEdge = (header: string, extra: ColumnSpec[] = []): ColumnSpec[] => [
    ...SEED_COLUMNS,
    ...extra,
    ...Array.from({ length: 16_384 - SEED_COLUMNS.length - extra.length - KPI.length }, (_, i) => ({
      key: `x${i}`,
      header,
    })),
    ...KPI,
  ];
  const rows = [paperRow({ actualR8: "4,540,000枚" }), seedRow("A1-1")];

  test("the new columns go after the list's other columns (Q, R); the input is unchanged", async () => {
    const input = await writeXlsx(
      workbookOf(listSheet({ columns: atTheEdge(""), rows })),
      tmp.path("xfd.xlsx"),
    );
    const before = fileHash(input);
    const out = tmp.path("xfd-out.xlsx");
    const run = await runCli(["attainment", input, "-o", out, "--quarter", "R8Q2"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain(
      "達成率 Q列・達成度 R列に書き込みました（見出しを追加: 達成率・達成度）。変更したセル 4 個",
    );
    const ws = await open(out);
    expect(["Q2", "R2", "Q3", "R3"].map((a) => ws.getCell(a).value)).toEqual(["達成率", "達成度", 0.5, "C"]);
    expect(fileHash(input)).toBe(before);
  });

  test("with no free column right of the list: one line says why, and the rest is still done", async () => {
    const columns = atTheEdge("備考", [{ key: "rate", header: "達成率" }]);
    const input = await writeXlsx(workbookOf(listSheet({ columns, rows })), tmp.path("xfd-full.xlsx"));
    const out = tmp.path("xfd-full-out.xlsx");
    const run = await runCli(["attainment", input, "-o", out, "--quarter", "R8Q2"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const lines = run.stdout.split("\n");
    expect(lines.filter((l) => l.includes("列"))).toEqual([
      "  達成率 Q列に書き込みました。変更したセル 1 個",
      "  達成度の列を追加できません。施策リストの右には、シートの右端（XFD 列）まで、リストの行がすべて空いている列がありません。見出しに「達成度」の列を用意すれば、そこに書き込みます",
    ]);
    expect((await open(out)).getCell("Q3").value).toBe(0.5);
    const json = await runCli(["attainment", input, "-o", out, "--quarter", "R8Q2", "--json"]);
    expect([json.code, JSON.parse(json.stdout).rows.map((r: AttainmentRowJson) => [r.id, r.grade])]).toEqual([
      0,
      [["B1-4", "C"]],
    ]);
  });
});
