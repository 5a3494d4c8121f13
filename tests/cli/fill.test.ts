import { existsSync, linkSync, readdirSync, mkdirSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { choicesSheetRows } from "../../src/core/choices/choices-sheet";
import type { CellValue } from "../../src/core/port/grid";
import { readWorkbookFile } from "../../src/xlsx/node";
import { listSheet, plainSheet, seedRow, seedRows, workbookOf } from "../builders/list-sheet";
import { TEST_USER, fileHash, runCli, spawnCli } from "../builders/cli";
import { tempDir, writeXlsx } from "../builders/xlsx";

const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The sample's data rows: every printed block's rows, under header rows 3-4, 10-11, … 58-59. */
const SAMPLE_RANGES = {
  weather: "N5:N8,N12:N14,N18:N20,N24:N26,N30:N34,N38:N41,N45:N49,N53:N56,N60",
  direction: "O5:O8,O12:O14,O18:O20,O24:O26,O30:O34,O38:O41,O45:O49,O53:O56,O60",
};
const WEATHER_SOURCE = "'選択肢'!$A$2:$A$4";
const DIRECTION_SOURCE = "'選択肢'!$E$2:$E$9";

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name = "施策リスト"): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The list source of a cell's dropdown, or null when it has none. */
function dropdownOf(ws: ExcelJS.Worksheet, address: string): string | null {
  const v = ws.getCell(address).dataValidation;
  return v?.type === "list" ? String(v.formulae?.[0]) : null;
}

/** A city's 選択肢 sheet: a fourth weather mark ⚡ in row 5, 見直し renamed 改善・見直し. */
function cityChoices() {
  const rows: CellValue[][] = choicesSheetRows().map((r) => [...r]);
  rows[4][0] = "⚡";
  rows[4][1] = "重大な遅れ";
  rows[4][2] = "雷";
  const minaoshi = rows.findIndex((r) => r[4] === "見直し");
  rows[minaoshi][4] = "改善・見直し";
  return plainSheet("選択肢", rows, true);
}

