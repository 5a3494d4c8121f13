import { useMemo } from "react";
import { summary } from "../../core/actions/summary";
import type { OpenedList } from "../../core/list/open-list";
import { weatherHistory } from "../../core/summary/weather-history";
import { chartWords } from "../charts/chart-words";
import { gradeColor, weatherColor } from "../charts/palette";
import { StackedBars } from "../charts/stacked-bars";
import { useStrings } from "../i18n/strings";
import { localNow } from "../session/clock";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";

/**
 * Pictures of the list for the quarter: weather by pillar, the grade distribution, and weather
 * over the last quarters from the summaries already in the workbook, with the list as it is now.
 */
export default function ChartsSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter, env } = useSession();
  const styles = usePaneStyles();
  const words = chartWords(strings);
  const model = useMemo(
    () => summary(list, { quarter, now: localNow(env.now()), language: env.language }).report.model,
    [list, quarter, env],
  );
  const history = useMemo(() => weatherHistory(list.book, list.choices), [list]);
  if (model === null) return <p>{strings.list.empty}</p>;
  const keys = model.weatherKeys;
  const segments = (counts: Readonly<Record<string, number>>) =>
    keys.map((key) => ({ key, value: counts[key] ?? 0 }));
  const grades = Object.keys(model.grades);
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
          title={strings.charts.grades}
          keys={grades}
          color={gradeColor}
          words={words}
          bars={grades.map((grade) => ({
            label: words.key(grade),
            segments: [{ key: grade, value: model.grades[grade] ?? 0 }],
          }))}
        />
      ) : (
        <p className={styles.note}>{strings.charts.noTargets}</p>
      )}
      {history.length === 0 ? (
        <p className={styles.note}>{strings.charts.noHistory}</p>
      ) : (
        <StackedBars
          title={strings.charts.history}
          keys={keys}
          color={weatherColor}
          words={words}
          bars={[
            ...history.map((point) => ({ label: point.quarter, segments: segments(point.counts) })),
            { label: strings.charts.now, segments: segments(model.weather) },
          ]}
        />
      )}
    </div>
  );
}
