import { Button } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { targets } from "../../core/actions/targets";
import { fiscalYearName, quarterInYearName } from "../../core/messages/calendar-words";
import type { OpenedList } from "../../core/list/open-list";
import { useStrings } from "../i18n/strings";
import { targetsSheetRequest } from "../session/requests";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { IntroAction } from "./intro-action";
import { TargetsView } from "../targets/targets-view";

/**
 * 目標: where the strategy's targets stand for the year and quarter chosen in the header, read
 * from the workbook's 目標 sheet; without one, what the sheet is for and a button that adds it
 * through the same confirm, write and undo as every other write.
 */
export default function TargetsSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { writer, quarter, env, host } = useSession();
  const styles = usePaneStyles();
  const [made, setMade] = useState<string | null>(null);
  const model = useMemo(
    () => targets(list, { quarter, language: env.language }).model,
    [list, quarter, env.language],
  );
  const show = made !== null && list.book.sheets.some((s) => s.name === made) && (
    <div className={styles.row}>
      <Button onClick={() => void host.select({ sheet: made, rowIndex: 0, col: 0 })}>
        {strings.targets.show(made)}
      </Button>
    </div>
  );
  if (model !== null)
    return (
      <div className={styles.stack}>
        {show}
        {model.targets.length === 0 ? (
          <p>{strings.targets.noRows}</p>
        ) : (
          <TargetsView
            model={model}
            intro={strings.targets.intro(
              model.sheet,
              fiscalYearName(quarter.fiscalYear, env.language),
              quarterInYearName(quarter, env.language),
            )}
          />
        )}
      </div>
    );
  const add = () =>
    writer.prepare("targets-sheet", "targets", (fresh) => {
      const prepared = targetsSheetRequest(fresh, quarter, strings);
      if ("notice" in prepared) return prepared;
      return { ...prepared, onWritten: (outcome) => setMade(outcome.sheetsAdded[0]?.name ?? null) };
    });
  return <IntroAction note={strings.targets.noSheet} label={strings.targets.add} onClick={add} />;
}
