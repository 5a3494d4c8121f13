import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";

const useStyles = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  button: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: "transparent",
    border: "none",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: "inherit",
    fontWeight: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { width: "12px", height: "12px", flexShrink: 0, transitionProperty: "transform" },
  open: { transform: "rotate(90deg)" },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

/**
 * One section of the PMO's view, as the WAI-ARIA accordion pattern: a heading holding a button
 * that shows or hides the section. A closed section renders nothing, so its code is not even
 * loaded until the person opens it.
 */
export function Disclosure(props: {
  readonly title: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
  /** Lets the view move focus to this section's button (the ribbon's "open at the issues"). */
  readonly buttonRef?: Ref<HTMLButtonElement>;
}) {
  const styles = useStyles();
  const panelId = useId("section");
  const buttonId = useId("section-button");
  return (
    <section className={styles.item}>
      <h2 className={styles.heading}>
        <button
          ref={props.buttonRef}
          id={buttonId}
          type="button"
          className={styles.button}
          aria-expanded={props.open}
          aria-controls={panelId}
          onClick={props.onToggle}
        >
          <svg
            className={mergeClasses(styles.chevron, props.open && styles.open)}
            viewBox="0 0 12 12"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {props.title}
        </button>
      </h2>
      <div
        id={panelId}
        role="region"
        aria-labelledby={buttonId}
        hidden={!props.open}
        className={styles.panel}
      >
        {props.open && props.children}
      </div>
    </section>
  );
}
