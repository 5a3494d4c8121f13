import { Button, Field, Input, useId } from "@fluentui/react-components";
import { defaultChaseSender } from "../../core/messages/chase-message";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import type { ChaseSettingsState } from "./use-chase-settings";

/**
 * The chase message's sender and reply-by date, set by the PMO and kept with the workbook (in
 * Excel its document settings, shared by everyone who opens it; in the preview this browser).
 */
export function ChaseSettingsForm({ state }: { readonly state: ChaseSettingsState }) {
  const strings = useStrings().chaseSettings;
  const { env, announce } = useSession();
  const styles = usePaneStyles();
  const headingId = useId("chase-settings");
  const save = async () => announce((await state.save()) ? strings.saved : strings.saveFailed);
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <h3 id={headingId} className={styles.heading}>
        {strings.title}
      </h3>
      <Field label={strings.sender} hint={strings.senderHint(defaultChaseSender(env.language))}>
        <Input value={state.draft.sender} onChange={(_e, d) => state.edit({ sender: d.value })} />
      </Field>
      <Field label={strings.replyBy} hint={strings.replyByHint}>
        <Input
          type="date"
          value={state.draft.replyBy}
          onChange={(_e, d) => state.edit({ replyBy: d.value })}
        />
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={!state.dirty} onClick={() => void save()}>
          {env.host === "excel" ? strings.saveInWorkbook : strings.saveInBrowser}
        </Button>
      </div>
    </section>
  );
}
