import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { listSheet, seedRow, seedRows, workbookOf } from "../builders/list-sheet";
import { fileHash, runCli } from "../builders/cli";
import { tempDir, writeXlsx } from "../builders/xlsx";
import { readWorkbookFile } from "../../src/xlsx/node";
import { contentTypes, everyPartOverridden, partsOf, textOf, typeOf } from "../xlsx/package-edit";

const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell value of a sheet, as the grid reads it. */
async function sheetRows(path: string, name: string) {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(read.error.code);
  return read.value.grid.sheets.find((s) => s.name === name)?.rows;
}

describe("measure-list summary", () => {
  test("JSON as §9 writes it, on the bundled sample for R7Q2", async () => {
    const out = tmp.path("sample-summary.xlsx");
    const before = fileHash(SAMPLE);
    const run = await runCli(["summary", SAMPLE, "-o", out, "--quarter", "R7Q2", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual([
      "sheet",
      "source",
      "quarter",
      "measures",
      "weather",
      "byPillar",
      "byDomain",
      "byDepartment",
      "direction",
      "grades",
      "watchlist",
    ]);
    expect(json).toMatchObject({
      sheet: "サマリー_R7Q2",
      source: "施策リスト",
      quarter: "R7Q2",
      measures: 32,
    });
    expect(json.weather).toEqual({ "☀": 31, "☁": 0, "☂": 0, 未入力: 1, その他: 0 });
    expect(json.byPillar.C).toEqual({
      label: "人材育成による職員力向上",
      total: 5,
      "☀": 4,
      "☁": 0,
      "☂": 0,
      未入力: 1,
      その他: 0,
    });
    expect(Object.keys(json.byDomain)).toEqual(["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3"]);
    expect(json.byDepartment.市民部.total).toBe(1);
    expect(json.direction.継続).toBe(32);
    expect(json.grades).toEqual({ A: 0, B: 0, C: 0, D: 0, "-": 0 });
    expect(json.watchlist).toEqual([]);
    expect(fileHash(SAMPLE)).toBe(before);
  });

  test("the sheet is added right after the list, which stays exactly as it was", async () => {
    const out = tmp.path("order.xlsx");
    await runCli(["summary", SAMPLE, "-o", out, "--quarter", "R7Q2"]);
    const wb = await open(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["施策リスト", "サマリー_R7Q2", "変更履歴"]);
    expect(await sheetRows(out, "施策リスト")).toEqual(await sheetRows(SAMPLE, "施策リスト"));
    const summary = wb.getWorksheet("サマリー_R7Q2");
    expect(summary?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(summary?.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(summary?.getCell("A1").value).toBe(
      "業務改革施策 四半期サマリー R7Q2 ／ 令和7年度 第2四半期（7〜9月）",
    );
    expect(summary?.getColumn(13).hidden).toBe(true);
  });

  test("formula-looking texts from the list are written as text in the watch list", async () => {
    const rows = [
      seedRow("A1-1", {
        weather: "☂",
        item: '=HYPERLINK("http://example.jp","詳細")',
        progress: "-3件の遅れ",
        directionReason: "@PMO確認",
      }),
      seedRow("A1-2", { weather: "☁", progress: "+2名の増員が必要" }),
    ];
    const input = await writeXlsx(workbookOf(listSheet({ rows })), tmp.path("formulas.xlsx"));
    const out = tmp.path("formulas-summary.xlsx");
    const run = await runCli(["summary", input, "-o", out, "--quarter", "R8Q2"]);
    expect(run.code).toBe(0);
    const ws = (await open(out)).getWorksheet("サマリー_R8Q2");
    const texts: ExcelJS.Cell[] = [];
    ws?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && /^[=+\-@]/u.test(cell.value)) texts.push(cell);
      }),
    );
    // The 管理項目 appears twice: in the watch list and in the hidden snapshot for next quarter.
    expect([...new Set(texts.map((c) => c.value))].sort()).toEqual(
      ["+2名の増員が必要", "-3件の遅れ", '=HYPERLINK("http://example.jp","詳細")', "@PMO確認"].sort(),
    );
    for (const cell of texts) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  test("a second summary of the same quarter is added as (2); nothing is deleted", async () => {
    const first = tmp.path("first.xlsx");
    const second = tmp.path("second.xlsx");
    await runCli(["summary", SAMPLE, "-o", first, "--quarter", "R7Q2"]);
    const run = await runCli(["summary", first, "-o", second, "--quarter", "R7Q2", "--json"]);
    expect(JSON.parse(run.stdout).sheet).toBe("サマリー_R7Q2 (2)");
    expect((await open(second)).worksheets.map((s) => s.name)).toEqual([
      "施策リスト",
      "サマリー_R7Q2 (2)",
      "サマリー_R7Q2",
      "変更履歴",
    ]);
    expect(await sheetRows(second, "サマリー_R7Q2")).toEqual(await sheetRows(first, "サマリー_R7Q2"));
  });

  test("on a workbook saved by LibreOffice (every part an Override, no rels Default) every part has a type", async () => {
    const input = tmp.path("libreoffice.xlsx");
    writeFileSync(input, everyPartOverridden(readFileSync(SAMPLE)));
    const out = tmp.path("libreoffice-summary.xlsx");
    const run = await runCli(["summary", input, "-o", out, "--quarter", "R7Q2"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const parts = partsOf(readFileSync(out));
    const types = contentTypes(textOf(parts, "[Content_Types].xml"));
    const names = Object.keys(parts).filter((n) => n !== "[Content_Types].xml" && !n.endsWith("/"));
    expect(names).toContain("xl/drawings/_rels/drawing1.xml.rels");
    expect(names.filter((n) => typeOf(types, n) === null)).toEqual([]);
    expect((await open(out)).worksheets.map((s) => s.name)).toEqual([
      "施策リスト",
      "サマリー_R7Q2",
      "変更履歴",
    ]);
  });

  test("changes between two quarters: the R8Q2 summary compares with the R8Q1 one in the workbook", async () => {
    const q1Input = await writeXlsx(
      workbookOf(listSheet({ rows: seedRows().slice(0, 4) })),
      tmp.path("q1-list.xlsx"),
    );
    const q1 = tmp.path("q1.xlsx");
    await runCli(["summary", q1Input, "-o", q1, "--quarter", "R8Q1"]);

    // A quarter later the PLs have edited the list in the same workbook.
    const wb = await open(q1);
    const list = wb.getWorksheet("施策リスト");
    if (!list) throw new Error("no list");
    list.getCell("N3").value = "☁";
    list.getCell("O4").value = "見直し";
    list.getCell("P4").value = "予算化がR9になったため";
    list.spliceRows(6, 1);
    list.getRow(6).values = Object.values(seedRow("A2-1")).slice(0) as ExcelJS.CellValue[];
    const edited = tmp.path("q2-list.xlsx");
    await wb.xlsx.writeFile(edited);

    const q2 = tmp.path("q2.xlsx");
    const run = await runCli(["summary", edited, "-o", q2, "--quarter", "R8Q2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("前四半期（R8Q1）からの変化: 天気 1 件・方向性 1 件・追加 1 件・削除 1 件");
    expect(run.stdout).toContain("A1-1 天気 ☀ → ☁");
    expect(run.stdout).toContain("A1-2 方向性 継続 → 見直し");
    expect(run.stdout).toContain("A2-1 追加");
    expect(run.stdout).toContain("A1-4 削除");
    const rows = await sheetRows(q2, "サマリー_R8Q2");
    expect(rows?.some((r) => r[0] === "8. 前四半期（R8Q1、シート「サマリー_R8Q1」）からの変化")).toBe(true);
  });
});
