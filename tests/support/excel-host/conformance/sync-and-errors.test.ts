/**
 * The load/sync rules and the error shape, as Microsoft documents them ("Application-specific API
 * model", "Error handling with the application-specific JavaScript APIs"), checked through the real
 * client against the emulated host.
 */
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    { name: "Sheet1", rows: [["a", 1]] },
    { name: "Data", rows: [[10]] },
  ],
});

test("reading a property that was not loaded throws PropertyNotLoaded on the client, before any request", async () => {
  // "Before you can read the properties of a proxy object, you must explicitly load the properties …
  // and then call context.sync()."
  const failure = await failureOf(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    void range.values;
  });
  expect(failure.code).toBe("PropertyNotLoaded");
  expect(excel.host.records).toEqual([]);
});

test("writes are not in the workbook until context.sync()", async () => {
  // "… will not be reflected in the Excel document until your add-in calls context.sync()."
  let beforeSync: unknown;
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[2]];
    beforeSync = excel.host.values("Sheet1!B1");
    await context.sync();
  });
  expect(beforeSync).toEqual([[1]]);
  expect(excel.host.values("Sheet1!B1")).toEqual([[2]]);
});

test("getItem of a missing sheet fails with ItemNotFound at that statement", async () => {
  // "… the getItem() method throws an ItemNotFound exception."
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Missing").load("name");
    await context.sync();
  });
  expect(failure).toMatchObject({
    code: "ItemNotFound",
    location: "WorksheetCollection.getItem",
    statement: "var worksheet = worksheets.getItem(...);",
    message: "The requested resource doesn't exist.",
  });
});

test("getItemOrNullObject gives an object whose isNullObject is true, loaded without asking", async () => {
  // "… it returns an object whose isNullObject property is set to true. … Office automatically loads
  // this property when context.sync is called."
  const seen = await Excel.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
    const present = context.workbook.worksheets.getItemOrNullObject("data");
    present.load("name");
    await context.sync();
    return { missing: missing.isNullObject, present: present.isNullObject, name: present.name };
  });
  expect(seen).toEqual({ missing: true, present: false, name: "Data" });
});

test("load() without names loads every scalar property; a navigation path loads only its leaf", async () => {
  // "If you call the load() method on an object … without specifying any parameters, all scalar
  // properties of the object … will be loaded." / someRange.load("format/font/name")
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.load();
    const range = sheet.getRange("A1");
    range.load("format/font/name");
    await context.sync();
    return { name: sheet.name, visibility: sheet.visibility, font: range.format.font.name };
  });
  expect(seen).toEqual({ name: "Sheet1", visibility: "Visible", font: "Calibri" });
});

test("a failing action stops the batch; the actions queued before it stay applied", async () => {
  // Our reading of Excel (listed in docs/excel-host.md for a person to confirm): no rollback.
  const failure = await failureOf(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("C1").values = [["before"]];
    sheet.getRange("D1:E1").values = [["only one"]];
    sheet.getRange("F1").values = [["after"]];
    await context.sync();
  });
  expect(failure.code).toBe("InvalidArgument");
  expect(excel.host.values("Sheet1!C1:F1")).toEqual([["before", "", "", ""]]);
});

test("objects kept across syncs are addressed by reference id, and Excel.run releases them afterwards", async () => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.load("values");
    await context.sync();
    range.values = [["again"]];
    await context.sync();
  });
  const [first, second, cleanup] = excel.host.records;
  const reference = (first.response?.Results ?? [])
    .map((r) => (r.Value as { _ReferenceId?: string })?._ReferenceId)
    .find(Boolean);
  expect(reference).toBeDefined();
  expect(Object.values(second.request?.ObjectPaths ?? {})).toContainEqual(
    expect.objectContaining({ ObjectPathType: 6, Name: reference }),
  );
  expect(cleanup.kind).toBe("cleanup");
  expect(cleanup.request?.Actions).toContainEqual(
    expect.objectContaining({ Name: "_RemoveReference", ArgumentInfo: { Arguments: [reference] } }),
  );
  expect(excel.host.values("Sheet1!A1")).toEqual([["again"]]);
});

test("a worksheet found once is addressed by its id afterwards, even when renamed in between", async () => {
  const name = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.load("name");
    await context.sync();
    excel.host.workbook.sheetByName("Data")!.name = "Renamed";
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
  expect(name).toBe("Renamed");
});
