import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { summaryRequest } from "../session/requests";
import { formatQuarter } from "../../core/calendar/fiscal-calendar";
import { quarterName } from "../../core/messages/calendar-words";
import { useStrings } from "../i18n/strings";
import { localNow } from "../session/clock";
import { useSession } from "../session/session";
import { IntroAction } from "./intro-action";

/**
 * サマリー作成: the quarter's summary on a new sheet after the list (§8), for the quarter picked in
 * the pane's header (the last ended one unless changed). The list itself is never edited.
 */
export default function SummarySection() {
  const strings = useStrings();
  const { writer, quarter, env, host } = useSession();
  const [made, setMade] = useState<string | null>(null);
  const q = formatQuarter(quarter);
  const run = () =>
    writer.prepare("summary", "summary", (list) => {
      const prepared = summaryRequest(
        list,
        { quarter, now: localNow(env.now()), language: env.language },
        strings,
      );
      if ("notice" in prepared) return prepared;
      return { ...prepared, onWritten: (outcome) => setMade(outcome.sheetsAdded[0]?.name ?? null) };
    });
  return (
    <IntroAction
      note={strings.summary.intro(quarterName(quarter, env.language))}
      label={strings.summary.run(q)}
      onClick={run}
    >
      {made !== null && (
        <Button onClick={() => void host.select({ sheet: made, rowIndex: 0, col: 0 })}>
          {strings.summary.show(made)}
        </Button>
      )}
    </IntroAction>
  );
}
