import { changedCellLine, writeWords } from "../../core/messages/write-result";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChangedCell } from "../../core/port/outcome";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { changesNothing, type CellChange, type PlanChanges } from "../session/plan-changes";
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
  cellColumn: { width: "40%" },
  place: { display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  warnings: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * What a write will change: its warnings first, then cell by cell (whose, which field, old → new),
 * the header cells in one line, then sheets, dropdowns and notes.
 */
export function ChangeList(props: {
  readonly changes: PlanChanges;
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
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
  const cellName = (c: CellChange) => (sheets.size > 1 ? `${c.cell.sheet}!${c.address}` : c.address);
  return (
    <div className={pane.stack}>
      {props.warnings.length > 0 && (
        <div className={styles.warnings} role="group" aria-label={w.warnings}>
          <strong>{w.warnings}</strong>
          <ul className={pane.list}>
            {props.warnings.map((line) => (
              <li key={line}>
                <CellText value={line} max={300} />
              </li>
            ))}
          </ul>
        </div>
      )}
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
                  {w.measureField}
                </th>
                <th scope="col">{w.before}</th>
                <th scope="col">{w.after}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={`${c.cell.sheet}!${c.address}`}>
                  <th scope="row">
                    {c.measure ? (
                      <>
                        <CellText
                          value={`${c.measure.id ?? w.row(c.measure.row)} ${c.measure.item}`}
                          max={60}
                        />
                        <span className={styles.place}>
                          <CellText value={`${c.fieldLabel ?? ""} ${cellName(c)}`.trim()} />
                        </span>
                      </>
                    ) : (
                      <>
                        <CellText value={cellName(c)} />
                        {c.fieldLabel !== null && (
                          <span className={styles.place}>
                            <CellText value={c.fieldLabel} />
                          </span>
                        )}
                      </>
                    )}
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
        {changes.headers && (
          <li>
            <CellText
              value={(changes.headers.clears ? w.headersClear : w.headers)(
                changes.headers.count,
                changes.headers.labels,
              )}
              max={200}
            />
          </li>
        )}
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
