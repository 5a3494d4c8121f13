/**
 * Worksheets: Excel's naming rules (its own message: "The name that you type does not exceed 31
 * characters. The name does not contain any of the following characters: : \ / ? * [ or ]. You did
 * not leave the name blank."), lookup by name or id, position, visibility and deletion.
 */
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [{ name: "一覧", rows: [["a"]] }, { name: "選択肢", visibility: "Hidden" }, { name: "Notes" }],
});

async function addSheet(name: string) {
  return failureOf(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

test.each([
  ["", "InvalidArgument"],
  ["x".repeat(32), "InvalidArgument"],
  ["a/b", "InvalidArgument"],
  ["a:b", "InvalidArgument"],
  ["[x]", "InvalidArgument"],
  ["'quoted", "InvalidArgument"],
  ["History", "InvalidArgument"],
  ["notes", "ItemAlreadyExists"],
])("adding a sheet named %j fails with %s", async (name, code) => {
  expect((await addSheet(name)).code).toBe(code);
  expect(excel.host.workbook.sheets.map((s) => s.name)).toEqual(["一覧", "選択肢", "Notes"]);
});

test("a sheet named with 31 characters, spaces and Japanese is added last, without becoming active", async () => {
  const name = "サマリー_R8Q2 (2) ".padEnd(31, "x");
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    sheet.load("name,position,visibility");
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    return { name: sheet.name, position: sheet.position, visibility: sheet.visibility, active: active.name };
  });
  expect(seen).toEqual({ name, position: 3, visibility: "Visible", active: "一覧" });
});

test("worksheets load as items with their names; getItem takes any case or the sheet's id", async () => {
  const seen = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const byId = sheets.getItem(sheets.items[2].id);
    const byCase = sheets.getItem("NOTES");
    byId.load("name");
    byCase.load("name");
    await context.sync();
    return { names: sheets.items.map((s) => s.name), byId: byId.name, byCase: byCase.name };
  });
  expect(seen).toEqual({ names: ["一覧", "選択肢", "Notes"], byId: "Notes", byCase: "Notes" });
});

test("renaming follows the same rules, and formulas naming the sheet follow it", async () => {
  excel.host.edit("Notes!A1", '=一覧!A1&"!"');
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("一覧").name = "施策 一覧";
    await context.sync();
  });
  expect(excel.host.cell("Notes!A1")).toMatchObject({ formula: "='施策 一覧'!A1&\"!\"", value: "a!" });
  expect(
    (
      await failureOf(async (context) => {
        context.workbook.worksheets.getItem("Notes").name = "選択肢";
        await context.sync();
      })
    ).code,
  ).toBe("ItemAlreadyExists");
});

test("position moves a sheet; a position past the end is refused", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Notes").position = 0;
    await context.sync();
  });
  expect(excel.host.workbook.sheets.map((s) => s.name)).toEqual(["Notes", "一覧", "選択肢"]);
  expect(
    (
      await failureOf(async (context) => {
        context.workbook.worksheets.getItem("Notes").position = 3;
        await context.sync();
      })
    ).code,
  ).toBe("InvalidArgument");
});

test("the last visible sheet cannot be hidden or deleted; hiding the active sheet activates the next", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("一覧").visibility = Excel.SheetVisibility.veryHidden;
    await context.sync();
  });
  expect(excel.host.workbook.activeSheet().name).toBe("Notes");
  const hide = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Notes").visibility = "Hidden";
    await context.sync();
  });
  const remove = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Notes").delete();
    await context.sync();
  });
  expect([hide.code, remove.code]).toEqual(["InvalidOperation", "InvalidOperation"]);
  expect(excel.host.snapshot("一覧").visibility).toBe("VeryHidden");
});

test("a hidden sheet cannot be activated; a visible one becomes the active worksheet", async () => {
  expect(
    (
      await failureOf(async (context) => {
        context.workbook.worksheets.getItem("選択肢").activate();
        await context.sync();
      })
    ).code,
  ).toBe("InvalidOperation");
  const active = await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Notes").activate();
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
  expect(active).toBe("Notes");
});

test("deleting a sheet removes it, and getItemOrNullObject then finds nothing", async () => {
  const gone = await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Notes").delete();
    const again = context.workbook.worksheets.getItemOrNullObject("Notes");
    await context.sync();
    return again.isNullObject;
  });
  expect(gone).toBe(true);
});

test("getUsedRange of a blank sheet is its top-left cell; the OrNullObject variant is a null object", async () => {
  // "If the entire worksheet is blank, this function will return the top left cell" / "… returns an
  // object with its isNullObject property set to true."
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Notes");
    const used = sheet.getUsedRange();
    const orNull = sheet.getUsedRangeOrNullObject();
    used.load("address");
    await context.sync();
    return { used: used.address, isNull: orNull.isNullObject };
  });
  expect(seen).toEqual({ used: "Notes!A1", isNull: true });
});

test("getRange without an address is the whole sheet; an address on another sheet is refused", async () => {
  // "If not specified, the entire worksheet range is returned."
  const address = await Excel.run(async (context) => {
    const all = context.workbook.worksheets.getItem("一覧").getRange();
    all.load("address");
    await context.sync();
    return all.address;
  });
  expect(address).toBe("一覧!1:1048576");
  expect(
    (
      await failureOf(async (context) => {
        context.workbook.worksheets.getItem("一覧").getRange("Notes!A1").load("address");
        await context.sync();
      })
    ).code,
  ).toBe("InvalidArgument");
});
