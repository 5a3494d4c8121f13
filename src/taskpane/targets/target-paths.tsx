import { makeStyles, tokens } from "@fluentui/react-components";
import type { TargetResult } from "../../core/targets/model";
import { CellText } from "../cell-text";
import { pathSeries } from "../charts/path-chart-model";
import { PathChart } from "../charts/path-chart";
import { pathWords, westernYearName } from "../charts/path-words";
import { targetWords } from "../../core/messages/target-words";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";
import { amountText, rateText } from "../../core/targets/value-text";
import { targetUnit } from "./target-row";

const useStyles = makeStyles({
  target: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Each target on its own: a numeric one's path chart, a staged one's stage planned and reached,
 * and the measures behind it (with each one's share when the actual is 施策の合計), so the PMO
 * sees which measures carry which target.
 */
export function TargetPaths(props: { readonly results: readonly TargetResult[] }) {
  const strings = useStrings();
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = strings.targets;
  const words = targetWords(strings.lang);
  return (
    <div className={pane.stack}>
      {props.results.map(({ target, links, standing }) => {
        const unit = targetUnit(target);
        const series = standing.kind === "numeric" ? pathSeries(target, standing) : null;
        const shares = standing.kind === "numeric" ? (standing.shares ?? []) : [];
        return (
          <section key={target.row} className={styles.target} aria-label={target.name}>
            <h4 className={styles.name}>
              <CellText value={target.name} max={120} />
            </h4>
            {series && (
              <PathChart
                name={target.name}
                series={series}
                words={pathWords(strings, unit)}
                legend={t.legend}
              />
            )}
            {standing.kind === "staged" && (
              <p className={pane.note}>
                <CellText
                  value={t.staged(
                    standing.planned ?? t.empty,
                    standing.reached === null
                      ? t.empty
                      : standing.reachedYear === null
                        ? standing.reached
                        : words.reachedIn(standing.reached, westernYearName(standing.reachedYear, strings)),
                  )}
                />
              </p>
            )}
            {links.measures.length === 0 ? (
              <p className={pane.note}>{t.noMeasures}</p>
            ) : (
              <>
                <p className={pane.note}>{t.measures(links.measures.length)}</p>
                <ul className={pane.list}>
                  {links.measures.map((m) => {
                    const share = shares.find((s) => s.measureId === m.id);
                    return (
                      <li key={`${m.id}:${m.row}`}>
                        <CellText value={t.measure(m.id, m.name)} max={160} />
                        {share && (
                          <span className={pane.note}>
                            {" "}
                            {t.share(amountText(share.value, unit), rateText(share.share))}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            {links.unmatched.length > 0 && (
              <p className={pane.note}>
                <CellText value={t.unmatched(links.unmatched.join(strings.charts.listSeparator))} />
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