describe("measure-list fill on the bundled sample", () => {
  const out = tmp.path("filled.xlsx");
  let json: unknown;

  beforeAll(async () => {
    const before = fileHash(SAMPLE);
    const run = await runCli(["fill", SAMPLE, "-o", out, "--json"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    json = JSON.parse(run.stdout);
    expect(fileHash(SAMPLE)).toBe(before);
  });

  test("JSON exactly as §9 writes it: the sheet, the dropdown ranges and no changes", () => {
    expect(Object.keys(json as object)).toEqual(["sheet", "dropdowns", "changes"]);
    expect(json).toEqual({ sheet: "施策リスト", dropdowns: SAMPLE_RANGES, changes: [] });
  });

  test("every data row's 天気 and 今後の方向性 cell has a dropdown, no header or blank row has one", async () => {
    const ws = sheetOf(await open(out));
    const validate = await runCli(["validate", SAMPLE, "--json"]);
    const headerRows: number[] = JSON.parse(validate.stdout).headerRows;
    // A data row is one with a 9-domain code in column A.
    // Read once: getCell creates the rows it touches, so rowCount grows inside the loop.
    const last = ws.rowCount;
    const dataRows: number[] = [];
    for (let r = 1; r <= last; r++) {
      if (/^[A-C]\d$/u.test(String(ws.getCell(`A${r}`).value ?? ""))) dataRows.push(r);
    }
    expect(dataRows).toHaveLength(32);
    for (let r = 1; r <= last + 1; r++) {
      const expected = dataRows.includes(r);
      expect([r, dropdownOf(ws, `N${r}`), dropdownOf(ws, `O${r}`)]).toEqual([
        r,
        expected ? WEATHER_SOURCE : null,
        expected ? DIRECTION_SOURCE : null,
      ]);
    }
    expect(headerRows.filter((r) => dropdownOf(ws, `N${r}`) !== null)).toEqual([]);
    expect(ws.getCell("N5").dataValidation).toMatchObject({
      type: "list",
      showErrorMessage: true,
      errorTitle: "天気",
      error: "天気は ☀（順調）・☁（やや遅れ）・☂（遅れ） から選んでください",
    });
  });

  test("a hidden 選択肢 sheet holds the lists the dropdowns point at", async () => {
    const workbook = await open(out);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["施策リスト", "visible"],
      ["選択肢", "hidden"],
      ["変更履歴", "hidden"],
    ]);
    // The hidden change history holds the sheet the command added, as the add-in logs it, and
    // who ran it: the OS user when --by names no one.
    const log = sheetOf(workbook, "変更履歴");
    expect([
      log.getCell("A1").value,
      log.getCell("G1").value,
      log.getCell("B2").value,
      log.getCell("C2").value,
      log.getCell("D2").value,
      log.getCell("G2").value,
    ]).toEqual(["日時", "変更者", "選択肢の設定", "選択肢", "（シート追加）", TEST_USER]);
    const choices = sheetOf(workbook, "選択肢");
    const column = (letter: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => choices.getCell(`${letter}${from + i}`).value);
    expect(column("A", 1, 5)).toEqual(["天気", "☀", "☁", "☂", null]);
    expect(column("E", 1, 10)).toEqual([
      "今後の方向性",
      "拡充",
      "継続",
      "見直し",
      "縮小",
      "統合",
      "休止",
      "廃止",
      "完了",
      null,
    ]);
  });

  test("--by NAME is who 変更履歴 names; an empty one is refused before anything is read", async () => {
    const named = tmp.path("filled-by.xlsx");
    const run = await runCli(["fill", SAMPLE, "-o", named, "--by", " 行革 花子 "]);
    expect(run.code).toBe(0);
    const log = sheetOf(await open(named), "変更履歴");
    expect([log.getCell("B2").value, log.getCell("G2").value]).toEqual(["選択肢の設定", "行革 花子"]);
    const empty = await runCli(["fill", SAMPLE, "-o", tmp.path("filled-empty-by.xlsx"), "--by", " "]);
    expect([empty.code, empty.stderr.trim()]).toEqual([
      2,
      "measure-list: --by に変更履歴の変更者として記録する名前を指定してください",
    ]);
    const validate = await runCli(["validate", SAMPLE, "--by", "行革 花子"]);
    expect([validate.code, validate.stderr.trim()]).toEqual([
      2,
      "measure-list: validate には --by を指定できません",
    ]);
  });

  test("the readable report names the new sheet and both dropdowns, in Japanese", async () => {
    const run = await runCli(["fill", SAMPLE, "-o", tmp.path("filled-text.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("選択肢シート: ありません → 既定の選択肢で新しく作ります");
    expect(run.stdout).toContain(
      `天気のドロップダウン: ${SAMPLE_RANGES.weather}（選択肢: ${WEATHER_SOURCE}）`,
    );
    expect(run.stdout).toContain("書き換え: なし");
  });

  test("the installed command prints the same JSON", () => {
    const run = spawnCli(["fill", SAMPLE, "-o", tmp.path("filled-spawned.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(json);
  });

  test("a second fill on its own output changes nothing: no change, no sheet, same cells and dropdowns", async () => {
    const again = tmp.path("filled-again.xlsx");
    const run = await runCli(["fill", out, "-o", again, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ sheet: "施策リスト", dropdowns: SAMPLE_RANGES, changes: [] });
    const text = await runCli(["fill", out, "--dry-run"]);
    expect(text.stdout).toContain(`天気のドロップダウン: ${SAMPLE_RANGES.weather}（設定済み・変更なし）`);
    expect(text.stdout).not.toContain("選択肢シート");
    const [first, second] = await Promise.all([readWorkbookFile(out), readWorkbookFile(again)]);
    if (!first.ok || !second.ok) throw new Error("unreadable output");
    expect(second.value.grid).toEqual(first.value.grid);
    const list = sheetOf(await open(again));
    expect([dropdownOf(list, "N5"), dropdownOf(list, "O60"), dropdownOf(list, "N4")]).toEqual([
      WEATHER_SOURCE,
      DIRECTION_SOURCE,
      null,
    ]);
  });
});

describe("fill on lists people typed", () => {
  test("variants are rewritten, values that are no choice are kept; the input is untouched", async () => {
    const rows = [
      seedRow("A1-1", { weather: "晴れ" }),
      seedRow("A1-2", { weather: "☀️", direction: "改善", directionReason: "手順を再設計" }),
      seedRow("A1-3", { weather: "曇り", direction: "継続する" }),
      seedRow("A1-4", { weather: "雨", direction: "中止", directionReason: "国の制度改正待ち" }),
      seedRow("A2-1", { weather: "晴天", direction: "様子見" }),
      seedRow("A3-1", { weather: null }),
    ];
    const input = await writeXlsx(
      workbookOf(listSheet({ titleRows: ["業務改革施策リスト（令和8年9月末時点）"], rows })),
      tmp.path("variants.xlsx"),
    );
    const before = fileHash(input);
    const out = tmp.path("variants-filled.xlsx");
    const run = await runCli(["fill", input, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      sheet: "施策リスト",
      dropdowns: { weather: "N5:N10", direction: "O5:O10" },
      changes: [
        { row: 5, column: "N", field: "weather", from: "晴れ", to: "☀" },
        { row: 6, column: "N", field: "weather", from: "☀️", to: "☀" },
        { row: 6, column: "O", field: "direction", from: "改善", to: "見直し" },
        { row: 7, column: "N", field: "weather", from: "曇り", to: "☁" },
        { row: 7, column: "O", field: "direction", from: "継続する", to: "継続" },
        { row: 8, column: "N", field: "weather", from: "雨", to: "☂" },
        { row: 8, column: "O", field: "direction", from: "中止", to: "休止" },
      ],
    });
    expect(fileHash(input)).toBe(before);
    const ws = sheetOf(await open(out));
    expect([5, 6, 7, 8, 9, 10].map((r) => [ws.getCell(`N${r}`).value, ws.getCell(`O${r}`).value])).toEqual([
      ["☀", "継続"],
      ["☀", "見直し"],
      ["☁", "継続"],
      ["☂", "休止"],
      ["晴天", "様子見"],
      [null, "継続"],
    ]);
    expect(ws.getCell("P6").value).toBe("手順を再設計");

    const text = await runCli(["fill", input, "--dry-run"]);
    expect(text.stdout).toContain("書き換え 7 件（言い換え → 正式な値）:");
    expect(text.stdout).toContain("6行 O列 今後の方向性「改善」→「見直し」");
    expect(text.stdout).toContain("選択肢にない値 2 件はそのままです（チェックでエラーになります）:");
    expect(text.stdout).toContain("9行 N列 [A2-1] 天気「晴天」");
    expect(text.stdout).toContain("9行 O列 [A2-1] 今後の方向性「様子見」");
  });

  test("a 選択肢 sheet a city edited is honoured by validate and by fill", async () => {
    const rows = [
      seedRow("A1-1", { weather: "⚡", direction: "改善・見直し", directionReason: "手順を再設計" }),
      seedRow("A1-2", { direction: "見直し", directionReason: "手順を再設計" }),
      seedRow("A1-3", { direction: "改善", directionReason: "手順を再設計" }),
      seedRow("A1-4", { weather: "雷" }),
    ];
    const input = await writeXlsx(workbookOf(listSheet({ rows }), cityChoices()), tmp.path("city.xlsx"));

    const validate = await runCli(["validate", input, "--json"]);
    const report = JSON.parse(validate.stdout);
    expect(validate.code).toBe(1);
    expect(
      report.issues.map((i: { row: number; field: string; code: string; suggestion: string | null }) => [
        i.row,
        i.field,
        i.code,
        i.suggestion,
      ]),
    ).toEqual([
      [4, "direction", "invalid-choice", null],
      [5, "direction", "non-canonical-choice", "改善・見直し"],
      [6, "weather", "non-canonical-choice", "⚡"],
    ]);

    const out = tmp.path("city-filled.xlsx");
    const run = await runCli(["fill", input, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      sheet: "施策リスト",
      dropdowns: { weather: "N3:N6", direction: "O3:O6" },
      changes: [
        { row: 5, column: "O", field: "direction", from: "改善", to: "改善・見直し" },
        { row: 6, column: "N", field: "weather", from: "雷", to: "⚡" },
      ],
    });
    const workbook = await open(out);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["施策リスト", "visible"],
      ["選択肢", "hidden"],
      ["変更履歴", "hidden"],
    ]);
    const ws = sheetOf(workbook);
    expect([dropdownOf(ws, "N3"), dropdownOf(ws, "O6")]).toEqual(["'選択肢'!$A$2:$A$5", DIRECTION_SOURCE]);
    expect([
      ws.getCell("N3").value,
      ws.getCell("O4").value,
      ws.getCell("O5").value,
      ws.getCell("N6").value,
    ]).toEqual(["⚡", "見直し", "改善・見直し", "⚡"]);
    expect(sheetOf(workbook, "選択肢").getCell("A5").value).toBe("⚡");
  });
});

describe("what fill writes, and where", () => {
  test("--dry-run needs no -o and writes no file", async () => {
    const dir = tmp.path("dry-run");
    mkdirSync(dir);
    const input = await writeXlsx(
      workbookOf(listSheet({ rows: seedRows().slice(0, 3) })),
      join(dir, "list.xlsx"),
    );
    const before = fileHash(input);
    const run = await runCli(["fill", input, "--dry-run", "--json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      sheet: "施策リスト",
      dropdowns: { weather: "N3:N5", direction: "O3:O5" },
      changes: [],
    });
    const text = await runCli(["fill", input, "--dry-run", "-o", join(dir, "out.xlsx")]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("（--dry-run: 何も書き込みません）");
    expect(readdirSync(dir)).toEqual(["list.xlsx"]);
    expect(fileHash(input)).toBe(before);
  });

  test("without --dry-run, -o is required", async () => {
    const run = await runCli(["fill", SAMPLE]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/-o <out\.xlsx> で指定してください/u);
  });

  test("-o naming the input is refused with exit 2 and one line; the input is unchanged", async () => {
    const input = await writeXlsx(
      workbookOf(listSheet({ rows: [seedRow("A1-1", { weather: "晴れ" })] })),
      tmp.path("same.xlsx"),
    );
    const before = fileHash(input);
    for (const out of [input, relative(process.cwd(), input), join(tmp.dir, ".", "same.xlsx")]) {
      const run = await runCli(["fill", input, "-o", out, "--json"]);
      expect([run.code, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toMatch(/^measure-list: 出力先「.*」が入力ファイルと同じです。/u);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(fileHash(input)).toBe(before);
    expect(existsSync(input)).toBe(true);
  });

  test("-o reaching the input through a linked folder and `..`, or a hard link, is refused too", async () => {
    // The bug report: `fill a/in.xlsx -o l/../in.xlsx`, `l` a link to `a/deep`, replaced the input.
    const a = tmp.path("a");
    mkdirSync(join(a, "deep"), { recursive: true });
    const input = await writeXlsx(
      workbookOf(listSheet({ rows: [seedRow("A1-1", { weather: "晴れ" })] })),
      join(a, "in.xlsx"),
    );
    symlinkSync(join(a, "deep"), tmp.path("l"));
    linkSync(input, tmp.path("hard.xlsx"));
    const before = fileHash(input);
    for (const out of [`${tmp.path("l")}/../in.xlsx`, tmp.path("hard.xlsx")]) {
      const run = await runCli(["fill", input, "-o", out]);
      expect([run.code, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toBe(
        `measure-list: 出力先「${out}」が入力ファイルと同じです。入力は変更しないので、別のファイル名を -o に指定してください\n`,
      );
    }
    expect(fileHash(input)).toBe(before);
    expect(readdirSync(a).sort()).toEqual(["deep", "in.xlsx"]);
    const beside = await runCli(["fill", input, "-o", `${tmp.path("l")}/../out.xlsx`]);
    expect(beside.code).toBe(0);
    expect(readdirSync(a).sort()).toEqual(["deep", "in.xlsx", "out.xlsx"]);
    expect(fileHash(input)).toBe(before);
  });

  test("an output folder that does not exist is refused with exit 2", async () => {
    const run = await runCli(["fill", SAMPLE, "-o", tmp.path("ない/out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/出力先のフォルダーがありません/u);
  });
});
