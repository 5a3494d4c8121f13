import { useMemo } from "react";
import { summary } from "../../core/actions/summary";
import { fiscalYearName, quarterInYearName } from "../../core/messages/calendar-words";
import type { OpenedList } from "../../core/list/open-list";
import { weatherHistory } from "../../core/summary/weather-history";
import { quartersOfYear } from "../charts/chart-model";
import { chartWords, gradeChartWords } from "../charts/chart-words";
import { gradeColor, weatherColor } from "../charts/palette";
import { StackedBars } from "../charts/stacked-bars";
import { useStrings } from "../i18n/strings";
import { localNow } from "../session/clock";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";

/**
 * Pictures of the list for the quarter: weather by pillar, the grade distribution, and the weather
 * over the quarter's fiscal year (Q1 to Q4 from the summaries already in the workbook, then the
 * list as it is now).
 */
export default function ChartsSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter, env } = useSession();
  const styles = usePaneStyles();
  const model = useMemo(
    () => summary(list, { quarter, now: localNow(env.now()), language: env.language }).report.model,
    [list, quarter, env],
  );
  const history = useMemo(
    () => weatherHistory(list.book, list.choices, { last: Number.POSITIVE_INFINITY }),
    [list],
  );
  if (model === null) return <p>{strings.list.empty}</p>;
  const words = chartWords(strings, model.weatherMeanings);
  const keys = model.weatherKeys;
  const segments = (counts: Readonly<Record<string, number>>) =>
    keys.map((key) => ({ key, value: counts[key] ?? 0 }));
  const grades = Object.keys(model.grades);
  const gradeWords = gradeChartWords(strings, list.choices.grades);
  const year = fiscalYearName(quarter.fiscalYear, strings.lang);
  const quarters = quartersOfYear(history, quarter.fiscalYear);
  return (
    <div className={styles.stack}>
      <StackedBars
        title={strings.charts.weatherByPillar}
        keys={keys}
        color={weatherColor}
        words={words}
        bars={model.byPillar.map((g) => ({ label: `${g.key} ${g.label}`, segments: segments(g.counts) }))}
      />
      {model.hasTargets ? (
        <StackedBars
          kind="tally"
          title={strings.charts.grades}
          keys={grades}
          color={gradeColor}
          words={gradeWords}
          bars={grades.map((grade) => ({
            label: gradeWords.name(grade),
            segments: [{ key: grade, value: model.grades[grade] ?? 0 }],
          }))}
        />
      ) : (
        <p className={styles.note}>{strings.charts.noTargets}</p>
      )}
      {quarters.every((q) => q.point === null) ? (
        <p className={styles.note}>{strings.charts.noHistory(year)}</p>
      ) : (
        <StackedBars
          title={strings.charts.history(year)}
          keys={keys}
          color={weatherColor}
          words={words}
          bars={[
            ...quarters.map(({ quarter: q, point }) => ({
              label: quarterInYearName({ fiscalYear: quarter.fiscalYear, quarter: q }, strings.lang),
              segments: segments(point?.counts ?? {}),
              ...(point === null ? { missing: strings.charts.noSummary } : {}),
            })),
            { label: strings.charts.now, segments: segments(model.weather) },
          ]}
        />
      )}
    </div>
  );
}
