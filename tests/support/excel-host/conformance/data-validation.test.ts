/**
 * Data validation (ExcelApi 1.8), as "Add data validation to Excel ranges" and the
 * DataValidationType reference describe it.
 */
import { createExcelHost } from "../create-excel-host";
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    { name: "一覧", rows: [["天気"], ["☀"], ["曇り"], [null]] },
    { name: "選択肢", rows: [["☀"], ["☁"], ["☂"]] },
  ],
});

async function typeOf(address: string) {
  return Excel.run(async (context) => {
    const validation = context.workbook.worksheets.getItem("一覧").getRange(address).dataValidation;
    validation.load("type");
    await context.sync();
    return validation.type;
  });
}

test("a list rule with a range source puts a dropdown on the cells; type and rule read back", async () => {
  const seen = await Excel.run(async (context) => {
    const target = context.workbook.worksheets.getItem("一覧").getRange("A2:A4");
    const source = context.workbook.worksheets.getItem("選択肢").getRange("A1:A3");
    target.dataValidation.clear();
    target.dataValidation.rule = {
      list: { inCellDropDown: true, source } as unknown as Excel.ListDataValidation,
    };
    target.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "天気",
      message: "☀ ☁ ☂ から選んでください",
    };
    target.dataValidation.load("type,rule,errorAlert,valid,ignoreBlanks");
    await context.sync();
    return {
      type: target.dataValidation.type,
      rule: target.dataValidation.rule,
      alert: target.dataValidation.errorAlert,
      valid: target.dataValidation.valid,
      ignoreBlanks: target.dataValidation.ignoreBlanks,
    };
  });
  expect(seen).toEqual({
    type: "List",
    rule: { list: { inCellDropDown: true, source: "=選択肢!$A$1:$A$3" } },
    alert: { showAlert: true, style: "Stop", title: "天気", message: "☀ ☁ ☂ から選んでください" },
    valid: false,
    ignoreBlanks: true,
  });
  expect(excel.host.snapshot("一覧").validations).toEqual([
    {
      ranges: ["A2:A4"],
      type: "list",
      rule: { list: { inCellDropDown: true, source: "=選択肢!$A$1:$A$3" } },
    },
  ]);
});

test("a rule may hold only one kind", async () => {
  // "No more than one of these properties may be present in any DataValidationRule object."
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("一覧").getRange("A2").dataValidation.rule = {
      list: { inCellDropDown: true, source: "a,b" },
      wholeNumber: { formula1: 0, operator: "GreaterThan" },
    };
    await context.sync();
  });
  expect(failure).toMatchObject({ code: "InvalidArgument", location: "DataValidation.rule" });
});

test("types read None, MixedCriteria and Inconsistent as the reference defines them", async () => {
  // "Mixed criteria means that the range has data validation present on some but not all cells." /
  // "Inconsistent means that the range has inconsistent data validation, indicating that there are
  // different rules on different cells."
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("一覧");
    sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "☀,☁,☂" } };
    sheet.getRange("A3").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=選択肢!$A$1:$A$3" },
    };
    await context.sync();
  });
  expect([await typeOf("B2"), await typeOf("A2:B2"), await typeOf("A2:A3"), await typeOf("A2")]).toEqual([
    "None",
    "MixedCriteria",
    "Inconsistent",
    "List",
  ]);
});

test("a new rule over mixed validations is refused until clear(); clear works on the overlap only", async () => {
  // OfficeDev/office-js issue 2594 (InvalidArgument over partly validated cells); "If the two ranges
  // aren't an exact match, only overlapping cells are cleared."
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("一覧").getRange("A2:A3").dataValidation.rule = {
      list: { inCellDropDown: true, source: "x,y" },
    };
    await context.sync();
  });
  const refused = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("一覧").getRange("A2:A4").dataValidation.rule = {
      list: { inCellDropDown: true, source: "p,q" },
    };
    await context.sync();
  });
  expect(refused.code).toBe("InvalidArgument");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("一覧").getRange("A3:A4").dataValidation.clear();
    await context.sync();
  });
  expect([await typeOf("A2"), await typeOf("A3")]).toEqual(["List", "None"]);
});

test("dataValidation needs ExcelApi 1.8: a host below it answers ApiNotFound", async () => {
  await createExcelHost({ sheets: [{ name: "Sheet1" }], sets: { ExcelApi: "1.7" } });
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.clear();
    await context.sync();
  });
  expect(failure).toMatchObject({ code: "ApiNotFound", location: "Range.dataValidation" });
});
