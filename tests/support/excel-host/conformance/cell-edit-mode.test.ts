/**
 * While a user is typing in a cell, Excel refuses add-in requests ("InvalidOperationInCellEditMode:
 * The operation isn't available while Excel is in Edit cell mode.") unless the batch asked to wait:
 * "delayForCellEdit: … When true, the batch request is delayed and runs when the user exits cell edit
 * mode. When false, the batch request automatically fails if the user is in cell edit mode."
 */
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [{ name: "Sheet1" }],
  sets: { ExcelApi: "1.17", DelayForCellEdit: "1.1" },
});

test("a sync during cell edit mode fails with InvalidOperationInCellEditMode and writes nothing", async () => {
  excel.host.enterCellEditMode();
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    await context.sync();
  });
  expect(failure.code).toBe("InvalidOperationInCellEditMode");
  expect(excel.host.values("Sheet1!A1")).toEqual([[""]]);
  excel.host.exitCellEditMode();
});

test("with delayForCellEdit the batch waits for the user to leave the cell, then runs", async () => {
  excel.host.enterCellEditMode();
  let done = false;
  const run = Excel.run({ delayForCellEdit: true }, async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["later"]];
    await context.sync();
  }).then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(done).toBe(false);
  excel.host.exitCellEditMode();
  await run;
  expect(excel.host.values("Sheet1!A1")).toEqual([["later"]]);
  expect(excel.host.records[0].flags & 64).toBe(64);
});
