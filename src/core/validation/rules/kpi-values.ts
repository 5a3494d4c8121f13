import { kpiNumberKeys, readKpiNumber, readPolarity } from "../../kpi/kpi";
import type { IssueDraft } from "../issues";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/** KPI cells hold one number each, in any year's column (§3); 目標の方向 is 増加 or 減少. */
export const kpiValues: RowRule = {
  name: "kpi-values",
  codes: ["not-a-number", "invalid-polarity"],
  check(row) {
    const issues: IssueDraft[] = [];
    for (const key of kpiNumberKeys(row)) {
      if (row.isError(key)) continue;
      const n = readKpiNumber(row, key);
      if (n.kind === "invalid") issues.push(cellIssue(row, key, "not-a-number", { text: n.text }));
    }
    if (
      row.columns.has("polarity") &&
      !row.isError("polarity") &&
      readPolarity(row.value("polarity")) === null
    ) {
      issues.push(cellIssue(row, "polarity", "invalid-polarity", {}, { suggestion: null }));
    }
    return issues;
  },
};
