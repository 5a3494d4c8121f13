import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/messages/messages";
import { targetWords } from "../../core/messages/target-words";
import type { TargetResult } from "../../core/targets/model";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { usePaneStyles } from "../styles";
import { targetRowText } from "./target-row";

const useStyles = makeStyles({
  // Fixed columns that wrap their text: the table never widens a 340 px pane.
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: "2px",
    verticalAlign: "bottom",
    overflowWrap: "anywhere",
  },
  name: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { padding: "2px", verticalAlign: "top", overflowWrap: "anywhere", wordBreak: "break-word" },
  behind: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The targets as a table: each target's 項目 on a row of its own (a row header over its values),
 * then 現在地, the year's 目標, 実績, 達成率 or the stage reached, and 状況 under the column heads.
 */
export function TargetsTable(props: {
  readonly results: readonly TargetResult[];
  readonly language: Language;
  readonly caption: string;
}) {
  const strings = useStrings();
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = strings.targets;
  const words = targetWords(props.language);
  const heads = [
    words.heads.baseline,
    words.heads.target,
    words.heads.actual,
    t.figureHead(words.heads.rate, words.heads.stage),
    words.heads.status,
  ];
  const cell = (text: string) => (
    <td className={styles.cell}>{text === "" ? t.empty : <CellText value={text} max={80} />}</td>
  );
  return (
    <table className={styles.table}>
      <caption className={pane.visuallyHidden}>{props.caption}</caption>
      <thead>
        <tr>
          {heads.map((head) => (
            <th key={head} scope="col" className={styles.head}>
              {head}
            </th>
          ))}
        </tr>
      </thead>
      {props.results.map((result) => {
        const row = targetRowText(result);
        return (
          <tbody key={result.target.row}>
            <tr>
              <th scope="rowgroup" colSpan={5} className={styles.name}>
                <span className={pane.visuallyHidden}>{words.heads.item} </span>
                <CellText value={row.name} max={120} />
              </th>
            </tr>
            <tr>
              {cell(row.baseline)}
              {cell(row.target)}
              {cell(row.actual)}
              {cell(row.figure)}
              <td className={styles.cell}>
                <span className={row.status === "behind" ? styles.behind : undefined}>
                  {words.status[row.status]}
                </span>
              </td>
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}
