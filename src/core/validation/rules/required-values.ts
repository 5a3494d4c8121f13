import { FIELDS, labelOfKey } from "../../list/fields";
import type { IssueDraft } from "../issues";
import type { MeasureRow } from "../../list/measure-row";
import type { RowRule, RuleContext } from "./rule";
import { cellIssue } from "./rule";

/**
 * Required cells must be filled (§3); an empty 進捗状況 is only a warning. An empty 天気 whose
 * mark was typed into another cell of the row (seed row C3-2) gets that mark as the fix.
 */
export const requiredValues: RowRule = {
  name: "required-values",
  codes: ["missing-value"],
  check(row, ctx) {
    const issues: IssueDraft[] = [];
    for (const field of REQUIRED) {
      if (!row.columns.has(field.name) || !row.isBlank(field.name)) continue;
      const found = field.name === "weather" ? findWeatherMark(row, ctx) : null;
      issues.push(
        cellIssue(
          row,
          field.name,
          "missing-value",
          { mark: found?.mark ?? null, markField: found ? labelOfKey(found.key) : null },
          { severity: field.required === "error" ? "error" : "warning", suggestion: found?.mark ?? null },
        ),
      );
    }
    return issues;
  },
};

const REQUIRED = FIELDS.filter((f) => f.required !== "none");

/** Which row cells are searched for a stray mark, most likely first. */
const MARK_SOURCES = ["progress", "directionReason", "direction", "quarterTarget"];

/**
 * The weather mark written elsewhere in the row, when exactly one kind appears in the first cell
 * that has any. Only symbols count: a word such as 晴れ inside a sentence is not a mark.
 */
function findWeatherMark(row: MeasureRow, ctx: RuleContext): { mark: string; key: string } | null {
  const symbols = ctx.weatherMarks;
  const keys = [
    ...MARK_SOURCES.filter((k) => row.columns.has(k)),
    ...[...row.columns.keys()].filter((k) => !MARK_SOURCES.includes(k)),
  ];
  for (const key of keys) {
    if (key === "weather") continue;
    const text = row.text(key);
    if (text === "") continue;
    const marks = new Set<string>();
    for (const [symbol, value] of symbols) if (text.includes(symbol)) marks.add(value);
    if (marks.size === 1) return { mark: [...marks][0], key };
    if (marks.size > 1) return null;
  }
  return null;
}

/**
 * Every symbol form of every weather choice, with the choice it means (☀️ → ☀, ☔ → ☂). Built
 * once per check into the rule context, never kept between checks.
 */
export function weatherMarkSymbols(weather: RuleContext["weather"]): [string, string][] {
  const symbols: [string, string][] = [];
  for (const choice of weather.choices) {
    for (const form of [choice.value, ...choice.variants]) {
      if (!/\p{L}|\p{N}/u.test(form)) symbols.push([form.replace(/\ufe0f/gu, ""), choice.value]);
    }
  }
  return symbols;
}
