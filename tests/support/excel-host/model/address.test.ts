import { formatAbsolute, formatAddress, parseAddress, quoteSheetName } from "./address";

test.each([
  ["A1", undefined, [0, 0, 0, 0]],
  ["$B$2:c10", undefined, [1, 1, 9, 2]],
  ["Sheet1!A:C", "Sheet1", [0, 0, 1_048_575, 2]],
  ["'My sheet'!3:5", "My sheet", [2, 0, 4, 16_383]],
  ["'It''s'!XFD1048576", "It's", [1_048_575, 16_383, 1_048_575, 16_383]],
  ["選択肢!$A$2:$A$4", "選択肢", [1, 0, 3, 0]],
])("parses %s", (text, sheet, [top, left, bottom, right]) => {
  expect(parseAddress(text)).toEqual({ sheetName: sheet, rect: { top, left, bottom, right } });
});

test.each(["", "A", "5", "A0", "XFE1", "A1:B", "A1:B2:C3", "!A1", "A1048577"])("refuses %j", (text) => {
  expect(parseAddress(text)).toBeNull();
});

test("formats addresses the way Excel reports them", () => {
  expect(formatAddress("Sheet1", { top: 0, left: 0, bottom: 0, right: 0 })).toBe("Sheet1!A1");
  expect(formatAddress("施策 一覧", { top: 4, left: 13, bottom: 59, right: 14 })).toBe("'施策 一覧'!N5:O60");
  expect(formatAddress("S", { top: 0, left: 2, bottom: 1_048_575, right: 2 })).toBe("S!C:C");
  expect(formatAbsolute("選択肢", { top: 1, left: 0, bottom: 3, right: 0 })).toBe("選択肢!$A$2:$A$4");
});

test("quotes sheet names that are not plain words or that look like a cell", () => {
  expect(["Sheet1", "選択肢", "_x", "a.b", "1st", "A1", "ab cd", "x-y", "It's"].map(quoteSheetName)).toEqual([
    "Sheet1",
    "選択肢",
    "_x",
    "a.b",
    "'1st'",
    "'A1'",
    "'ab cd'",
    "'x-y'",
    "'It''s'",
  ]);
});
