import { formatCellValue, NOT_A_DATE } from "./number-format";

/** 25 August 2025 in Excel's 1900 date system. */
const AUG_25_2025 = 45894;

test.each([
  // What the tool and the sample write: 達成率 (0.0%), summary shares and pace (0%), text (@).
  [0.96875, "0%", "97%"],
  [0.4666666666666667, "0.0%", "46.7%"],
  [1.5, "0%", "150%"],
  [0.145, "0%", "15%"],
  [0, "0.0%", "0.0%"],
  [-0.25, "0%", "-25%"],
  [1234567, "#,##0", "1,234,567"],
  [1234.5, "#,##0", "1,235"],
  [0.4, "#,##0", "0"],
  [-1234.5, "#,##0.00", "-1,234.50"],
  [0, "#,###", ""],
  [28, "@", "28"],
  [28, "0", "28"],
  [2.5, "0", "3"],
  [-2.5, "0", "-3"],
  [-0.001, "0", "-0"],
  [1.005, "0.00", "1.01"],
  [3.14159, "0.000", "3.142"],
  [3.1, "0.0#", "3.1"],
  [3.1, "#.##", "3.1"],
  [3, "#.##", "3."],
  [3.5, "0.0?", "3.5 "],
  [12, "000", "012"],
  [1234567, "#,##0,", "1,235"],
  [1234567, "0.0,,", "1.2"],
  [1234, '#,##0"件"', "1,234件"],
  [60, '0"件"', "60件"],
  [1234, "[$¥-411]#,##0", "¥1,234"],
  [1234, "\\$#,##0_);\\(#,##0\\)", "$1,234 "],
  [-1234, "\\$#,##0_);\\(#,##0\\)", "(1,234)"],
  [-5, "#,##0;[Red]▲#,##0", "▲5"],
  [0, '#,##0;-#,##0;"-"', "-"],
  [0, "0;-0;", ""],
  [12345.678, "0.00E+00", "1.23E+04"],
  [0.000123, "0.00E+00", "1.23E-04"],
  [9.999, "0.0E+0", "1.0E+1"],
  [12345, "##0.0E+0", "12.3E+3"],
  [1234, "000-0000", "000-1234"],
  [150, "[>=100]0.0;0", "150.0"],
  [50, "[>=100]0.0;0", "50"],
])("%p under %p shows %p", (value, code, shown) => {
  expect(formatCellValue(value, code)).toBe(shown);
});

test.each([
  [28, "28"],
  [0.4666666666666667, "0.466666667"],
  [1234.56789012, "1234.56789"],
  [-12345678901, "-12345678901"],
  [123456789012, "1.23457E+11"],
  [0.000001234, "1.234E-06"],
  [0, "0"],
])("General shows %p as %p, in at most 11 characters", (value, shown) => {
  expect(formatCellValue(value, "General")).toBe(shown);
  expect(formatCellValue(value, "")).toBe(shown);
});

test.each([
  ["yyyy/m/d", "2025/8/25"],
  ["yyyy/mm/dd", "2025/08/25"],
  ["m/d", "8/25"],
  ["yy-mm-dd", "25-08-25"],
  ['yyyy"年"m"月"d"日"', "2025年8月25日"],
  ["yyyy年m月d日(aaa)", "2025年8月25日(月)"],
  ["aaaa", "月曜日"],
  ['[$-411]ggge"年"m"月"d"日"', "令和7年8月25日"],
  ["[$-ja-JP]gge.m.d", "令7.8.25"],
  ["ge.mm.dd", "R7.08.25"],
  ["d-mmm-yy", "25-Aug-25"],
  ["dddd, mmmm d, yyyy", "Monday, August 25, 2025"],
  ["mmmmm", "A"],
])("the date 2025-08-25 under %p shows %p", (code, shown) => {
  expect(formatCellValue(AUG_25_2025, code)).toBe(shown);
});

test("times: minutes told from months by their neighbours, 12-hour clocks, elapsed time, fractions of a second", () => {
  const tenThirty = AUG_25_2025 + (10 * 3600 + 30 * 60 + 45.6) / 86400;
  expect(formatCellValue(tenThirty, "yyyy/m/d h:mm")).toBe("2025/8/25 10:30");
  expect(formatCellValue(tenThirty, "h:mm:ss")).toBe("10:30:46");
  expect(formatCellValue(tenThirty, "hh:mm:ss.0")).toBe("10:30:45.6");
  expect(formatCellValue(tenThirty, "mm:ss")).toBe("30:46");
  expect(formatCellValue(AUG_25_2025 + 0.75, "h:mm AM/PM")).toBe("6:00 PM");
  expect(formatCellValue(0.25, "h:mm a/p")).toBe("6:00 a");
  expect(formatCellValue(1.5, "[h]:mm")).toBe("36:00");
  expect(formatCellValue(AUG_25_2025, "m")).toBe("8");
});

test("eras change on their first day: 平成31年4月30日, then 令和元年 (1) on 1 May 2019", () => {
  const may1st2019 = 43586;
  expect(formatCellValue(may1st2019 - 1, "ggge年m月d日")).toBe("平成31年4月30日");
  expect(formatCellValue(may1st2019, "ggge年m月d日")).toBe("令和1年5月1日");
  expect(formatCellValue(32515, "ggge年")).toBe("昭和64年");
});

test("dates Excel cannot show are hashes; the days before its 29 February 1900 are one day later", () => {
  expect(formatCellValue(-1, "yyyy/m/d")).toBe(NOT_A_DATE);
  expect(formatCellValue(1, "yyyy/m/d")).toBe("1900/1/1");
  expect(formatCellValue(61, "yyyy/m/d")).toBe("1900/3/1");
});

test("text keeps to the text section, or shows as it is; other values as the grid writes them", () => {
  expect(formatCellValue("約30件", "0%")).toBe("約30件");
  expect(formatCellValue("未定", '0;-0;0;"（"@"）"')).toBe("（未定）");
  expect(formatCellValue("=SUM(A1)", "@")).toBe("=SUM(A1)");
  expect(formatCellValue(null, "0%")).toBe("");
  expect(formatCellValue(true, "0%")).toBe("TRUE");
  expect(formatCellValue({ error: "#DIV/0!" }, "0%")).toBe("#DIV/0!");
});
