import { runRowRule } from "../../../../tests/builders/rules";
import { seedRow } from "../../../../tests/builders/list-sheet";
import { cellErrors } from "./cell-errors";

describe("cell errors", () => {
  test("every error value in the list's columns is reported with its code as the value", () => {
    const row = seedRow("A1-1", {
      weather: { error: "#N/A" },
      purpose: { error: "#REF!" },
      progress: { error: "#DIV/0!" },
    });
    expect(runRowRule(cellErrors, [row]).map((i) => [i.field, i.column, i.value])).toEqual([
      ["purpose", "G", "#REF!"],
      ["progress", "M", "#DIV/0!"],
      ["weather", "N", "#N/A"],
    ]);
  });

  test("a text that merely looks like an error is not one", () => {
    expect(runRowRule(cellErrors, [seedRow("A1-1", { progress: "#N/A" })])).toEqual([]);
  });
});
