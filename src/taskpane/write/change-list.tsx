import { changedCellLine, writeWords } from "../../core/messages/write-result";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChangedCell } from "../../core/port/outcome";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { changesNothing, type PlanChanges } from "../session/plan-changes";
import { usePaneStyles } from "../styles";

/** Cells listed one by one in a confirmation; the rest are counted. */
const LISTED_CELLS = 200;

const useStyles = makeStyles({
  scroll: { maxHeight: "40vh", overflowY: "auto", overflowX: "hidden" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  cellColumn: { width: "5em" },
});

/** What a write will change: cell by cell (old → new), then sheets, dropdowns and notes. */
export function ChangeList(props: {
  readonly changes: PlanChanges;
  readonly notes: readonly string[];
  readonly keeps: readonly ChangedCell[];
}) {
  const strings = useStrings();
  const w = strings.write;
  const styles = useStyles();
  const pane = usePaneStyles();
  const { changes } = props;
  const sheets = new Set(changes.cells.map((c) => c.cell.sheet));
  const shown = changes.cells.slice(0, LISTED_CELLS);
  const value = (text: string) => (text === "" ? w.empty : text);
  return (
    <div className={pane.stack}>
      <p className={pane.note}>{changesNothing(changes) ? w.nothing : w.reviewIntro}</p>
      {sheets.size === 1 && (
        <p className={pane.note}>
          {w.sheet}: <CellText value={[...sheets][0]} />
        </p>
      )}
      {changes.cells.length > 0 && (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={w.cells(changes.cells.length)}>
          <table className={styles.table}>
            <caption className={pane.visuallyHidden}>{w.cells(changes.cells.length)}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.cellColumn}>
                  {w.cell}
                </th>
                <th scope="col">{w.before}</th>
                <th scope="col">{w.after}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={`${c.cell.sheet}!${c.address}`}>
                  <th scope="row">
                    <CellText value={sheets.size > 1 ? `${c.cell.sheet}!${c.address}` : c.address} />
                  </th>
                  <td>
                    <CellText value={value(c.before)} max={120} />
                  </td>
                  <td>
                    <CellText value={value(c.after)} max={120} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {changes.cells.length > shown.length && (
            <p className={pane.note}>{w.more(changes.cells.length - shown.length)}</p>
          )}
        </div>
      )}
      <ul className={pane.list}>
        {changes.newSheets.map((s) => (
          <li key={`new:${s.name}`}>
            <CellText value={w.newSheet(s.name, s.hidden)} />
          </li>
        ))}
        {changes.dropdowns.map((d) => (
          <li key={`dropdown:${d.sheet}:${d.field}`}>
            <CellText value={w.dropdown(d.sheet, d.ranges)} max={200} />
          </li>
        ))}
        {changes.removeSheets.map((name) => (
          <li key={`remove:${name}`}>
            <CellText value={w.removeSheet(name)} />
          </li>
        ))}
        {changes.restoredValidations > 0 && <li>{w.restoreValidations(changes.restoredValidations)}</li>}
      </ul>
      {props.notes.map((note) => (
        <p key={note} className={pane.note}>
          <CellText value={note} />
        </p>
      ))}
      {props.keeps.length > 0 && (
        <>
          <p className={pane.note}>{w.undoKeeps(props.keeps.length)}</p>
          <ul className={pane.list}>
            {props.keeps.map((k) => (
              <li key={`${k.sheet}!${k.rowIndex}:${k.colIndex}`}>
                <CellText value={changedCellLine(k, writeWords(strings.lang))} />
              </li>
            ))}
          </ul>
        </>
      )}
      {!changesNothing(changes) && <p className={pane.note}>{w.historyNote}</p>}
    </div>
  );
}
