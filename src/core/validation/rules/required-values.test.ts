import { project, runRowRule } from "../../../../tests/builders/rules";
import { seedRow } from "../../../../tests/builders/list-sheet";
import { requiredValues } from "./required-values";

describe("required values", () => {
  test("a complete seed row has none missing", () => {
    expect(runRowRule(requiredValues, [seedRow("A1-1")])).toEqual([]);
  });

  test("each required cell left empty is an error; empty 進捗状況 only a warning", () => {
    const issues = runRowRule(requiredValues, [
      seedRow("A1-1", { department: null, item: "  ", direction: null, progress: null }),
    ]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [3, "department", "missing-value", "error"],
      [3, "item", "missing-value", "error"],
      [3, "progress", "missing-value", "warning"],
      [3, "direction", "missing-value", "error"],
    ]);
    expect(issues[0].column).toBe("C");
  });

  test("seed row C3-2: empty 天気 with ☁ written in the progress text suggests ☁", () => {
    const [issue] = runRowRule(requiredValues, [seedRow("C3-2")]);
    expect(issue).toMatchObject({
      row: 3,
      column: "N",
      field: "weather",
      code: "missing-value",
      id: "C3-2",
      suggestion: "☁",
    });
    expect(issue.params).toEqual({ mark: "☁", markField: "進捗状況" });
  });

  test("an emoji variant in the text is suggested as its canonical mark", () => {
    const [issue] = runRowRule(requiredValues, [
      seedRow("A1-1", { weather: null, progress: "概ね順調 ☀️ 9月に委員会" }),
    ]);
    expect(issue.suggestion).toBe("☀");
  });

  test("words such as 晴れ inside a sentence are not taken for a mark, nor are two different marks", () => {
    expect(
      runRowRule(requiredValues, [seedRow("A1-1", { weather: null, progress: "晴れの日の来庁者が多い" })])[0]
        .suggestion,
    ).toBeNull();
    expect(
      runRowRule(requiredValues, [seedRow("A1-1", { weather: null, progress: "前期☀ 今期☂" })])[0].suggestion,
    ).toBeNull();
  });

  test("cells holding an error value are left to the cell-error check", () => {
    expect(project(runRowRule(requiredValues, [seedRow("A1-1", { item: { error: "#REF!" } })]))).toEqual([]);
  });
});
