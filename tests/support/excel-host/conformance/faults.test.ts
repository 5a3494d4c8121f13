/**
 * Injected faults, as a write engine must survive them: a request refused as a whole (nothing
 * applied), a request applied whose answer is lost (everything applied, the client throws), and a
 * co-author's protection, rename or rebuilt sheet landing between two requests.
 */
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    { name: "一覧", rows: [["a", 1]] },
    { name: "Data", rows: [[10], [20]] },
    { name: "Notes", rows: [["=Data!A1+Data!A2"]] },
  ],
});

const write = (address: string, value: string | number) =>
  failureOf(async (context) => {
    const [sheet, cells] = address.split("!");
    context.workbook.worksheets.getItem(sheet).getRange(cells).values = [[value]];
    await context.sync();
  });

describe("failRequest", () => {
  test("the request is refused before any action runs: GeneralException, nothing applied", async () => {
    excel.host.failRequest(1);
    const failure = await failureOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("一覧");
      sheet.getRange("A1").values = [["x"]];
      context.workbook.worksheets.add("New");
      sheet.getRange("B1").format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(failure.code).toBe("GeneralException");
    expect(excel.host.values("一覧!A1:B1")).toEqual([["a", 1]]);
    expect(excel.host.cell("一覧!B1").fill).toBeNull();
    expect(excel.host.workbook.sheets.map((s) => s.name)).toEqual(["一覧", "Data", "Notes"]);
    expect(excel.host.records[0]).toMatchObject({ index: 1, error: "GeneralException", lost: false });
    expect(excel.host.records[0].response).toBeNull();
  });

  test("counts every request, and only request n fails", async () => {
    excel.host.failRequest(2, "InvalidOrTimedOutSession");
    const seen: string[] = [];
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("一覧").getRange("A1");
      for (const value of ["first", "second", "third"]) {
        cell.values = [[value]];
        try {
          await context.sync();
          seen.push(`${value}: ok`);
        } catch (e) {
          seen.push(`${value}: ${(e as OfficeExtension.Error).code}`);
        }
      }
    });
    expect(seen).toEqual(["first: ok", "second: InvalidOrTimedOutSession", "third: ok"]);
    expect(excel.host.records.map((r) => r.error)).toEqual([null, "InvalidOrTimedOutSession", null, null]);
    expect(excel.host.values("一覧!A1")).toEqual([["third"]]);
  });

  test("a throttled request: ActivityLimitReached", async () => {
    excel.host.failRequest(1, "ActivityLimitReached");
    expect((await write("一覧!A1", "x")).code).toBe("ActivityLimitReached");
    expect(excel.host.values("一覧!A1")).toEqual([["a"]]);
  });

  test("a co-author's edit hooked on the same request still lands", async () => {
    excel.host.beforeSync(1, () => excel.host.edit("一覧!B1", 5));
    excel.host.failRequest(1);
    expect((await write("一覧!A1", "x")).code).toBe("GeneralException");
    expect(excel.host.values("一覧!A1:B1")).toEqual([["a", 5]]);
  });

  test("a mistyped fault fails the test at once", () => {
    expect(() => excel.host.failRequest(0)).toThrow(/1-based/u);
    expect(() => excel.host.failRequest(1, "Timeout" as never)).toThrow(/unknown code Timeout/u);
  });
});

describe("loseResponse", () => {
  test("the request is applied, the client throws GeneralException, the record says lost", async () => {
    excel.host.loseResponse(1);
    const failure = await failureOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("一覧");
      sheet.getRange("A1:B1").values = [["x", 2]];
      context.workbook.worksheets.add("New");
      await context.sync();
    });
    expect(failure.code).toBe("GeneralException");
    expect(excel.host.values("一覧!A1:B1")).toEqual([["x", 2]]);
    expect(excel.host.workbook.sheets.map((s) => s.name)).toEqual(["一覧", "Data", "Notes", "New"]);
    expect(excel.host.records[0]).toMatchObject({ error: "GeneralException", lost: true });
    expect(excel.host.records[0].response?.Error).toBeUndefined();
    expect(excel.host.records[0].writes).toEqual([{ property: "values", address: "一覧!A1:B1" }]);
  });

  test("a lost session after the batch ran: InvalidOrTimedOutSession, still applied", async () => {
    excel.host.loseResponse(1, "InvalidOrTimedOutSession");
    const failure = await write("Data!A1", 11);
    expect(failure).toMatchObject({
      code: "InvalidOrTimedOutSession",
      message: expect.stringContaining("session has expired"),
    });
    expect(excel.host.values("Notes!A1")).toEqual([[31]]);
  });

  test("a response too large is lost in the same way", async () => {
    const sheet = excel.host.workbook.sheetByName("Data")!;
    for (let r = 0; r < 2000; r++)
      for (let c = 0; c < 10; c++) sheet.ensureCell(r, c).value = "あ".repeat(100);
    const failure = await failureOf(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("L1").values = [["written"]];
      data.getRange("A1:J2000").load("values");
      await context.sync();
    });
    expect(failure.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(excel.host.records[0]).toMatchObject({ lost: true });
    expect(excel.host.values("Data!L1")).toEqual([["written"]]);
  });
});

