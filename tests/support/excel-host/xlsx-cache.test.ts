/**
 * The large-workbook cache behind createExcelHost: a copy from it is the workbook ExcelJS reads,
 * with its methods, and a fresh one each time (a test's edits never reach the next test).
 */
import { readFileSync } from "node:fs";
import { largeListFile } from "../../builders/large-list";
import { loadXlsxOnce } from "./host/xlsx-cache";
import { loadXlsx } from "./host/xlsx-load";
import { Sheet, Workbook } from "./model/workbook";

// Reading 20,000 rows with ExcelJS takes seconds.
jest.setTimeout(60_000);

test("a 20,000-row list from the cache is the workbook ExcelJS reads, fresh each time", async () => {
  const path = largeListFile({ rows: 20_000, kpi: "some", headerRepeats: true });
  const direct = await loadXlsx(readFileSync(path), "list.xlsx");
  await loadXlsxOnce(path, "list.xlsx");
  const copy = await loadXlsxOnce(path, "list.xlsx");
  // The same cells, merges, formats and sheets, and the same classes (toStrictEqual checks them).
  expect(copy).toStrictEqual(direct);
  expect(copy).toBeInstanceOf(Workbook);
  expect(copy.sheets[0]).toBeInstanceOf(Sheet);
  expect(copy.sheets[0].usedRect(true)).toEqual(direct.sheets[0].usedRect(true));
  expect(copy.sheets[0].merges.length).toBeGreaterThan(1000);

  // One test's edit stays in its own copy.
  copy.sheets[0].ensureCell(5, 13).value = "☂";
  copy.addSheet("別のシート");
  const next = await loadXlsxOnce(path, "other.xlsx");
  expect(next.name).toBe("other.xlsx");
  expect(next.sheets.map((s) => s.name)).toEqual(direct.sheets.map((s) => s.name));
  expect(next.sheets[0].cell(5, 13)).toEqual(direct.sheets[0].cell(5, 13));
});
