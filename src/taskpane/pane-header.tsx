import { Button, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import {
  defaultQuarter,
  formatQuarter,
  parseQuarter,
  todayFrom,
  type Quarter,
} from "../core/calendar/fiscal-calendar";
import { ViewSwitch } from "./view-switch";
import { quarterChoices } from "./session/clock";
import { useSession } from "./session/session";
import { useStrings } from "./i18n/strings";

export type PaneView = "pmo" | "pl";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  quarter: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** The pane's title, the switch between the PMO's and the PL's view, and the quarter in force. */
export function PaneHeader(props: {
  readonly view: PaneView;
  readonly onView: (view: PaneView) => void;
  readonly quarter: Quarter;
  readonly onQuarter: (quarter: Quarter) => void;
  /** The id of the element that shows the selected view. */
  readonly panel: string;
}) {
  const strings = useStrings();
  const { env, list } = useSession();
  const styles = useStyles();
  const quarterId = useId("quarter");
  const last = formatQuarter(defaultQuarter(todayFrom(env.now())));
  const choices = quarterChoices(env.now(), env.quarter);
  return (
    <div className={styles.header}>
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <div className={styles.controls}>
        <span className={styles.quarter}>
          <label htmlFor={quarterId}>{strings.quarter.label}</label>
          <Select
            id={quarterId}
            size="small"
            value={formatQuarter(props.quarter)}
            onChange={(_e, data) => {
              const q = parseQuarter(data.value);
              if (q.ok) props.onQuarter(q.value);
            }}
          >
            {choices.map((q) => {
              const text = formatQuarter(q);
              return (
                <option key={text} value={text}>
                  {strings.quarter.option(text, text === last)}
                </option>
              );
            })}
          </Select>
        </span>
        <Button size="small" onClick={list.reload} disabled={list.state.kind === "loading"}>
          {strings.list.reload}
        </Button>
      </div>
      <ViewSwitch
        label={strings.views.label}
        views={[
          { value: "pmo", label: strings.views.pmo },
          { value: "pl", label: strings.views.pl },
        ]}
        selected={props.view}
        onSelect={props.onView}
        controls={props.panel}
      />
    </div>
  );
}
