import { Button, Textarea, useId } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import { chaseList, type ChaseGroup } from "../../core/actions/chase";
import { chaseMessage, readReplyBy, type ChaseOptions } from "../../core/messages/chase-message";
import { quarterName } from "../../core/messages/calendar-words";
import type { OpenedList } from "../../core/list/open-list";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { ChaseSettingsForm } from "../settings/chase-settings-form";
import { useChaseSettings } from "../settings/use-chase-settings";

/**
 * 催促リスト: per department, what is still missing for the quarter, as a message the PMO copies
 * into an e-mail or chat to that department's PL. Nothing is sent from here.
 */
export default function ChaseSection({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter, env } = useSession();
  const styles = usePaneStyles();
  const groups = useMemo(() => chaseList(list), [list]);
  const settings = useChaseSettings(env.settings);
  const options: ChaseOptions = {
    sender: settings.draft.sender,
    replyBy: readReplyBy(settings.draft.replyBy),
  };
  return (
    <div className={styles.stack}>
      <p className={styles.note}>{strings.chase.intro(quarterName(quarter, env.language))}</p>
      <ChaseSettingsForm state={settings} />
      {groups.length === 0 && <p>{strings.chase.none}</p>}
      {groups.map((group) => (
        <ChaseGroupView key={group.department} group={group} options={options} />
      ))}
    </div>
  );
}

function ChaseGroupView({ group, options }: { readonly group: ChaseGroup; readonly options: ChaseOptions }) {
  const strings = useStrings();
  const { quarter, env, announce } = useSession();
  const styles = usePaneStyles();
  const headingId = useId("chase");
  const textId = useId("chase-text");
  const area = useRef<HTMLTextAreaElement>(null);
  const message = chaseMessage(group, quarter, env.language, options);
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
        rows={Math.min(12, group.items.length + 8)}
      />
      <div className={styles.row}>
        <Button size="small" onClick={() => void copy()} aria-label={strings.chase.copyLabel(department)}>
          {strings.chase.copy}
        </Button>
      </div>
    </section>
  );
}
