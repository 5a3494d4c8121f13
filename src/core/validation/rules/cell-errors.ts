import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/** #REF!, #N/A and the like in any column of the list: the cell's formula or source needs fixing. */
export const cellErrors: RowRule = {
  name: "cell-errors",
  codes: ["cell-error"],
  check(row) {
    const issues = [];
    for (const key of row.columns.keys()) {
      const value = row.value(key);
      if (typeof value === "object" && value !== null)
        issues.push(cellIssue(row, key, "cell-error", { error: value.error }));
    }
    return issues;
  },
};
