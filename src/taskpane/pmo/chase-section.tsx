import { Button, Textarea, useId } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import { chaseList, type ChaseGroup } from "../../core/actions/chase";
import { chaseMessage } from "../../core/messages/chase-message";
import { formatQuarter } from "../../core/calendar/fiscal-calendar";
import type { OpenedList } from "../../core/list/open-list";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";

/**
 * 催促リスト: per department, what is still missing for the quarter, as a message the PMO copies
 * into an e-mail or chat to that department's PL. Nothing is sent from here.
 */
export default function ChaseSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter } = useSession();
  const styles = usePaneStyles();
  const groups = useMemo(() => chaseList(list), [list]);
  return (
    <div className={styles.stack}>
      <p className={styles.note}>{strings.chase.intro(formatQuarter(quarter))}</p>
      {groups.length === 0 && <p>{strings.chase.none}</p>}
      {groups.map((group) => (
        <ChaseGroupView key={group.department} group={group} />
      ))}
    </div>
  );
}

function ChaseGroupView({ group }: { readonly group: ChaseGroup }) {
  const strings = useStrings();
  const { quarter, env, announce } = useSession();
  const styles = usePaneStyles();
  const headingId = useId("chase");
  const textId = useId("chase-text");
  const area = useRef<HTMLTextAreaElement>(null);
  const message = chaseMessage(group, quarter, env.language);
  const department = group.department === "" ? strings.check.noDepartment : group.department;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      announce(strings.chase.copied(department));
    } catch {
      // Clipboard access can be refused inside a frame: leave the text selected for Ctrl+C.
      area.current?.focus();
      area.current?.select();
      announce(strings.chase.copyFailed);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <h3 id={headingId} className={styles.heading}>
        <CellText value={strings.chase.groupHeading(department, group.items.length)} />
      </h3>
      <label htmlFor={textId} className={styles.visuallyHidden}>
        {strings.chase.messageLabel(department)}
      </label>
      <Textarea
        id={textId}
        ref={area}
        value={message}
        readOnly
        resize="vertical"
        rows={Math.min(12, group.items.length + 7)}
      />
      <div className={styles.row}>
        <Button size="small" onClick={() => void copy()} aria-label={strings.chase.copyLabel(department)}>
          {strings.chase.copy}
        </Button>
      </div>
    </section>
  );
}
