/**
 * Worksheet protection: "Protects a worksheet. Fails if the worksheet has already been protected."
 * A protected sheet refuses edits to its cells (every cell is locked, Excel's default).
 */
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    { name: "Sheet1", rows: [["keep"]] },
    { name: "Locked", rows: [["x"]], protected: true },
  ],
});

test("writing values, formats or validation to a protected sheet fails with AccessDenied and changes nothing", async () => {
  const attempts: ((range: Excel.Range) => void)[] = [
    (r) => (r.values = [["changed"]]),
    (r) => (r.format.fill.color = "#FF0000"),
    (r) => r.dataValidation.clear(),
    (r) => r.merge(),
  ];
  for (const attempt of attempts) {
    const failure = await failureOf(async (context) => {
      attempt(context.workbook.worksheets.getItem("Locked").getRange("A1:B1"));
      await context.sync();
    });
    expect(failure.code).toBe("AccessDenied");
  }
  expect(excel.host.cell("Locked!A1")).toMatchObject({ value: "x", fill: null });
});

test("protect, protect again, unprotect with the password", async () => {
  const again = await failureOf(async (context) => {
    const protection = context.workbook.worksheets.getItem("Sheet1").protection;
    protection.protect({ allowFormatCells: true }, "pw");
    protection.protect();
    await context.sync();
  });
  expect(again).toMatchObject({ code: "InvalidOperation", location: "WorksheetProtection.protect" });
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").format.font.bold = true;
    sheet.protection.load("protected,options");
    await context.sync();
    const before = {
      protected: sheet.protection.protected,
      formatCells: sheet.protection.options.allowFormatCells,
    };
    sheet.protection.unprotect("pw");
    sheet.protection.load("protected");
    await context.sync();
    return { ...before, after: sheet.protection.protected };
  });
  expect(seen).toEqual({ protected: true, formatCells: true, after: false });
  expect(excel.host.cell("Sheet1!A1").font.bold).toBe(true);
});

test("unprotect with a wrong password fails with BadPassword", async () => {
  excel.host.workbook.sheetByName("Sheet1")!.protection = {
    protected: true,
    options: {},
    password: "secret",
  };
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").protection.unprotect("guess");
    await context.sync();
  });
  expect(failure.code).toBe("BadPassword");
});
