import { Button, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { check } from "../../core/actions/check";
import { isFixable } from "../../core/actions/fix";
import { fixRequest } from "../session/requests";
import type { OpenedList } from "../../core/list/open-list";
import type { Issue } from "../../core/validation/issues";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { IssueItem } from "./issue-item";
import { groupIssues, type IssueGrouping } from "./issue-groups";

/** Issues listed per group before a "show more" button; a 20,000-row list can have thousands. */
const PAGE = 100;

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * チェック: every rule over the list, grouped by department or by kind with counts. An issue's
 * place selects its cell in the sheet; a variant or a weather mark found in the row has a
 * one-click fix, shown like every write before it is written.
 */
export function CheckSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter, env, writer } = useSession();
  const styles = usePaneStyles();
  const local = useStyles();
  const groupById = useId("group-by");
  const [grouping, setGrouping] = useState<IssueGrouping>("department");
  const report = useMemo(
    () => check(list, { quarter, language: env.language }).report,
    [list, quarter, env.language],
  );
  const groups = useMemo(() => groupIssues(list, report.issues, grouping), [list, report, grouping]);
  const fixable = report.issues.filter(isFixable);
  const fix = (issues: readonly Issue[]) => writer.request(fixRequest(list, issues));

  return (
    <div className={styles.stack}>
      <p className={styles.heading}>
        {report.issues.length === 0
          ? strings.check.none
          : strings.check.counts(report.counts.error, report.counts.warning)}
      </p>
      {report.issues.length > 0 && (
        <div className={styles.row}>
          <label htmlFor={groupById}>{strings.check.groupBy}</label>
          <Select
            id={groupById}
            size="small"
            value={grouping}
            onChange={(_e, d) => setGrouping(d.value as IssueGrouping)}
          >
            <option value="department">{strings.check.byDepartment}</option>
            <option value="code">{strings.check.byCode}</option>
          </Select>
          {fixable.length > 1 && (
            <Button size="small" onClick={() => fix(fixable)}>
              {strings.check.fixAll(fixable.length)}
            </Button>
          )}
        </div>
      )}
      {groups.map((group) => (
        <IssueGroupView
          key={group.key ?? ""}
          title={groupTitle(group.key, grouping, strings)}
          issues={group.issues}
          counts={strings.check.groupCounts(group.counts.error, group.counts.warning)}
          className={local.group}
          onFix={(issue) => fix([issue])}
        />
      ))}
    </div>
  );
}

function IssueGroupView(props: {
  readonly title: string;
  readonly counts: string;
  readonly issues: readonly Issue[];
  readonly className: string;
  readonly onFix: (issue: Issue) => void;
}) {
  const strings = useStrings();
  const styles = usePaneStyles();
  const headingId = useId("issue-group");
  const [shown, setShown] = useState(PAGE);
  return (
    <section className={props.className} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        <CellText value={props.title} /> <span className={styles.note}>{props.counts}</span>
      </h3>
      <ul className={styles.list}>
        {props.issues.slice(0, shown).map((issue, i) => (
          <IssueItem
            key={`${issue.row}:${issue.column}:${issue.code}:${i}`}
            issue={issue}
            onFix={props.onFix}
          />
        ))}
      </ul>
      {props.issues.length > shown && (
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {strings.write.more(props.issues.length - shown)}
        </Button>
      )}
    </section>
  );
}

function groupTitle(
  key: string | null,
  grouping: IssueGrouping,
  strings: ReturnType<typeof useStrings>,
): string {
  if (key === null) return strings.check.sheetGroup;
  if (grouping === "code") return strings.check.codes[key as Issue["code"]];
  return key === "" ? strings.check.noDepartment : key;
}
