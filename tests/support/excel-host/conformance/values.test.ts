/**
 * Writing and reading cell contents: shape rules, null and blank input ("Blank and null values in
 * Excel add-ins"), values / formulas / text ("Set and get range values, text, or formulas"), and how
 * typed text becomes a formula, a number or stays text.
 */
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const excel = useExcelHost({
  sheets: [
    {
      name: "Sheet1",
      rows: [
        ["x", 1, 2],
        ["y", 3, 4],
      ],
    },
  ],
});

async function write(
  address: string,
  values: unknown,
  property: "values" | "formulas" | "numberFormat" = "values",
) {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    (range as unknown as Record<string, unknown>)[property] = values;
    await context.sync();
  });
}

async function read(address: string) {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    range.load("values,formulas,text,valueTypes,numberFormat");
    await context.sync();
    return {
      values: range.values,
      formulas: range.formulas,
      text: range.text,
      types: range.valueTypes,
      formats: range.numberFormat,
    };
  });
}

test("a values array whose size differs from the range fails with InvalidArgument", async () => {
  // Excel's answer in OfficeDev/office-js issue 1025: "The number of rows or columns in the input
  // array doesn't match the size or dimensions of the range." at Range.values.
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2, 3]];
    await context.sync();
  });
  expect(failure).toMatchObject({
    code: "InvalidArgument",
    location: "Range.values",
    message:
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  });
});

test("a single value is applied to every cell of the range", async () => {
  // "If the argument is a single value, it will be applied to all cells in the range."
  await write("D1:E2", "same" as never);
  expect(excel.host.values("Sheet1!D1:E2")).toEqual([
    ["same", "same"],
    ["same", "same"],
  ]);
});

test("null inside the array leaves that cell unchanged; null for the whole property is refused", async () => {
  // "specify null for all other cells" / "null is not a valid input for single property"
  await write("A1:C1", [[null, null, 9]]);
  expect(excel.host.values("Sheet1!A1:C1")).toEqual([["x", 1, 9]]);
  const failure = await failureOf(async (context) => {
    (context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as { values: null }).values =
      null;
    await context.sync();
  });
  expect(failure.code).toBe("InvalidArgument");
});

test("a blank value clears the content and a blank number format resets it to General", async () => {
  // "If you specify a blank value for the values property of a range, the content of the range is
  // cleared." / "… for the numberFormat property, the number format is reset to General."
  await write("B1", [["0.00%"]], "numberFormat");
  await write("B1", [[""]], "values");
  expect(await read("B1")).toMatchObject({ values: [[""]], types: [["Empty"]], formats: [["0.00%"]] });
  await write("B1", [[""]], "numberFormat");
  expect((await read("B1")).formats).toEqual([["General"]]);
});

test("values read raw results, formulas read formulas, text reads what is displayed", async () => {
  // "the values property … specifies the raw values for those cells, not any of the formulas" /
  // "The formulas property … specifies the formulas for cells … that contain formulas and the raw
  // values for cells … that do not" / "The text property … specifies the display values".
  await write("D1:D2", [["=SUM(B1:C2)"], [0.25]], "formulas");
  await write("D2", [["0%"]], "numberFormat");
  expect(await read("D1:D2")).toEqual({
    values: [[10], [0.25]],
    formulas: [["=SUM(B1:C2)"], [0.25]],
    text: [["10"], ["25%"]],
    types: [["Double"], ["Double"]],
    formats: [["General"], ["0%"]],
  });
});

test("text starting with =, + or - is read as a formula, as Excel does with what is typed", async () => {
  // "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
  // interprets this value as a formula."
  await write("A3:D3", [["=B1*2", "+B1", "-5", "- 検討中"]]);
  expect(await read("A3:D3")).toMatchObject({
    values: [[2, 1, -5, "#NAME?"]],
    formulas: [["=B1*2", "=+B1", -5, "=- 検討中"]],
    types: [["Double", "Double", "Double", "Error"]],
  });
});

test("text stays text in a cell formatted as text (@), and after a leading apostrophe", async () => {
  // The two known ways to keep "=…" as text (docs/excel-host.md); the apostrophe is not part of the
  // value, and formulas reads the text back without it.
  await write("A4:B4", [["@", "General"]], "numberFormat");
  await write("A4:B4", [["=1+1", "'=1+1"]]);
  expect(await read("A4:B4")).toMatchObject({
    values: [["=1+1", "=1+1"]],
    formulas: [["=1+1", "=1+1"]],
    types: [["String", "String"]],
  });
});

test("numbers typed as text become numbers; percentages take a percent format", async () => {
  await write("A5:C5", [["1,200", "12.5%", "007"]]);
  expect(await read("A5:C5")).toMatchObject({
    values: [[1200, 0.125, 7]],
    formats: [["General", "0.0%", "General"]],
    text: [["1200", "12.5%", "7"]],
  });
});

test("formulas recalculate when the cells they read change", async () => {
  await write("E1", [["=B1+C1"]], "formulas");
  await write("B1", [[100]]);
  expect(excel.host.values("Sheet1!E1")).toEqual([[102]]);
});

test("an unknown name gives #NAME?; a function the emulator does not compute is reported as a gap", async () => {
  await write("F1", [["=NOSUCHFUNCTION(1)"]], "formulas");
  expect(excel.host.values("Sheet1!F1")).toEqual([["#NAME?"]]);
  expect(excel.host.gaps).toEqual([]);
  await write("F2", [["=VLOOKUP(1,A1:B2,2,FALSE)"]], "formulas");
  expect(excel.host.gaps).toEqual([
    "Sheet1: =VLOOKUP(1,A1:B2,2,FALSE): the function VLOOKUP is not evaluated by the emulator",
  ]);
  excel.host.gaps.length = 0;
});

test("reading more than 5,000,000 cells is refused", async () => {
  // "A range is limited to 5,000,000 cells for read operations."
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
    await context.sync();
  });
  expect(failure.code).toBe("RangeExceedsLimit");
});
