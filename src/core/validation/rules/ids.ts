import type { IssueDraft } from "../issues";
import { idPart, type MeasureRow } from "../../list/measure-row";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/** 枝番1 is a pillar letter and a domain number (`A1`); 枝番2 a number with an optional letter (`5a`). */
export const idFormat: RowRule = {
  name: "id-format",
  codes: ["id-format"],
  check(row) {
    const issues: IssueDraft[] = [];
    checkPart(row, "branch1", BRANCH1, "A1", issues);
    checkPart(row, "branch2", BRANCH2, "1, 10, 5a", issues);
    return issues;
  },
};

export const BRANCH1 = /^[A-Z]\d{1,2}$/u;
export const BRANCH2 = /^\d{1,6}[A-Za-z]?$/u;

function checkPart(
  row: MeasureRow,
  key: string,
  pattern: RegExp,
  expected: string,
  issues: IssueDraft[],
): void {
  if (row.isBlank(key) || row.isError(key)) return;
  const text = idPart(row.value(key));
  if (pattern.test(text)) return;
  issues.push(cellIssue(row, key, "id-format", { expected }, { suggestion: repaired(text, pattern) }));
}

/** A fix only when dropping separators and fixing case makes the part well formed: `a-1` → `A1`. */
function repaired(text: string, pattern: RegExp): string | null {
  const compact = text.replace(/[\s\-_・]/gu, "");
  const upperFirst = compact.charAt(0).toUpperCase() + compact.slice(1);
  for (const candidate of [compact, upperFirst])
    if (candidate !== text && pattern.test(candidate)) return candidate;
  return null;
}
