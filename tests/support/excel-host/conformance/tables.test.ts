/**
 * Excel tables (ListObjects), as the add-in or a test may touch them: "Gets a table by name or ID",
 * the table's ranges ("getDataBodyRange: Gets the range object associated with the data body of the
 * table"), its columns, and what writing cells does to a table. Assumptions (docs/excel-host.md):
 * writing next to a table does not grow it; writing a header cell renames the column, with Excel's
 * rules for headers (always text, unique, `ColumnN` when emptied).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { tempDir } from "../../../builders/xlsx";
import { toExcelJs } from "../host/xlsx-save";
import { loadXlsx } from "../host/xlsx-load";
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    { name: "表紙", rows: [["施策リスト"]] },
    {
      name: "一覧",
      rows: [
        ["業務改革施策リスト"],
        [],
        ["番号", "天気", "目標", "実績"],
        ["A1", "☀", 10, 4],
        ["A2", "☁", 20, 15],
        ["A3", null, 30, null],
      ],
      tables: [{ name: "施策表", ref: "A3:D6" }],
    },
  ],
});
const temp = tempDir("excel-host-tables-");
afterAll(() => temp.cleanup());

test("workbook.tables and worksheet.tables find a table by name in any case or by id", async () => {
  const seen = await Excel.run(async (context) => {
    const all = context.workbook.tables;
    all.load("items/name,items/id,count");
    const onCover = context.workbook.worksheets.getItem("表紙").tables;
    onCover.load("items/name");
    const missing = context.workbook.tables.getItemOrNullObject("無い表");
    await context.sync();
    const byId = context.workbook.worksheets.getItem("一覧").tables.getItem(all.items[0].id);
    const byCase = context.workbook.tables.getItem("施策表".toUpperCase());
    const first = context.workbook.tables.getItemAt(0);
    byId.load("name,legacyId,showHeaders,showTotals,style,showFilterButton,showBandedRows");
    byCase.load("id");
    first.load("name");
    await context.sync();
    return {
      names: all.items.map((t) => t.name),
      count: all.count,
      onCover: onCover.items.length,
      missing: missing.isNullObject,
      byId: byId.toJSON(),
      sameId: byCase.id === all.items[0].id,
      first: first.name,
    };
  });
  expect(seen).toEqual({
    names: ["施策表"],
    count: 1,
    onCover: 0,
    missing: true,
    byId: {
      id: excel.host.workbook.sheetByName("一覧")!.tables[0].id,
      name: "施策表",
      legacyId: "1",
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      showFilterButton: true,
      showBandedRows: true,
    },
    sameId: true,
    first: "施策表",
  });
  const failure = await failureOf(async (context) => {
    context.workbook.tables.getItem("無い表").load("name");
    await context.sync();
  });
  expect(failure).toMatchObject({ code: "ItemNotFound", location: "TableCollection.getItem" });
});

test("a table's ranges and columns, found again across syncs by the id Excel answered", async () => {
  const seen = await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("施策表");
    table.load("name");
    const columns = table.columns;
    columns.load("items/name,items/id,items/index");
    await context.sync();
    const ranges = [table.getRange(), table.getHeaderRowRange(), table.getDataBodyRange()];
    for (const r of ranges) r.load("address");
    const weather = table.columns.getItem("天気");
    const body = weather.getDataBodyRange();
    body.load("address,values");
    weather.load("values");
    const sheet = table.worksheet;
    sheet.load("name");
    await context.sync();
    return {
      ranges: ranges.map((r) => r.address),
      columns: columns.items.map((c) => [c.name, c.id, c.index]),
      body: [body.address, body.values],
      column: weather.values,
      sheet: sheet.name,
    };
  });
  expect(seen).toEqual({
    ranges: ["一覧!A3:D6", "一覧!A3:D3", "一覧!A4:D6"],
    columns: [
      ["番号", 1, 0],
      ["天気", 2, 1],
      ["目標", 3, 2],
      ["実績", 4, 3],
    ],
    body: ["一覧!B4:B6", [["☀"], ["☁"], [""]]],
    column: [["天気"], ["☀"], ["☁"], [""]],
    sheet: "一覧",
  });
  const id = excel.host.workbook.sheetByName("一覧")!.tables[0].id;
  expect(Object.values(excel.host.records[1].request!.ObjectPaths)).toContainEqual(
    expect.objectContaining({ ObjectPathType: 5, ArgumentInfo: { Arguments: [id] } }),
  );
});

test("values written inside the body change those cells; writing beside or below does not grow the table", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("一覧");
    sheet.getRange("B6:D6").values = [["☂", 30, 9]];
    sheet.getRange("E3:E6").values = [["達成率"], [0.4], [0.75], [0.3]];
    sheet.getRange("A7:D7").values = [["A4", "☀", 1, 1]];
    await context.sync();
  });
  expect(excel.host.values("一覧!A6:E7")).toEqual([
    ["A3", "☂", 30, 9, 0.3],
    ["A4", "☀", 1, 1, ""],
  ]);
  expect(excel.host.snapshot("一覧").tables).toEqual([
    {
      name: "施策表",
      ref: "A3:D6",
      showHeaders: true,
      showTotals: false,
      columns: ["番号", "天気", "目標", "実績"],
    },
  ]);
});

test("writing a header cell renames its column: text always, unique names, ColumnN when emptied", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("一覧");
    sheet.getRange("A3:D3").values = [["番号", "目標", 2026, ""]];
    await context.sync();
  });
  expect(excel.host.snapshot("一覧").tables[0].columns).toEqual(["番号", "目標2", "2026", "Column4"]);
  expect(excel.host.values("一覧!A3:D3")).toEqual([["番号", "目標2", "2026", "Column4"]]);
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("施策表");
    table.columns.getItemAt(1).name = "天気";
    context.workbook.worksheets.getItem("一覧").getRange("C3:D3").clear("Contents");
    await context.sync();
  });
  expect(excel.host.values("一覧!A3:D3")).toEqual([["番号", "天気", "Column3", "Column4"]]);
  excel.host.edit("一覧!D3", "実績");
  expect(excel.host.snapshot("一覧").tables[0].columns).toEqual(["番号", "天気", "Column3", "実績"]);
});

test.each([
  [
    "a formula written into a table",
    (s: Excel.Worksheet) => (s.getRange("C4").formulas = [["=1+1"]]),
    "Range.formulas",
  ],
  ["merging cells of a table", (s: Excel.Worksheet) => s.getRange("A4:B4").merge(), "Range.merge"],
  ["adding a table", (s: Excel.Worksheet) => s.tables.add("F1:G3", true), "TableCollection.add"],
  ["a table's rows", (s: Excel.Worksheet) => s.tables.getItem("施策表").rows.load("items"), "Table.rows"],
  ["renaming a table", (s: Excel.Worksheet) => (s.tables.getItem("施策表").name = "表"), "Table.name"],
  [
    "reading a table cell's fill (its style's look)",
    (s: Excel.Worksheet) => s.getRange("A3").format.fill.load("color"),
    "RangeFill.color",
  ],
  [
    "copying a table cell's formats elsewhere",
    (s: Excel.Worksheet) => s.getRange("E3").copyFrom(s.getRange("D3"), "Formats"),
    "Range.copyFrom",
  ],
])("%s is not modelled: a gap, and nothing changes", async (_what, act, member) => {
  const before = excel.host.snapshot("一覧");
  const failure = await failureOf(async (context) => {
    act(context.workbook.worksheets.getItem("一覧"));
    await context.sync();
  });
  expect(failure.code).toBe("NotImplementedInEmulator");
  expect(excel.host.takeGaps().join("\n")).toContain(member);
  expect(excel.host.snapshot("一覧")).toEqual(before);
});

test("the used range counts a table's empty cells, except for values only", async () => {
  const table = excel.host.workbook.sheetByName("一覧")!.tables[0];
  table.rect = { ...table.rect, bottom: 9 };
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("一覧");
    const all = sheet.getUsedRange();
    const values = sheet.getUsedRange(true);
    all.load("address");
    values.load("address");
    await context.sync();
    return [all.address, values.address];
  });
  expect(seen).toEqual(["一覧!A1:D10", "一覧!A1:D6"]);
});

test("tables survive saveXlsx and load back, a line break in a column name included", async () => {
  excel.host.edit("一覧!B3", "今後の方\n向性");
  const path = temp.path("tables.xlsx");
  await excel.host.saveXlsx(path);
  const again = await loadXlsx(path);
  expect(again.sheetByName("一覧")!.tables).toEqual([
    expect.objectContaining({
      name: "施策表",
      rect: { top: 2, left: 0, bottom: 5, right: 3 },
      showHeaders: true,
      showTotals: false,
      columns: [
        { id: 1, name: "番号" },
        { id: 2, name: "今後の方\n向性" },
        { id: 3, name: "目標" },
        { id: 4, name: "実績" },
      ],
      style: "TableStyleMedium2",
      showFilterButton: true,
      showBandedRows: true,
    }),
  ]);
  const part = strFromU8(
    unzipSync(new Uint8Array(await toExcelJs(again).xlsx.writeBuffer()))["xl/tables/table1.xml"],
  );
  expect(part).toContain('name="今後の方_x000A_向性"');
});

test("a table part as Excel writes it (no headerRowCount: a header row) loads with its header row", async () => {
  const files = unzipSync(new Uint8Array(await toExcelJs(excel.host.workbook).xlsx.writeBuffer()));
  const part = strFromU8(files["xl/tables/table1.xml"]);
  files["xl/tables/table1.xml"] = strToU8(
    part.replace(/ headerRowCount="1"/u, "").replace(/ totalsRowShown="1"/u, ""),
  );
  const loaded = await loadXlsx(Buffer.from(zipSync(files)));
  expect(loaded.sheetByName("一覧")!.tables[0]).toMatchObject({ showHeaders: true, showTotals: false });
  files["xl/tables/table1.xml"] = strToU8(part.replace('name="天気"', 'name="天候"'));
  await expect(loadXlsx(Buffer.from(zipSync(files)))).rejects.toThrow(
    /header cell 一覧!B3 reads "天気", not its column name "天候"/u,
  );
});

test("a deleted or replaced sheet takes its tables with it", async () => {
  excel.host.replaceSheet("一覧");
  const count = await Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("count");
    await context.sync();
    return tables.count;
  });
  expect(count).toBe(0);
});
