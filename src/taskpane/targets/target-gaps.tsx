import { targetWords } from "../../core/messages/target-words";
import type { TargetGaps as Gaps } from "../../core/targets/model";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";

/**
 * The gaps in the plan the quarterly review should see: targets no measure is named behind, and
 * measures whose KPI serves no target.
 */
export function TargetGaps({ gaps }: { readonly gaps: Gaps }) {
  const strings = useStrings();
  const pane = usePaneStyles();
  const t = strings.targets;
  const words = targetWords(strings.lang).gaps;
  const { targetsWithoutMeasures: orphans, measuresServingNoTarget: loose } = gaps;
  if (orphans.length === 0 && loose.length === 0) return <p className={pane.note}>{t.noGaps}</p>;
  return (
    <div className={pane.stack}>
      {orphans.length > 0 && (
        <div>
          <p className={pane.heading}>{t.gapTitle(words.targetsWithoutMeasures, orphans.length)}</p>
          <ul className={pane.list}>
            {orphans.map((name, i) => (
              <li key={`${name}:${i}`}>
                <CellText value={name} max={160} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {loose.length > 0 && (
        <div>
          <p className={pane.heading}>{t.gapTitle(words.measuresServingNoTarget, loose.length)}</p>
          <ul className={pane.list}>
            {loose.map((m) => (
              <li key={m.id}>
                <CellText value={t.servingNoneItem(m.id, m.name, m.kpiName)} max={200} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
