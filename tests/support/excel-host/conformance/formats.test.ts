/**
 * Range formats: colours normalised to #RRGGBB, mixed values reading null ("If multiple font colors
 * are present within the range, range.format.font.color is null"), borders by edge, widths and
 * heights in points, alignment, wrapping, merges, hidden rows and columns.
 */
import { createExcelHost } from "../create-excel-host";
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    {
      name: "Sheet1",
      rows: [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    },
  ],
});

test("colour names and lower-case hex are stored as #RRGGBB; a cell without fill reads #FFFFFF", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").format.fill.color = "yellow";
    sheet.getRange("A1").format.font.color = "#1f4e79";
    const a1 = sheet.getRange("A1").format;
    const b1 = sheet.getRange("B1").format.fill;
    a1.load("fill/color,font/color");
    b1.load("color");
    await context.sync();
    return { fill: a1.fill.color, font: a1.font.color, none: b1.color };
  });
  expect(seen).toEqual({ fill: "#FFFF00", font: "#1F4E79", none: "#FFFFFF" });
});

test("null and unknown colours are refused", async () => {
  // "null is not a valid value for the color property."
  for (const color of [null, "not-a-colour", "#12345"]) {
    const failure = await failureOf(async (context) => {
      (
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill as unknown as {
          color: unknown;
        }
      ).color = color;
      await context.sync();
    });
    expect(failure).toMatchObject({ code: "InvalidArgument", location: "RangeFill.color" });
  }
});

test("a property that differs across the range reads null", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").format.font.bold = true;
    const row = sheet.getRange("A1:C1").format.font;
    row.load("bold,name");
    await context.sync();
    return { bold: row.bold, name: row.name };
  });
  expect(seen).toEqual({ bold: null, name: "Calibri" });
});

test("borders are set per edge of the range and read back per edge", async () => {
  const seen = await Excel.run(async (context) => {
    const borders = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").format.borders;
    borders.getItem("EdgeBottom").style = "Continuous";
    borders.getItem("EdgeBottom").weight = "Medium";
    borders.getItem(Excel.BorderIndex.insideVertical).style = "Dash";
    const bottom = borders.getItem("EdgeBottom");
    const top = borders.getItem("EdgeTop");
    bottom.load("style,weight,color");
    top.load("style");
    await context.sync();
    return { bottom: [bottom.style, bottom.weight, bottom.color], top: top.style };
  });
  expect(seen).toEqual({ bottom: ["Continuous", "Medium", "#000000"], top: "None" });
  expect(excel.host.cell("Sheet1!A1").borders.right).toEqual({
    style: "Dash",
    color: "#000000",
    weight: "Thin",
  });
  expect(excel.host.cell("Sheet1!C1").borders.right.style).toBe("None");
});

test("column widths and row heights are in points; heights over 409 points are refused", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B:C").format.columnWidth = 120;
    sheet.getRange("2:2").format.rowHeight = 30;
    const b = sheet.getRange("B1:C1").format;
    const mixed = sheet.getRange("A1:B1").format;
    b.load("columnWidth");
    mixed.load("columnWidth,rowHeight");
    await context.sync();
    return { b: b.columnWidth, mixed: mixed.columnWidth, standard: mixed.rowHeight };
  });
  expect(seen).toEqual({ b: 120, mixed: null, standard: 15 });
  expect(excel.host.snapshot("Sheet1").columnWidths).toEqual({ B: 120, C: 120 });
  expect(
    (
      await failureOf(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.rowHeight = 410;
        await context.sync();
      })
    ).code,
  ).toBe("InvalidArgument");
});

test("alignment and wrapping take Excel's names in any case and answer in Excel's", async () => {
  const seen = await Excel.run(async (context) => {
    const format = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").format;
    format.horizontalAlignment = "center" as Excel.HorizontalAlignment;
    format.verticalAlignment = Excel.VerticalAlignment.top;
    format.wrapText = true;
    format.load("horizontalAlignment,verticalAlignment,wrapText");
    await context.sync();
    return [format.horizontalAlignment, format.verticalAlignment, format.wrapText];
  });
  expect(seen).toEqual(["Center", "Top", true]);
});

test("merge keeps the top-left value; unmerge removes the area; values across merges read blank", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").merge();
    await context.sync();
  });
  expect(excel.host.snapshot("Sheet1").merges).toEqual(["A1:B2"]);
  expect(excel.host.values("Sheet1!A1:C2")).toEqual([
    ["a", "", "c"],
    ["", "", "f"],
  ]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2").unmerge();
    await context.sync();
  });
  expect(excel.host.snapshot("Sheet1").merges).toEqual([]);
});

test("merge across makes one merged area per row", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge(true);
    await context.sync();
  });
  expect(excel.host.snapshot("Sheet1").merges).toEqual(["A1:C1", "A2:C2"]);
});

// getMergedAreasOrNullObject: "Returns a RangeAreas object that represents the merged areas in this
// range. ... If there are no merged areas in this range, then this method will return an object with
// its isNullObject property set to true." (ExcelApi 1.13)
test("merged areas of a range, or a null object when it has none", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").merge();
    sheet.getRange("C1:C2").merge();
    const areas = sheet.getRange("A1:C2").getMergedAreasOrNullObject();
    const none = sheet.getRange("A2:B2").getMergedAreasOrNullObject();
    areas.load("address,areaCount");
    none.load("address");
    await context.sync();
    return [areas.address, areas.areaCount, none.isNullObject];
  });
  expect(seen).toEqual(["Sheet1!A1:B1, Sheet1!C1:C2", 2, true]);
});

// Range.copyFrom: "Copies cell data or formatting from the source range or RangeAreas to the current
// range." With Excel.RangeCopyType.formats only the formats travel, not the values. (ExcelApi 1.9)
test("copyFrom with Formats copies the look and number format, not the value", async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const a1 = sheet.getRange("A1");
    a1.format.font.bold = true;
    a1.format.fill.color = "#DDEBF7";
    a1.numberFormat = [["0.0%"]];
    sheet.getRange("B1").copyFrom(a1, "Formats");
    await context.sync();
  });
  const b1 = excel.host.cell("Sheet1!B1");
  expect([b1.value, b1.font.bold, b1.fill, b1.numberFormat]).toEqual(["b", true, "#DDEBF7", "0.0%"]);
});

test("merged areas need ExcelApi 1.13", async () => {
  const host = await createExcelHost({ sheets: [{ name: "Sheet1" }], sets: { ExcelApi: "1.12" } });
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject().load("address");
    await context.sync();
  });
  expect(failure.code).toBe("ApiNotFound");
  expect(host.gaps).toEqual([]);
});

test("rows and columns hide and show, and read null when mixed", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("2:2").rowHidden = true;
    sheet.getRange("C:C").columnHidden = true;
    const rows = sheet.getRange("A1:A2");
    rows.load("rowHidden");
    await context.sync();
    return rows.rowHidden;
  });
  expect(seen).toBeNull();
  expect(excel.host.snapshot("Sheet1")).toMatchObject({ hiddenRows: [1], hiddenColumns: ["C"] });
});

test("autofitColumns widens a column to its longest text, counting full-width characters twice", async () => {
  excel.host.edit("Sheet1!A3", "業務改革施策リスト");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A:A").format.autofitColumns();
    await context.sync();
  });
  // 9 full-width characters = 18 units, plus one of padding, at 7 px each plus 5 px, in points.
  expect(excel.host.snapshot("Sheet1").columnWidths.A).toBe(((19 * 7 + 5) * 3) / 4);
});
