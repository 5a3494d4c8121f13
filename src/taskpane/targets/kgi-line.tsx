import { targetWords } from "../../core/messages/target-words";
import type { KgiReading } from "../../core/targets/model";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";
import { amountText, rateText } from "../../core/targets/value-text";

/**
 * The headline KGI in a line or two, in the words the summary and the CLI use: how far it has come
 * when the sheet gives a base, otherwise the hours the measures saved and the base it still needs
 * (never a made-up one).
 */
export function KgiLine({ kgi }: { readonly kgi: KgiReading }) {
  const strings = useStrings();
  const pane = usePaneStyles();
  const words = targetWords(strings.lang).kgi;
  const goal = kgi.targetShare === null ? "" : rateText(kgi.targetShare);
  const hours = kgi.hoursSaved === null ? null : amountText(kgi.hoursSaved, HOURS);
  const line =
    kgi.base !== null && kgi.achievedShare !== null && hours !== null
      ? words.withBase(goal, rateText(kgi.achievedShare), hours, amountText(kgi.base.value, kgi.base.unit))
      : hours !== null
        ? words.hoursOnly(goal, hours)
        : words.nothingKnown(goal);
  return (
    <div className={pane.stack}>
      <p>{`${line}${END[strings.lang]}`}</p>
      {kgi.needs !== null && <p className={pane.note}>{`${kgi.needs}${END[strings.lang]}`}</p>}
    </div>
  );
}

/** Hours saved, in the unit the 目標 sheet and the measures' KPIs write them in (as the CLI does). */
const HOURS = "時間";
/** The core's sentences end without a stop, so each front end ends them its own way. */
const END = { ja: "。", en: "." } as const;
