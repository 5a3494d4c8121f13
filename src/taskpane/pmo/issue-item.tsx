import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { isFixable } from "../../core/actions/fix";
import { columnIndex } from "../../core/port/grid";
import type { Issue } from "../../core/validation/issues";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    minWidth: 0,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  place: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    margin: 0,
    fontFamily: "inherit",
    textAlign: "start",
    cursor: "pointer",
    display: "block",
    maxWidth: "100%",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * One issue: its severity in words (not only in colour), place, measure id and message. The
 * place is a button that selects the cell; a fixable issue has its fix beside it.
 */
export function IssueItem({
  issue,
  onFix,
  sheet: onSheet,
}: {
  readonly issue: Issue;
  /** Absent where the list's one-click fixes do not apply (the 目標 sheet's issues). */
  readonly onFix?: (issue: Issue) => void;
  /** The sheet the issue's cell is on, when not the list's (the 目標 sheet). */
  readonly sheet?: string;
}) {
  const strings = useStrings();
  const { host, list } = useSession();
  const styles = useStyles();
  const pane = usePaneStyles();
  const place = issue.row === null ? null : strings.check.place(issue.row, issue.column ?? "");
  const sheet = onSheet ?? (list.state.kind === "ready" ? list.state.list.sheet.name : null);
  const text = (
    <>
      <span className={styles.label}>{strings.check.severity[issue.severity]}</span>
      {place && ` ${place}`}
      {issue.id && (
        <>
          {" ["}
          <CellText value={issue.id} max={40} />
          {"]"}
        </>
      )}{" "}
      <CellText value={issue.message} />
    </>
  );
  const canSelect = issue.row !== null && issue.column !== null && sheet !== null;
  return (
    <li className={mergeClasses(styles.item, issue.severity === "error" ? styles.error : styles.warning)}>
      {canSelect ? (
        <button
          type="button"
          className={styles.place}
          onClick={() => {
            void host.select({
              sheet,
              rowIndex: (issue.row as number) - 1,
              col: columnIndex(issue.column as string),
            });
          }}
        >
          {text}
        </button>
      ) : (
        <span className={pane.note}>{text}</span>
      )}
      {onFix && isFixable(issue) && issue.suggestion !== null && (
        <Button
          size="small"
          onClick={() => onFix(issue)}
          aria-label={strings.check.fixLabel(place ?? "", issue.suggestion)}
        >
          <CellText value={strings.check.fix(issue.suggestion)} max={60} />
        </Button>
      )}
    </li>
  );
}
