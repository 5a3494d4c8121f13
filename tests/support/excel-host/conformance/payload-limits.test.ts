/**
 * Excel on the web's payload limits ("Excel on the web has a payload size limit for requests and
 * responses of 5MB. RichAPI.Error will be thrown if that limit is exceeded.") and the client's own
 * splitting of large writes, which only a real client shows.
 */
import { createExcelHost } from "../create-excel-host";
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({ sheets: [{ name: "Sheet1" }] });

const text = (n: number) => "あ".repeat(n);
const grid = (rows: number, columns: number, cell: string) =>
  Array.from({ length: rows }, () => Array<string>(columns).fill(cell));

test("a 6 MB write fails with RequestPayloadSizeLimitExceeded and nothing is written", async () => {
  // RequestPayloadSizeLimitExceeded: "This error only occurs in Office on the web."
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:J2000").values = grid(2000, 10, text(100));
    await context.sync();
  });
  expect(failure.code).toBe("RequestPayloadSizeLimitExceeded");
  expect(excel.host.records[0]).toMatchObject({ error: "RequestPayloadSizeLimitExceeded", responseBytes: 0 });
  expect(excel.host.records[0].requestBytes).toBeGreaterThan(6_000_000);
  expect(excel.host.values("Sheet1!A1")).toEqual([[""]]);
  expect(() => excel.host.expectBudget({})).toThrow(/request 1 is \d+ bytes, over 5242880/u);
});

test("the same data in two syncs stays under the limit", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:J1000").values = grid(1000, 10, text(100));
    await context.sync();
    sheet.getRange("A1001:J2000").values = grid(1000, 10, text(100));
    await context.sync();
  });
  excel.host.expectBudget({ syncs: 2 });
  expect(excel.host.values("Sheet1!J2000")).toEqual([[text(100)]]);
});

test("reading more than 5 MB back fails with ResponsePayloadSizeLimitExceeded", async () => {
  excel.host.workbook.sheets[0].rows.length = 0;
  for (let r = 0; r < 2000; r++)
    for (let c = 0; c < 10; c++) excel.host.workbook.sheets[0].ensureCell(r, c).value = text(100);
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:J2000").load("values");
    await context.sync();
  });
  expect(failure.code).toBe("ResponsePayloadSizeLimitExceeded");
});

test("the client splits a large write into GetRow/GetBoundingRect chunks of about 1,500 cells, in one request", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1001").values = grid(1001, 3, "x");
    await context.sync();
  });
  const request = excel.host.records[0].request!;
  const paths = Object.values(request.ObjectPaths).map((p) => p.Name);
  const writes = request.Actions.filter((a) => a.ActionType === 4 && a.Name === "Values");
  expect(request.Actions.map((a) => a.Name)).toContain("_ValidateArraySize");
  expect(paths.filter((n) => n === "GetBoundingRect")).toHaveLength(3);
  expect(writes.map((a) => (a.ArgumentInfo?.Arguments?.[0] as unknown[]).length)).toEqual([500, 500, 1]);
  expect(excel.host.syncs).toBe(1);
  expect(excel.host.values("Sheet1!C1001")).toEqual([["x"]]);
});

test("the limit is configurable per host, for probing budgets", async () => {
  const small = await createExcelHost({ sheets: [{ name: "Sheet1" }], payloadLimit: 1000 });
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = grid(100, 1, "abcdefghij");
    await context.sync();
  });
  expect(failure.code).toBe("RequestPayloadSizeLimitExceeded");
  expect(small.records).toHaveLength(1);
});
