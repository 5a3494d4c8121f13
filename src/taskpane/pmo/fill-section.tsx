import { Button } from "@fluentui/react-components";
import { fillRequest } from "../session/requests";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";

/**
 * 選択肢を設定: dropdowns on 天気 and 今後の方向性, variants rewritten to their canonical value.
 * Planned on a fresh read of the columns fill needs, shown, then written on confirmation.
 */
export default function FillSection() {
  const strings = useStrings();
  const { writer } = useSession();
  const styles = usePaneStyles();
  const run = () => writer.prepare("fill", "fill", (list) => fillRequest(list, strings));
  return (
    <div className={styles.stack}>
      <p className={styles.note}>{strings.fill.intro}</p>
      <div className={styles.row}>
        <Button appearance="primary" onClick={run}>
          {strings.fill.run}
        </Button>
      </div>
    </div>
  );
}