describe("a co-author between two requests", () => {
  test("protection set before request n: the write fails there with AccessDenied, earlier actions stay", async () => {
    excel.host.beforeSync(2, () => excel.host.protectSheet("Data"));
    const failure = await failureOf(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      sheets.getItem("一覧").getRange("A1").values = [["before"]];
      sheets.getItem("Data").getRange("B1").values = [["blocked"]];
      sheets.getItem("一覧").getRange("B1").values = [["after"]];
      await context.sync();
    });
    expect(failure).toMatchObject({ code: "AccessDenied", location: "Range.values" });
    expect(excel.host.values("一覧!A1:B1")).toEqual([["before", 1]]);
    expect(excel.host.values("Data!B1")).toEqual([[""]]);
    const { request, response } = excel.host.records[1];
    const failing = request!.Actions[response!.Error!.ActionIndex];
    expect([failing.ActionType, failing.Name, failing.ArgumentInfo?.Arguments]).toEqual([
      4,
      "Values",
      [[["blocked"]]],
    ]);
  });

  test("unprotectSheet lifts it again, and a password set by protectSheet is kept", async () => {
    excel.host.protectSheet("Data", { password: "pw", options: { allowFormatCells: true } });
    expect(excel.host.snapshot("Data").protected).toBe(true);
    expect(excel.host.workbook.sheetByName("Data")!.protection).toMatchObject({
      password: "pw",
      options: { allowFormatCells: true },
    });
    excel.host.unprotectSheet("Data");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1").values = [["ok"]];
      await context.sync();
    });
    expect(excel.host.values("Data!B1")).toEqual([["ok"]]);
  });

  test("a renamed sheet: getItem(oldName) fails with ItemNotFound, getItem(id) still finds it", async () => {
    const id = excel.host.workbook.sheetByName("Data")!.id;
    excel.host.beforeSync(2, () => excel.host.renameSheet("Data", "データ"));
    const seen = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const byName = sheets.getItemOrNullObject("Data");
      const byId = sheets.getItemOrNullObject(id);
      const byIdItem = sheets.getItem(id);
      byId.load("name");
      byIdItem.getRange("B1").values = [["by id"]];
      await context.sync();
      return { byName: byName.isNullObject, byId: byId.isNullObject, name: byId.name };
    });
    expect(seen).toEqual({ byName: true, byId: false, name: "データ" });
    expect(excel.host.values("データ!B1")).toEqual([["by id"]]);
    expect(excel.host.cell("Notes!A1")).toMatchObject({ formula: "=データ!A1+データ!A2", value: 30 });
    const failure = await failureOf(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["lost"]];
      await context.sync();
    });
    expect(failure).toMatchObject({ code: "ItemNotFound", location: "WorksheetCollection.getItem" });
  });

  test("a replaced sheet keeps its name and position but has a new id and no content", async () => {
    const oldId = excel.host.workbook.sheetByName("Data")!.id;
    let newId = "";
    excel.host.beforeSync(2, () => {
      newId = excel.host.replaceSheet("Data");
    });
    const seen = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      const before = sheets.items.map((s) => [s.name, s.id]);
      const byOldId = sheets.getItemOrNullObject(oldId);
      sheets.load("items/name,items/id");
      const used = sheets.getItem("Data").getUsedRangeOrNullObject();
      await context.sync();
      return {
        before,
        after: sheets.items.map((s) => [s.name, s.id]),
        oldIdFound: !byOldId.isNullObject,
        empty: used.isNullObject,
      };
    });
    expect(newId).not.toBe(oldId);
    expect(seen.before[1]).toEqual(["Data", oldId]);
    expect(seen.after[1]).toEqual(["Data", newId]);
    expect(seen).toMatchObject({ oldIdFound: false, empty: true });
    // Excel rewrote the references to the deleted sheet; the new sheet does not revive them.
    expect(excel.host.cell("Notes!A1")).toMatchObject({ formula: "=#REF!A1+#REF!A2", value: "#REF!" });
  });
});
