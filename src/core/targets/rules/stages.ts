import type { IssueDraft } from "../../validation/issues";
import { targetIssue } from "../target-issue";
import type { TargetsLayout } from "../targets-layout";
import type { Target } from "../model";
import { stageKey } from "../stage-key";
import { reiwaLabel } from "../year-header";

/** A staged row's 実績 is one of its stages (現在地 included), or the standing cannot place it. */
export function stageIssues(target: Target, layout: TargetsLayout): IssueDraft[] {
  if (target.kind !== "staged") return [];
  const stages = new Set(
    [target.baseline.value, ...target.path.map((s) => s.target)].map((v) => stageKey(v.raw)),
  );
  return target.path.flatMap((step, i) =>
    step.actual && step.actual.kind !== "blank" && !stages.has(stageKey(step.actual.raw))
      ? [
          targetIssue(
            "target-stage-unknown",
            { target: target.name, text: String(step.actual.raw) },
            {
              row: target.row,
              col: layout.years[i].actual,
              field: `actual[${reiwaLabel(step.year)}]`,
              fieldName: "actual",
              value: step.actual.raw,
            },
            "warning",
          ),
        ]
      : [],
  );
}
