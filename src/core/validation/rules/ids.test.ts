import { runRowRule } from "../../../../tests/builders/rules";
import { seedRow } from "../../../../tests/builders/list-sheet";
import { idFormat } from "./ids";

function idIssues(branch1: unknown, branch2: unknown) {
  return runRowRule(idFormat, [
    seedRow("A1-1", { branch1: branch1 as string, branch2: branch2 as string }),
  ]).map((i) => [i.field, i.value, i.suggestion]);
}

describe("id format", () => {
  test.each([
    ["A1", 1],
    ["B1", "5a"],
    ["B1", "7A"],
    ["B1", 10],
    ["Ａ１", "１"],
    [" C3 ", "2"],
  ])("%j-%j is a well-formed id", (b1, b2) => {
    expect(idIssues(b1, b2)).toEqual([]);
  });

  test.each([
    ["a1", 1, [["branch1", "a1", "A1"]]],
    ["A-1", 1, [["branch1", "A-1", "A1"]]],
    ["A", 1, [["branch1", "A", null]]],
    ["窓口", 1, [["branch1", "窓口", null]]],
    ["A1", 1.5, [["branch2", 1.5, null]]],
    ["A1", "5-a", [["branch2", "5-a", "5a"]]],
    ["A1", "第1", [["branch2", "第1", null]]],
    ["A1", "=1+1", [["branch2", "=1+1", null]]],
  ])("%j-%j is reported", (b1, b2, expected) => {
    expect(idIssues(b1, b2)).toEqual(expected);
  });

  test("a 30,000-character id cell is one issue whose value is kept whole", () => {
    const huge = "A".repeat(30_000);
    const issues = runRowRule(idFormat, [seedRow("A1-1", { branch1: huge })]);
    expect(issues).toHaveLength(1);
    expect(issues[0].value).toHaveLength(30_000);
  });
});
