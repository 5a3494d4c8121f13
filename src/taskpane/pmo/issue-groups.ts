import { readMeasureRows } from "../../core/list/measure-row";
import type { OpenedList } from "../../core/list/open-list";
import {
  ISSUE_CODES,
  countIssues,
  type Issue,
  type IssueCode,
  type IssueCounts,
} from "../../core/validation/issues";

export type IssueGrouping = "department" | "code";

/**
 * A group of the check's issues: one department's (in the list's order; issues about the whole
 * sheet in a group of their own, key null), or one code's (in the spec's order of codes).
 */
export interface IssueGroup {
  readonly key: string | null;
  readonly issues: readonly Issue[];
  readonly counts: IssueCounts;
}

export function groupIssues(list: OpenedList, issues: readonly Issue[], by: IssueGrouping): IssueGroup[] {
  const keyOf = by === "department" ? departmentOf(list) : (issue: Issue) => issue.code;
  const groups = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const key = keyOf(issue);
    let members = groups.get(key);
    if (!members) groups.set(key, (members = []));
    members.push(issue);
  }
  const order = by === "department" ? departmentOrder(list) : codeOrder();
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, members]) => ({ key, issues: members, counts: countIssues(members) }));
}

/** An issue's department: the 主担当部 of its row, "" for a row without one, null for the sheet. */
function departmentOf(list: OpenedList): (issue: Issue) => string | null {
  const byRow = new Map(readMeasureRows(list.sheet, list.layout).map((r) => [r.row, r.text("department")]));
  return (issue) => (issue.row === null ? null : (byRow.get(issue.row) ?? ""));
}

/** Sheet-level issues first (a missing column stops everything else), then departments as listed. */
function departmentOrder(list: OpenedList): (key: string | null) => number {
  const order = new Map<string, number>();
  for (const row of readMeasureRows(list.sheet, list.layout)) {
    const name = row.text("department");
    if (!order.has(name)) order.set(name, order.size);
  }
  return (key) => (key === null ? -1 : (order.get(key) ?? order.size));
}

function codeOrder(): (key: string | null) => number {
  return (key) => ISSUE_CODES.indexOf(key as IssueCode);
}
