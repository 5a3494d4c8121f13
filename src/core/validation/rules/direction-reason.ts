import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/** Every direction but 継続 needs a 方向性理由 (§4), read through the workbook's own list. */
export const directionReason: RowRule = {
  name: "direction-reason",
  codes: ["reason-required"],
  check(row, ctx) {
    if (row.isError("direction")) return [];
    const match = ctx.direction.match(row.value("direction"));
    if (match.kind !== "canonical" && match.kind !== "variant") return [];
    const choice = ctx.choices.direction.find((d) => d.value === match.value);
    if (!choice?.needsReason || !row.isBlank("directionReason")) return [];
    return [cellIssue(row, "directionReason", "reason-required", { direction: match.value })];
  },
};
