import { FIELDS, fieldLabel, type FieldName } from "../../list/fields";
import type { IssueDraft } from "../issues";
import type { ListBlock } from "../../list/layout";
import type { SheetRule } from "./rule";

/**
 * The header must name every required column (§3). Missing 進捗状況 or 方向性理由 is a warning:
 * the list still works, but rows cannot say how they are doing or why. A repeated header that
 * lacks a column the first one has is reported at its own row.
 */
export const requiredColumns: SheetRule = {
  name: "required-columns",
  codes: ["missing-column"],
  check(_rows, ctx) {
    const [first, ...rest] = ctx.layout.blocks;
    const missingInFirst = missingFields(first);
    const issues = missingInFirst.map((field) => missingColumn(field, null));
    for (const block of rest) {
      if (block.columns === first.columns) continue;
      for (const field of missingFields(block)) {
        if (!missingInFirst.includes(field)) issues.push(missingColumn(field, block.columnRowIndex + 1));
      }
    }
    return issues;
  },
};

const SEVERITY = new Map<FieldName, "error" | "warning">([
  ...FIELDS.filter((f) => f.required !== "none").map(
    (f) => [f.name, f.required === "error" ? "error" : "warning"] as const,
  ),
  ["directionReason", "warning"],
]);

function missingFields(block: ListBlock): FieldName[] {
  const present = new Set(block.columns.map((c) => c.field));
  return [...SEVERITY.keys()].filter((f) => !present.has(f));
}

function missingColumn(field: FieldName, row: number | null): IssueDraft {
  return {
    code: "missing-column",
    params: { header: fieldLabel(field) },
    severity: SEVERITY.get(field) ?? "error",
    row,
    column: null,
    field,
    fieldName: field,
    id: null,
    value: null,
    suggestion: null,
  };
}
