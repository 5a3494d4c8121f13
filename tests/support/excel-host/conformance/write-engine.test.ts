/**
 * What a careful write engine sends, each in the request shape it would use: the sheets with their
 * ids, visibility and protection in one load; a compare-and-swap read queued before the write to
 * the same cells; a formula put back; a sheet added and its id read in the same request; a sheet
 * deleted by id.
 */
import { useExcelHost } from "../jest";

const excel = useExcelHost({
  sheets: [
    {
      name: "一覧",
      rows: [
        ["名前", 1, "=B1*2"],
        ["x", 2, null],
      ],
    },
    { name: "選択肢", visibility: "Hidden", protected: true },
    { name: "Blank" },
  ],
});

test("worksheets load with names, ids, visibility and protection in one request", async () => {
  const seen = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/visibility,items/protection/protected");
    await context.sync();
    return sheets.items.map((s) => [s.name, s.id, s.visibility, s.protection.protected]);
  });
  const ids = excel.host.workbook.sheets.map((s) => s.id);
  expect(seen).toEqual([
    ["一覧", ids[0], "Visible", false],
    ["選択肢", ids[1], "Hidden", true],
    ["Blank", ids[2], "Visible", false],
  ]);
  expect(excel.host.syncs).toBe(1);
});

test("per-sheet protection loads queued beside the collection's load answer in the same request", async () => {
  const seen = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const list = sheets.getItem("一覧");
    const choices = sheets.getItemOrNullObject("選択肢");
    list.protection.load("protected");
    choices.load("id,visibility");
    choices.protection.load("protected");
    await context.sync();
    return [list.protection.protected, choices.visibility, choices.protection.protected];
  });
  expect(seen).toEqual([false, "Hidden", true]);
  expect(excel.host.syncs).toBe(1);
});

test("getUsedRangeOrNullObject(valuesOnly) ignores formatted empty cells; a blank sheet is a null object", async () => {
  excel.host.workbook.sheetByName("一覧")!.ensureCell(9, 5).numberFormat = "0%";
  const seen = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const values = sheets.getItem("一覧").getUsedRangeOrNullObject(true);
    const all = sheets.getItem("一覧").getUsedRangeOrNullObject(false);
    const blank = sheets.getItem("Blank").getUsedRangeOrNullObject(true);
    values.load("address");
    all.load("address");
    await context.sync();
    return [values.address, all.address, blank.isNullObject];
  });
  expect(seen).toEqual(["一覧!A1:C2", "一覧!A1:F10", true]);
});

test("a read queued before a write to the same cells, in the same request, returns what the write replaced", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("一覧");
    const before = sheet.getRange("B1:C1");
    before.load("values,valueTypes,formulas,numberFormat");
    const range = sheet.getRange("B1:C1");
    range.numberFormat = [["0.0", "@"]];
    range.values = [[5, "=1+1"]];
    await context.sync();
    return {
      values: before.values,
      valueTypes: before.valueTypes,
      formulas: before.formulas,
      numberFormat: before.numberFormat,
    };
  });
  expect(seen).toEqual({
    values: [[1, 2]],
    valueTypes: [["Double", "Double"]],
    formulas: [[1, "=B1*2"]],
    numberFormat: [["General", "General"]],
  });
  expect(excel.host.cell("一覧!C1")).toMatchObject({ value: "=1+1", formula: "=1+1", numberFormat: "@" });
  expect(excel.host.records[0].reads.map((r) => r.property)).toEqual([
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
  ]);
});

test("formulas written back put the formula back, and it computes", async () => {
  excel.host.edit("一覧!C1", "overwritten");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("一覧").getRange("C1").formulas = [["=B1*2"]];
    await context.sync();
  });
  expect(excel.host.cell("一覧!C1")).toMatchObject({ formula: "=B1*2", value: 2, valueType: "Double" });
});

test("a sheet added and its id loaded in the same request; deleted by id in a later one", async () => {
  const id = await Excel.run(async (context) => {
    const added = context.workbook.worksheets.add("変更履歴");
    added.getRange("A1").values = [["日時"]];
    added.load("id,name,position");
    await context.sync();
    expect([added.name, added.position]).toEqual(["変更履歴", 3]);
    return added.id;
  });
  expect(id).toBe(excel.host.workbook.sheetByName("変更履歴")!.id);
  expect(excel.host.syncs).toBe(1);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(id).delete();
    await context.sync();
  });
  expect(excel.host.workbook.sheets.map((s) => s.name)).toEqual(["一覧", "選択肢", "Blank"]);
});
