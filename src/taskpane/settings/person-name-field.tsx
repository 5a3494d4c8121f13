import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";

/**
 * 変更者 in a write's confirmation: asked while this computer knows no name (Excel tells an add-in
 * nobody's identity), then only said, with a way to change it. Writing never waits for it: a write
 * without a name leaves 変更者 empty.
 */
export function PersonNameField() {
  const strings = useStrings().person;
  const { person } = useSession();
  const styles = usePaneStyles();
  // Decided when the confirmation opens, so the field stays while the person types into it.
  const [asking, setAsking] = useState(person.name === "");
  if (!asking)
    return (
      <p className={styles.note}>
        <CellText value={strings.recorded(person.name)} />{" "}
        <Button size="small" appearance="transparent" onClick={() => setAsking(true)}>
          {strings.change}
        </Button>
      </p>
    );
  return (
    <Field label={strings.label} hint={strings.hint}>
      <Input value={person.typed} onChange={(_e, data) => person.set(data.value)} autoComplete="name" />
    </Field>
  );
}
