import type { SheetGrid } from "../port/grid";
import type { IssueDraft } from "../validation/issues";
import type { Target, TargetLinks } from "./model";
import type { TargetsReading } from "./read-targets";
import { directionIssues } from "./rules/direction";
import { linkIssues } from "./rules/links";
import { numberIssues } from "./rules/numbers";
import { stageIssues } from "./rules/stages";
import { yearColumnIssues } from "./rules/years";

/**
 * The 目標 sheet's check: the year columns, then each row (numbers, units, direction, links,
 * stages), in sheet order. `links` holds what each target's 関連施策 found in the list.
 */
export function checkTargets(
  sheet: SheetGrid,
  reading: TargetsReading,
  links: ReadonlyMap<Target, TargetLinks>,
): IssueDraft[] {
  const { layout } = reading;
  const issues = yearColumnIssues(layout);
  for (const target of reading.targets) {
    issues.push(...numberIssues(target, layout), ...directionIssues(sheet, target, layout));
    const found = links.get(target);
    if (found) issues.push(...linkIssues(target, found, layout));
    issues.push(...stageIssues(target, layout));
  }
  return issues;
}
