/**
 * The harness's acceptance test: ordinary add-in code, run by Microsoft's client through
 * `Excel.run`, reads the sample measure list from the emulated workbook and writes one value; the
 * test pins the exact round trips and bytes.
 */
import { join } from "node:path";
import { useExcelHost } from "./jest";

const SAMPLE = join(__dirname, "..", "..", "..", "examples", "measure-list-sample.xlsx");
const excel = useExcelHost({ xlsx: SAMPLE, sets: { ExcelApi: "1.8" } });

test("reads the sample list and fills C3-2's empty weather in two syncs", async () => {
  const result = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("施策リスト");
    const used = sheet.getUsedRange(true);
    used.load("address,values");
    await context.sync();

    const rows = used.values;
    const at = rows.findIndex((row) => row[0] === "C3" && row[1] === 2);
    const weather = sheet.getCell(at, 13);
    weather.values = [["☁"]];
    weather.load("address");
    await context.sync();
    return {
      address: used.address,
      rows: rows.length,
      measure: rows[at].slice(0, 3),
      written: weather.address,
    };
  });

  expect(result).toEqual({
    address: "施策リスト!A1:P60",
    rows: 60,
    measure: ["C3", 2, "総務部"],
    written: "施策リスト!N60",
  });
  expect(excel.host.values("施策リスト!N60")).toEqual([["☁"]]);
  expect(excel.host.records.map((r) => [r.kind, r.reads, r.writes])).toEqual([
    ["sync", [{ property: "values", address: "施策リスト!A1:P60" }], []],
    ["sync", [], [{ property: "values", address: "施策リスト!N60" }]],
    ["cleanup", [], []],
  ]);
  excel.host.expectBudget({ syncs: 2 });
  expect(excel.host.stats()).toEqual({
    syncs: 2,
    cleanups: 1,
    requests: [
      { requestBytes: 861, responseBytes: 26815 },
      { requestBytes: 983, responseBytes: 315 },
      { requestBytes: 397, responseBytes: 98 },
    ],
    maxRequestBytes: 983,
    maxResponseBytes: 26815,
    totalBytes: 29469,
  });
});
