import { readKpiNumber, readPolarity } from "../../kpi/kpi";
import type { IssueDraft } from "../issues";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/**
 * A target on the wrong side of its baseline for its direction (増加 with a target below the
 * baseline, 減少 with one above) is almost always a typo or a swapped 目標の方向. §6's formula
 * still gives a rate for it, so the rate would be silently meaningless: warn at the target cell.
 */
export const targetSide: RowRule = {
  name: "target-side",
  codes: ["target-wrong-side"],
  check(row) {
    if (!row.columns.has("baseline")) return [];
    const baseline = readKpiNumber(row, "baseline");
    const polarity = readPolarity(row.value("polarity"));
    if (baseline.kind !== "number" || polarity === null) return [];
    const issues: IssueDraft[] = [];
    for (const binding of row.columns.values()) {
      if (binding.field !== "target" || row.isError(binding.key)) continue;
      const target = readKpiNumber(row, binding.key);
      if (target.kind !== "number") continue;
      const wrong = polarity === "増加" ? target.value < baseline.value : target.value > baseline.value;
      if (!wrong) continue;
      issues.push(
        cellIssue(
          row,
          binding.key,
          "target-wrong-side",
          { polarity, baseline: baseline.value, target: target.value },
          { severity: "warning" },
        ),
      );
    }
    return issues;
  },
};
