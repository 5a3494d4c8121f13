import type { KgiReading } from "../../core/targets/model";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";
import { numberText, percentText } from "./target-row";

/**
 * The headline KGI in a line or two: what it aims for, how far it has come when the sheet gives a
 * base, otherwise the hours the measures saved and the base it still needs (never a made-up one).
 */
export function KgiLine({ kgi }: { readonly kgi: KgiReading }) {
  const strings = useStrings();
  const pane = usePaneStyles();
  const t = strings.targets;
  const goal = kgi.targetShare === null ? kgi.name : t.kgiGoal(kgi.name, percentText(kgi.targetShare));
  const known =
    kgi.base !== null && kgi.achievedShare !== null
      ? t.kgiAchieved(percentText(kgi.achievedShare), numberText(kgi.base.value, kgi.base.unit, strings.lang))
      : kgi.hoursSaved !== null
        ? t.kgiSaved(numberText(kgi.hoursSaved, HOURS[strings.lang], strings.lang))
        : null;
  return (
    <div className={pane.stack}>
      <p className={pane.heading}>
        {t.kgiTitle}: <CellText value={goal} max={160} />
      </p>
      {known !== null && <p>{known}</p>}
      {kgi.base === null && kgi.needs !== null && <p className={pane.note}>{t.kgiNeeds(kgi.needs)}</p>}
    </div>
  );
}

/** Hours saved are counted in hours, whatever the pane's language calls them. */
const HOURS = { ja: "時間", en: " hours" } as const;
