import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePaneStyles } from "../styles";

/**
 * A section that is one write: what it does in a line, then its button (and what may follow it,
 * such as a button that shows the sheet the write added).
 */
export function IntroAction(props: {
  readonly note: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly children?: ReactNode;
}) {
  const styles = usePaneStyles();
  return (
    <div className={styles.stack}>
      <p className={styles.note}>{props.note}</p>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onClick}>
          {props.label}
        </Button>
        {props.children}
      </div>
    </div>
  );
}
