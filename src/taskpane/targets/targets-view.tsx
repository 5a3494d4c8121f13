import { makeStyles, tokens } from "@fluentui/react-components";
import type { TargetsModel } from "../../core/targets/model";
import { IssueItem } from "../pmo/issue-item";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";
import { KgiLine } from "./kgi-line";
import { TargetGaps } from "./target-gaps";
import { TargetPaths } from "./target-paths";
import { TargetsTable } from "./targets-table";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The 目標 sheet as the PMO reviews it: the KGI, the targets' table for the chosen year, each
 * target's path and the measures behind it, the gaps in the plan, and what to check on the sheet.
 */
export function TargetsView(props: { readonly model: TargetsModel; readonly intro: string }) {
  const strings = useStrings();
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = strings.targets;
  const { model } = props;
  // The KGI has its own line above; the table and the paths are the targets under it.
  const results = model.targets.filter((r) => !r.target.kgi);
  return (
    <div className={pane.stack}>
      <p className={pane.note}>{props.intro}</p>
      {model.kgi && (
        <section aria-label={t.kgiTitle}>
          <KgiLine kgi={model.kgi} />
        </section>
      )}
      <h3 className={styles.heading}>{t.tableTitle}</h3>
      <TargetsTable results={results} language={strings.lang} caption={t.tableTitle} />
      <h3 className={styles.heading}>{t.pathsTitle}</h3>
      <TargetPaths results={results} />
      <h3 className={styles.heading}>{t.gapsTitle}</h3>
      <TargetGaps gaps={model.gaps} />
      {model.issues.length > 0 && (
        <>
          <h3 className={styles.heading}>{t.issues(model.issues.length)}</h3>
          <ul className={pane.list}>
            {model.issues.map((issue, i) => (
              <IssueItem
                key={`${issue.code}:${issue.row}:${issue.column}:${i}`}
                issue={issue}
                sheet={model.sheet}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
