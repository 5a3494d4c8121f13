import { Button } from "@fluentui/react-components";
import { useMemo } from "react";
import { attainment } from "../../core/actions/attainment";
import { fiscalYearName, quarterInYearName } from "../../core/messages/calendar-words";
import type { OpenedList } from "../../core/list/open-list";
import { unplacedColumnsMessage } from "../../core/messages/notes";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { KpiSuggestions } from "./kpi-suggestions";
import { gradeName } from "../charts/chart-words";
import { attainmentRequest } from "../session/requests";

/**
 * 達成率を計算: the rates and grades of the quarter's fiscal year written into the list (§6),
 * and the KPI values the measures' own texts state, offered one by one.
 */
export default function AttainmentSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { writer, quarter, env } = useSession();
  const styles = usePaneStyles();
  const report = useMemo(() => attainment(list, quarter).report, [list, quarter]);
  const grades = Object.entries(report.grades)
    .map(([grade, n]) =>
      strings.charts.part(gradeName(grade, list.choices.grades, strings), strings.charts.count(n)),
    )
    .join(strings.charts.shownSeparator);
  const run = () =>
    writer.prepare("attainment", "attainment", (fresh) => attainmentRequest(fresh, quarter, strings));
  return (
    <div className={styles.stack}>
      <p className={styles.note}>
        {strings.attainment.intro(
          quarterInYearName(quarter, env.language),
          fiscalYearName(quarter.fiscalYear, env.language),
        )}
      </p>
      {report.noTargetColumn ? (
        <p>{strings.attainment.noTarget}</p>
      ) : (
        <>
          <p className={styles.note}>
            {report.rows.length > 0
              ? strings.attainment.rowsWithGrades(report.rows.length, strings.charts.grades, grades)
              : strings.attainment.rows(report.rows.length)}
          </p>
          {report.columns && report.columns.unplaced.length > 0 && (
            <p className={styles.note}>{unplacedColumnsMessage(report.columns.unplaced, env.language)}</p>
          )}
          <div className={styles.row}>
            <Button appearance="primary" onClick={run}>
              {strings.attainment.run}
            </Button>
          </div>
        </>
      )}
      <KpiSuggestions list={list} suggestions={report.suggestions} />
    </div>
  );
}
