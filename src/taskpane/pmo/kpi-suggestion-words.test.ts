import type { KpiSuggestion } from "../../core/kpi/kpi-suggestions";
import { en } from "../i18n/en";
import { ja } from "../i18n/ja";
import { suggestionWords } from "./kpi-suggestion-words";

const plain: KpiSuggestion = {
  row: 34,
  id: "B1-4",
  field: "actual",
  value: 1_852_821,
  of: null,
  unit: "枚",
  from: "進捗状況",
  source: "R7：1,852,821枚",
  relative: null,
};

const relative: KpiSuggestion = {
  row: 22,
  id: "A3-2",
  field: "target",
  value: 10,
  of: null,
  unit: "%",
  from: "R7年度末時点",
  source: "前年度比10%増",
  relative: {
    base: { kind: "year", fiscalYear: 6, previous: true },
    change: "increase",
    basis: null,
    target: null,
    unit: "件",
    missing: "basis",
  },
};

describe("a KPI suggestion's card", () => {
  test("a plain value as read, with its thousands", () => {
    expect(suggestionWords(plain, ja)).toEqual({
      headline: "B1-4 の実績値: 1,852,821枚",
      detail: null,
      acceptable: true,
    });
    expect(suggestionWords({ ...plain, value: 28, of: 60, unit: null }, en).headline).toBe(
      "B1-4 actual: 28/60",
    );
  });

  test("「前年度比10%増」 is a target relative to R6, never 10%; with no figure there is nothing to accept", () => {
    expect(suggestionWords(relative, ja)).toEqual({
      headline: "A3-2 の目標値: 前年度（R6）比 10%増",
      detail: "R6実績値か基準値がないため、目標値は計算できません。入れると計算します。",
      acceptable: false,
    });
    const worked = {
      ...relative,
      relative: {
        ...relative.relative!,
        basis: { key: "baseline", value: 38_929 },
        target: 42_822,
        missing: null,
      },
    };
    expect(suggestionWords(worked, ja)).toEqual({
      headline: "A3-2 の目標値: 前年度（R6）比 10%増",
      detail: "目標値 42,822件（基準値 38,929件から計算）",
      acceptable: true,
    });
    expect(suggestionWords(worked, en).headline).toBe("A3-2 target: 10% up on the previous year (R6)");
  });
});
