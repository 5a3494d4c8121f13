import type { IssueDraft } from "../issues";
import type { MeasureRow } from "../../list/measure-row";
import { DOMAIN, PILLAR, parseCoded } from "./codes";
import type { SheetRule } from "./rule";
import { cellIssue } from "./rule";

/**
 * One pillar letter, one spelling; one domain code, one spelling (§3). Rows that spell a label
 * differently from most rows get a warning with the majority spelling as the fix.
 */
export const labelConsistency: SheetRule = {
  name: "label-consistency",
  codes: ["label-inconsistent"],
  check(rows, ctx) {
    const issues: IssueDraft[] = [];
    for (const row of rows) {
      for (const [key, pattern] of CODED) {
        const text = row.text(key);
        const coded = text === "" ? null : parseCoded(text, pattern);
        if (!coded) continue;
        const majority = ctx.majorityLabels.get(`${key}:${coded.code}`);
        if (majority !== undefined && majority !== text) {
          issues.push(
            cellIssue(
              row,
              key,
              "label-inconsistent",
              { code: coded.code, majority },
              { severity: "warning", suggestion: majority },
            ),
          );
        }
      }
    }
    return issues;
  },
};

/**
 * The spelling most rows use per `pillar:<letter>` and `domain:<code>`; on a tie the first row's
 * spelling wins, since lists are usually copied downwards from the first row.
 */
export function majorityLabels(rows: readonly MeasureRow[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    for (const [key, pattern] of CODED) {
      const text = row.text(key);
      const coded = text === "" ? null : parseCoded(text, pattern);
      if (!coded) continue;
      const group = `${key}:${coded.code}`;
      let spellings = counts.get(group);
      if (!spellings) counts.set(group, (spellings = new Map()));
      spellings.set(text, (spellings.get(text) ?? 0) + 1);
    }
  }
  const majority = new Map<string, string>();
  for (const [group, spellings] of counts) {
    let best = "";
    let bestCount = 0;
    for (const [text, n] of spellings) {
      if (n > bestCount) {
        best = text;
        bestCount = n;
      }
    }
    majority.set(group, best);
  }
  return majority;
}

const CODED: readonly (readonly [string, RegExp])[] = [
  ["pillar", PILLAR],
  ["domain", DOMAIN],
];
