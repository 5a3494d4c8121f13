import { targetWords } from "../../core/messages/target-words";
import type { TargetResult } from "../../core/targets/model";
import { useId } from "@fluentui/react-components";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";
import { targetRowText } from "../targets/target-row";

/**
 * On a PL's card, the strategy's targets the measure serves, one line each with where the target
 * stands: the PL sees what their KPI moves, not only their own row.
 */
export function ServedTargets({ results }: { readonly results: readonly TargetResult[] }) {
  const strings = useStrings();
  const pane = usePaneStyles();
  const headingId = useId("served");
  if (results.length === 0) return null;
  const status = targetWords(strings.lang).status;
  return (
    <div>
      <p id={headingId} className={pane.heading}>
        {strings.pl.served}
      </p>
      <ul className={pane.list} aria-labelledby={headingId}>
        {results.map((result) => {
          const row = targetRowText(result);
          // The KGI has no yearly target of its own to stand against: it is named as the KGI.
          const line = result.target.kgi
            ? strings.pl.servedKgi(row.name)
            : strings.pl.servedLine(row.name, status[row.status], row.figure);
          return (
            <li key={result.target.row} className={pane.note}>
              <CellText value={line} max={200} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
