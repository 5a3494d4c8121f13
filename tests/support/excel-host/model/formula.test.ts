import { evaluate, FormulaGap, type EvalScalar } from "./formula-eval";
import { parseFormula } from "./formula-parse";

const cells: Record<string, EvalScalar> = { A1: 1, A2: 2, A3: "x", B1: "☀", B2: "☁", B3: "☀", C1: null };
const resolver = {
  cell: (sheet: string | undefined, row: number, column: number) =>
    sheet === "他" ? 100 : (cells[`${String.fromCharCode(65 + column)}${row + 1}`] ?? null),
  sheetExists: (sheet: string) => sheet === "他",
};
const value = (formula: string) => evaluate(parseFormula(formula), resolver);

test.each([
  ["1+2*3", 7],
  ["(1+2)*3", 9],
  ["-A1^2", 1],
  ["SUM(A1:A3)", 3],
  ["SUM(A1:A2,10)", 13],
  ["COUNT(A1:B3)", 2],
  ["COUNTA(A1:C3)", 6],
  ["AVERAGE(A1:A2)", 1.5],
  ['COUNTIF(B1:B3,"☀")', 2],
  ['COUNTIF(A1:A3,">1")', 1],
  ['IF(A1=1,"yes","no")', "yes"],
  ['"a"&A1', "a1"],
  ["他!Z9*2", 200],
  ["A1/0", { error: "#DIV/0!" }],
  ["A3+1", { error: "#VALUE!" }],
  ["検討中", { error: "#NAME?" }],
  ["NOSUCH(1)", { error: "#NAME?" }],
  ["無い!A1", { error: "#REF!" }],
  ["#REF!A1+1", { error: "#REF!" }],
  ["SUM(#REF!A1:A3)", { error: "#REF!" }],
  ["#N/A", { error: "#N/A" }],
  ["C1", 0],
])("=%s gives %p", (formula, expected) => {
  expect(value(formula)).toEqual(expected);
});

test("a function Excel has but the emulator does not compute is a gap, not a silent #NAME?", () => {
  expect(() => value("VLOOKUP(1,A1:B3,2,FALSE)")).toThrow(FormulaGap);
});

test("malformed formulas are refused when parsed", () => {
  expect(() => parseFormula("SUM(")).toThrow();
  expect(() => parseFormula("1+")).toThrow();
});
