import type { ChoiceIndex } from "../../choices/choices";
import type { IssueDraft } from "../issues";
import type { MeasureRow } from "../../list/measure-row";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/**
 * 天気 and 今後の方向性 must be one of the workbook's choices (§4). A known variant (晴れ, ☀️,
 * 改善) is a warning whose fix is the canonical value; anything else is an error.
 */
export const choiceValues: RowRule = {
  name: "choice-values",
  codes: ["invalid-choice", "non-canonical-choice"],
  check(row, ctx) {
    const issues: IssueDraft[] = [];
    checkChoice(row, "weather", ctx.weather, issues);
    checkChoice(row, "direction", ctx.direction, issues);
    return issues;
  },
};

function checkChoice(row: MeasureRow, key: string, index: ChoiceIndex, issues: IssueDraft[]): void {
  if (row.isError(key)) return;
  const match = index.match(row.value(key));
  if (match.kind === "unknown") {
    issues.push(cellIssue(row, key, "invalid-choice", { choices: index.values() }));
  } else if (match.kind === "variant") {
    issues.push(
      cellIssue(
        row,
        key,
        "non-canonical-choice",
        { canonical: match.value },
        { severity: "warning", suggestion: match.value },
      ),
    );
  }
}
