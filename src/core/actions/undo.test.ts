import type { ApplyOutcome } from "../port/outcome";
import { num, text } from "../port/plan";
import { changedSinceApplied, planUndo } from "./undo";

/** Fill then attainment on a list, as a host reported them: two cells, a dropdown, a new sheet. */
const applied: ApplyOutcome = {
  written: [
    {
      sheet: "施策リスト",
      rowIndex: 2,
      colIndex: 13,
      before: "晴れ",
      beforeFormat: "General",
      after: text("☀"),
      purpose: "canonical-choice",
      field: "weather",
    },
    {
      sheet: "施策リスト",
      rowIndex: 3,
      colIndex: 13,
      before: null,
      beforeFormat: "General",
      after: text("☁"),
      purpose: "canonical-choice",
      field: "weather",
    },
    {
      sheet: "施策リスト",
      rowIndex: 2,
      colIndex: 22,
      before: 0.25,
      beforeFormat: "0%",
      after: num(0.5, "0.0%"),
      purpose: "attainment",
      field: "attainmentRate",
    },
  ],
  changed: [],
  already: [],
  unsupported: [],
  sheetsAdded: [{ name: "選択肢", id: "{sheet-2}" }],
  sheetsRemoved: [],
  sheetsKept: [],
  validationsRestored: 0,
  history: 3,
  dropdowns: [
    {
      rule: {
        sheet: "施策リスト",
        field: "weather",
        ranges: [{ top: 2, left: 13, bottom: 3, right: 13 }],
        source: { kind: "values", values: ["☀", "☁", "☂"] },
        errorTitle: "天気",
        errorMessage: "天気は ☀・☁・☂ から選んでください",
      },
      range: { top: 2, left: 13, bottom: 3, right: 13 },
      status: "written",
      before: { kind: "none" },
    },
  ],
};

describe("undo", () => {
  test("puts every written cell back, value and number format, expecting what the tool wrote", () => {
    const plan = planUndo(applied);
    expect(plan.runs.map((r) => [r.top, r.left, r.values, r.expected, r.formats, r.purpose])).toEqual([
      [2, 13, [[text("晴れ")], [{ kind: "empty" }]], [["☀"], ["☁"]], [["General"], ["General"]], "undo"],
      [2, 22, [[num(0.25)]], [[0.5]], [["0%"]], "undo"],
    ]);
  });

  test("takes away the sheets it added and puts back the validation the dropdown replaced", () => {
    const plan = planUndo(applied);
    expect(plan.removeSheets).toEqual([{ name: "選択肢", id: "{sheet-2}" }]);
    expect(plan.restoreValidations).toEqual([
      { sheet: "施策リスト", range: { top: 2, left: 13, bottom: 3, right: 13 }, before: { kind: "none" } },
    ]);
    expect([plan.newSheets, plan.dropdowns]).toEqual([[], []]);
  });

  test("a dropdown that was already in place is left as it is", () => {
    const inPlace = {
      ...applied,
      dropdowns: applied.dropdowns.map((d) => ({ ...d, status: "in-place" as const })),
    };
    expect(planUndo(inPlace).restoreValidations).toEqual([]);
  });

  test("lists the cells a co-author changed since, before anyone confirms the undo", () => {
    const now = (_sheet: string, row: number, col: number) =>
      row === 3 && col === 13 ? "☂" : row === 2 && col === 22 ? 0.5 : "☀";
    expect(changedSinceApplied(applied, now)).toEqual([
      {
        reason: "changed",
        sheet: "施策リスト",
        rowIndex: 3,
        colIndex: 13,
        expected: "☁",
        found: "☂",
        planned: { kind: "empty" },
        field: "weather",
        purpose: "undo",
      },
    ]);
  });
});
