import type { IssueDraft } from "../issues";
import type { SheetRule } from "./rule";
import { cellIssue } from "./rule";

/** A measure id names one row (§3): every later row with the same id is an error pointing at the first. */
export const duplicateIds: SheetRule = {
  name: "duplicate-ids",
  codes: ["duplicate-id"],
  check(rows) {
    const first = new Map<string, number>();
    const issues: IssueDraft[] = [];
    for (const row of rows) {
      if (row.id === null) continue;
      const seen = first.get(row.id);
      if (seen === undefined) first.set(row.id, row.row);
      else issues.push(cellIssue(row, "branch2", "duplicate-id", { id: row.id, firstRow: seen }));
    }
    return issues;
  },
};
