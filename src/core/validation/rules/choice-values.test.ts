import { runRowRule } from "../../../../tests/builders/rules";
import { seedRow } from "../../../../tests/builders/list-sheet";
import { DEFAULT_CHOICES } from "../../choices/choices";
import { choiceValues } from "./choice-values";

const check = (weather: string | null, direction: string | null = "継続") =>
  runRowRule(choiceValues, [seedRow("A1-1", { weather, direction, directionReason: "理由" })]).map((i) => [
    i.field,
    i.code,
    i.severity,
    i.suggestion,
  ]);

describe("weather and direction choices", () => {
  test.each(["☀", "☁", "☂"])("%s is canonical", (w) => {
    expect(check(w)).toEqual([]);
  });

  test.each([
    ["☀️", "☀"],
    ["🌞", "☀"],
    ["晴", "☀"],
    ["晴れ", "☀"],
    ["はれ", "☀"],
    ["快晴", "☀"],
    ["☁️", "☁"],
    ["⛅", "☁"],
    ["🌤", "☁"],
    ["🌥", "☁"],
    ["曇", "☁"],
    ["曇り", "☁"],
    ["くもり", "☁"],
    ["☂️", "☂"],
    ["☔", "☂"],
    ["🌧", "☂"],
    ["⛈", "☂"],
    ["雨", "☂"],
    ["あめ", "☂"],
    [" ☀ ", "☀"],
    ["順調", "☀"],
  ])("weather %j is a variant of %s: a warning with the fix", (value, canonical) => {
    expect(check(value)).toEqual([["weather", "non-canonical-choice", "warning", canonical]]);
  });

  test.each([
    ["改善", "見直し"],
    ["継続する", "継続"],
    ["中止", "休止"],
  ])("direction %j is a variant of %s", (value, canonical) => {
    expect(check("☀", value)).toEqual([["direction", "non-canonical-choice", "warning", canonical]]);
  });

  test.each(DEFAULT_CHOICES.direction.map((d) => d.value))("direction %s is canonical", (d) => {
    expect(check("☀", d)).toEqual([]);
  });

  test("anything else is an error listing the choices", () => {
    const issues = runRowRule(choiceValues, [seedRow("A1-1", { weather: "晴天", direction: "様子見" })]);
    expect(issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["weather", "invalid-choice", "error"],
      ["direction", "invalid-choice", "error"],
    ]);
    expect(issues[0].params).toEqual({ choices: ["☀", "☁", "☂"] });
  });

  test("formula-looking text is just an unknown value", () => {
    expect(check('=HYPERLINK("x")')).toEqual([["weather", "invalid-choice", "error", null]]);
  });

  test("empty cells are left to the required check", () => {
    expect(check(null, null)).toEqual([]);
  });
});
