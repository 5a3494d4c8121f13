import { typeInput } from "./cell-input";

test.each([
  ["=SUM(A1:A2)", "General", { value: null, formula: "=SUM(A1:A2)" }],
  ["=", "General", { value: "=" }],
  ["+81-3", "General", { value: null, formula: "=+81-3" }],
  ["-5", "General", { value: -5 }],
  ["-", "General", { value: "-" }],
  ["'=1+1", "General", { value: "=1+1", quotePrefix: true }],
  ["=1+1", "@", { value: "=1+1" }],
  ["1,234.5", "General", { value: 1234.5 }],
  ["50%", "General", { value: 0.5, impliedFormat: "0%" }],
  ["true", "General", { value: true }],
  ["#N/A", "General", { value: "#N/A", error: true }],
  ["2025-09-30", "General", { value: 45930, impliedFormat: "yyyy/m/d" }],
  ["2025-02-30", "General", { value: "2025-02-30" }],
  ["☀", "General", { value: "☀" }],
  ["", "General", { value: null }],
])("%j typed into a %s cell", (input, format, content) => {
  expect(typeInput(input, format)).toEqual(content);
});

test("numbers and booleans written by code are kept as they are", () => {
  expect([typeInput(7, "@"), typeInput(false, "General")]).toEqual([{ value: 7 }, { value: false }]);
});
