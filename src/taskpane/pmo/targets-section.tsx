import { useMemo } from "react";
import { targets } from "../../core/actions/targets";
import { fiscalYearName, quarterInYearName } from "../../core/messages/calendar-words";
import type { OpenedList } from "../../core/list/open-list";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { TargetsView } from "../targets/targets-view";

/**
 * 目標: where the strategy's targets stand for the year and quarter chosen in the header, read
 * from the workbook's 目標 sheet; without one, what the sheet is for.
 */
export default function TargetsSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter, env } = useSession();
  const styles = usePaneStyles();
  const model = useMemo(
    () => targets(list, { quarter, language: env.language }).model,
    [list, quarter, env.language],
  );
  if (model === null) return <p className={styles.note}>{strings.targets.noSheet}</p>;
  return (
    <TargetsView
      model={model}
      intro={strings.targets.intro(
        model.sheet,
        fiscalYearName(quarter.fiscalYear, env.language),
        quarterInYearName(quarter, env.language),
      )}
    />
  );
}
