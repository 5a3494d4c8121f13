/**
 * The harness's own instruments: per-request records and budgets, a co-author's edit between two
 * syncs, snapshots, and workbooks loaded from and saved to .xlsx.
 */
import { join } from "node:path";
import { tempDir } from "../../builders/xlsx";
import { loadXlsx } from "./host/xlsx-load";
import { useExcelHost } from "./jest";

const SAMPLE = join(__dirname, "..", "..", "..", "examples", "measure-list-sample.xlsx");
const excel = useExcelHost({ xlsx: SAMPLE });
const temp = tempDir("excel-host-");
afterAll(() => temp.cleanup());

test("a co-author's edit made between two syncs is what the second sync sees", async () => {
  excel.host.beforeSync(2, (workbook) => {
    workbook.sheetByName("施策リスト")!.ensureCell(59, 13).value = "☂";
  });
  const seen = await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("施策リスト").getRange("N60");
    cell.load("values");
    await context.sync();
    const before = cell.values[0][0];
    cell.load("values");
    await context.sync();
    return [before, cell.values[0][0]];
  });
  expect(seen).toEqual(["", "☂"]);
});

test("onNextSync and edit() type a value as a person would, formulas included", async () => {
  excel.host.onNextSync(() => excel.host.edit("施策リスト!Q5", "=B5+B6"));
  const value = await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("施策リスト").getRange("Q5");
    cell.load("values");
    await context.sync();
    return cell.values[0][0];
  });
  expect(value).toBe(3);
});

test("expectBudget names every request when a budget is broken", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("施策リスト");
    sheet.getRange("Q1").values = [["a"]];
    await context.sync();
    sheet.getRange("Q2").values = [["b"]];
    await context.sync();
  });
  expect(() => excel.host.expectBudget({ syncs: 1 })).toThrow(
    /expected exactly 1 syncs, saw 2[\s\S]*#1 sync request \d+ B[\s\S]*#3 cleanup/u,
  );
  expect(() => excel.host.expectBudget({ maxSyncs: 2, maxBytes: 100 })).toThrow(
    /request 1 is \d+ bytes, over 100/u,
  );
  excel.host.expectBudget({ maxSyncs: 2 });
});

test("a snapshot shows the sample's layout: merged two-row headers, widths, print setup", () => {
  const snapshot = excel.host.snapshot("施策リスト");
  expect(snapshot.values).toHaveLength(60);
  expect(snapshot.values[4].slice(0, 3)).toEqual(["A1", 1, "総務部"]);
  expect(snapshot.merges).toContain("A3:C3");
  expect(snapshot.columnWidths.E).toBe(((28 * 7 + 5) * 3) / 4);
  expect(excel.host.workbook.sheets[0].pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
  });
});

test("the emulated workbook saves to .xlsx and loads back with what the add-in wrote", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("施策リスト");
    const weather = sheet.getRange("N60");
    weather.values = [["☁"]];
    weather.format.fill.color = "#FFF2CC";
    weather.format.font.bold = true;
    weather.format.borders.getItem("EdgeBottom").style = "Continuous";
    weather.dataValidation.rule = { list: { inCellDropDown: true, source: "☀,☁,☂" } };
    sheet.freezePanes.freezeRows(4);
    const summary = context.workbook.worksheets.add("サマリー");
    summary.getRange("A1:B2").values = [
      ["件数", "=COUNTA(施策リスト!N5:N60)"],
      ["率", 0.5],
    ];
    summary.getRange("B2").numberFormat = [["0%"]];
    summary.getRange("A:A").format.columnWidth = 90;
    summary.visibility = "Hidden";
    await context.sync();
  });
  const path = temp.path("saved.xlsx");
  await excel.host.saveXlsx(path);
  const again = await loadXlsx(path);
  const list = again.sheetByName("施策リスト")!;
  const summary = again.sheetByName("サマリー")!;
  expect(list.cell(59, 13)).toMatchObject({
    value: "☁",
    format: {
      fill: "#FFF2CC",
      font: expect.objectContaining({ bold: true }),
      borders: { bottom: { style: "Continuous", weight: "Thin", color: "#000000" } },
    },
    validation: expect.objectContaining({ rule: { list: { inCellDropDown: true, source: "☀,☁,☂" } } }),
  });
  expect(list.freeze).toEqual({ rows: 4, columns: 0 });
  expect(list.merges).toHaveLength(excel.host.workbook.sheets[0].merges.length);
  expect(summary.visibility).toBe("Hidden");
  expect(summary.cell(0, 1)).toMatchObject({
    formula: "=COUNTA(施策リスト!N5:N60)",
    value: excel.host.values("サマリー!B1")[0][0],
  });
  expect(summary.cell(1, 1)).toMatchObject({ value: 0.5, numberFormat: "0%" });
  expect(summary.columnWidths.get(0)).toBeCloseTo(90, 0);
});
