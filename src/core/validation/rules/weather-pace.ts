import { paceDisagreement, rowAttainment } from "../../kpi/attainment";
import { formatQuarter } from "../../calendar/fiscal-calendar";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/**
 * With a quarter under review, a weather mark that disagrees with the row's pace is a warning
 * (§6). The PL's choice stands: the suggestion is only offered as the fix.
 */
export const weatherPace: RowRule = {
  name: "weather-pace",
  codes: ["weather-mismatch"],
  check(row, ctx) {
    if (ctx.quarter === null) return [];
    const result = rowAttainment(row, ctx.quarter, ctx.choices, ctx.weather);
    const suggested = paceDisagreement(result);
    if (suggested === null || result?.pace == null) return [];
    return [
      cellIssue(
        row,
        "weather",
        "weather-mismatch",
        { suggested, pace: result.pace, quarter: formatQuarter(ctx.quarter) },
        { severity: "warning", suggestion: suggested },
      ),
    ];
  },
};
