import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    backgroundColor: "transparent",
    border: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/**
 * The switch between the pane's views, as WAI-ARIA tabs: one tab stop, arrow keys (and Home,
 * End) move between the tabs and select them. Hand-made rather than Fluent's TabList, whose focus
 * library would more than double the first screen's Fluent code for two tabs.
 */
export function ViewSwitch<V extends string>(props: {
  readonly label: string;
  readonly views: readonly { readonly value: V; readonly label: string }[];
  readonly selected: V;
  readonly onSelect: (view: V) => void;
  /** The id of the panel the tabs control. */
  readonly controls: string;
}) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = props.views.findIndex((v) => v.value === props.selected);
  const move = (to: number) => {
    const n = props.views.length;
    const next = ((to % n) + n) % n;
    props.onSelect(props.views[next].value);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
      Home: () => move(0),
      End: () => move(props.views.length - 1),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  return (
    <div role="tablist" aria-label={props.label} className={styles.list} onKeyDown={onKeyDown}>
      {props.views.map((view, i) => {
        const selected = view.value === props.selected;
        return (
          <button
            key={view.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={props.controls}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => props.onSelect(view.value)}
          >
            {view.label}
          </button>
        );
      })}
    </div>
  );
}
