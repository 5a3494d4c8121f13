import type { WritePlan } from "../port/plan";

/**
 * What every action returns: the report a person is shown (issues, counts, changes, suggestions)
 * and the plan a host writes. The CLI, the ribbon commands and the task pane all call the same
 * actions; none of them decides what to write.
 */
export interface ActionOutput<R> {
  readonly report: R;
  readonly plan: WritePlan;
}
