/**
 * Automatic calculation within a request: Excel in automatic calculation mode recalculates after
 * each change, so a load queued after a write in the same `context.sync()` sees the new results
 * (`=SUM(…)` reads its sum, `=1/0` reads `#DIV/0!`). The emulator recalculates lazily, when a read
 * follows writes and once at the end, never after every action.
 */
import { useExcelHost } from "../jest";

const excel = useExcelHost({ sheets: [{ name: "Sheet1", rows: [[1], [2]] }] });

test("=SUM(A1:A2) written then loaded in the same sync reads the sum", async () => {
  const seen = await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
    cell.formulas = [["=SUM(A1:A2)"]];
    cell.load("values,valueTypes,text");
    await context.sync();
    return [cell.values, cell.valueTypes, cell.text];
  });
  expect(seen).toEqual([[[3]], [["Double"]], [["3"]]]);
  expect(excel.host.syncs).toBe(1);
});

test("=1/0 reads the #DIV/0! error value, typed Error, in the same sync", async () => {
  const seen = await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
    cell.values = [["=1/0"]];
    cell.load("values,valueTypes,text");
    await context.sync();
    return [cell.values, cell.valueTypes, cell.text];
  });
  expect(seen).toEqual([[["#DIV/0!"]], [["Error"]], [["#DIV/0!"]]]);
});

test("a load between two writes sees the first write's results, not the second's", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B1").formulas = [["=A1*10"]];
    const first = sheet.getRange("B1");
    first.load("values");
    sheet.getRange("A1").values = [[5]];
    const second = sheet.getRange("B1");
    second.load("values");
    await context.sync();
    return [first.values[0][0], second.values[0][0]];
  });
  expect(seen).toEqual([10, 50]);
});

test("a request of writes alone recalculates once, at its end; each read after writes once more", async () => {
  const before = excel.host.recalculations;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    for (let r = 1; r <= 50; r++) sheet.getRange(`C${r}`).formulas = [[`=A1+${r}`]];
    await context.sync();
  });
  expect(excel.host.recalculations - before).toBe(1);
  const between = excel.host.recalculations;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("D1").formulas = [["=A1"]];
    sheet.getRange("D1").load("values");
    sheet.getRange("E1").load("values"); // nothing written since the last read: no recalculation
    sheet.getRange("D2").formulas = [["=A2"]];
    sheet.getRange("D2").load("values");
    await context.sync();
  });
  expect(excel.host.recalculations - between).toBe(2);
  expect(excel.host.values("Sheet1!C50:D50")).toEqual([[51, ""]]);
});
