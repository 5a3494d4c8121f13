import { dateSerial, formatNumber } from "./number-format";

test.each([
  [1200, "General", "1200"],
  [0.1 + 0.2, "General", "0.3"],
  [123456789012, "General", "1.23457E+11"],
  [1234.5, "#,##0", "1,235"],
  [-1234.5, "#,##0.00", "-1,234.50"],
  [0.125, "0%", "13%"],
  [0.125, "0.0%", "12.5%"],
  [5, "@", "5"],
  [-3, "0;(0)", "(3)"],
  [28, '0"件"', "28件"],
  [1200, '#,##0"円"', "1,200円"],
  [dateSerial(2025, 9, 30), "yyyy/m/d", "2025/9/30"],
  [dateSerial(2025, 4, 1) + 0.5, "yyyy-mm-dd hh:mm", "2025-04-01 12:00"],
  [dateSerial(2025, 4, 1), 'yyyy"年"m"月"d"日"', "2025年4月1日"],
])("%p as %s reads %s", (value, format, text) => {
  expect(formatNumber(value, format)).toBe(text);
});

test("a format the emulator does not render gives null instead of a guess", () => {
  expect(formatNumber(1, "[$¥-411]#,##0")).toBeNull();
});

test("serial numbers follow Excel's 1900 date system", () => {
  expect(dateSerial(1900, 3, 1)).toBe(61);
  expect(dateSerial(2025, 9, 30)).toBe(45930);
});
