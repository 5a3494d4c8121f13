/**
 * Anything the emulator does not model fails loudly, naming the member, with a code that is not one
 * of Excel's, and is remembered so the test fails even when add-in code catches the error.
 */
import { assertNoGaps, useExcelHost } from "./jest";
import { failureOf } from "./conformance/run-batch";

const excel = useExcelHost({ sheets: [{ name: "Sheet1" }] });

test.each([
  [
    "a navigation property",
    (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").names.load("items"),
    "Worksheet.names",
  ],
  [
    "a method",
    (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").insert("Down"),
    "Range.insert",
  ],
  [
    "a property to load",
    (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1").getRange("A1").load("hyperlink"),
    "Range.hyperlink",
  ],
  [
    "a property to set",
    (c: Excel.RequestContext) =>
      (c.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.tintAndShade = 0.5),
    "RangeFont.tintAndShade",
  ],
])("%s fails with NotImplementedInEmulator naming it", async (_what, action, name) => {
  const failure = await failureOf(async (context) => {
    action(context);
    await context.sync();
  });
  expect(failure.code).toBe("NotImplementedInEmulator");
  expect(failure.message).toContain("is not implemented by the emulated Excel host");
  expect(excel.host.takeGaps().join("\n")).toContain(name);
});

test("the gap is recorded even when the add-in swallows the error", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").getSpecialCells("Constants").load("address");
    await context.sync().catch(() => undefined);
  });
  expect(excel.host.takeGaps()).toEqual([expect.stringContaining("Range.getSpecialCells")]);
});

test("the Jest helper fails a test that left a gap behind", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("style");
    await context.sync().catch(() => undefined);
  });
  expect(() => assertNoGaps(excel.host)).toThrow(
    /met 1 thing\(s\) it does not model:\n- excel-host: loading style on Range/u,
  );
  excel.host.takeGaps();
});
