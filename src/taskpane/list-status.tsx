import { Select, Spinner, useId } from "@fluentui/react-components";
import { Notice } from "./notice";
import { otherListsMessage } from "../core/messages/notes";
import { readMeasureRows } from "../core/list/measure-row";
import { useSession } from "./session/session";
import { useStrings } from "./i18n/strings";
import { usePaneStyles } from "./styles";
import { CellText } from "./cell-text";

/**
 * Which list the pane is showing (sheet, number of measures), the reading spinner, why the list
 * could not be opened, and the sheet picker when several sheets hold a list.
 */
export function ListStatus() {
  const strings = useStrings();
  const { list, env, setSheet, sheetCandidates } = useSession();
  const styles = usePaneStyles();
  const pickerId = useId("sheet");
  const state = list.state;
  if (state.kind === "loading") return <Spinner size="tiny" label={strings.list.loading} />;
  if (state.kind === "failed")
    return (
      <Notice intent="error">
        <strong>{strings.list.openFailed}</strong>
        <CellText value={state.message} />
      </Notice>
    );
  const { list: opened } = state;
  const measures = readMeasureRows(opened.sheet, opened.layout).length;
  const others = opened.otherLists;
  const candidates = others ? [opened.sheet.name, ...others.sheets] : sheetCandidates;
  return (
    <div className={styles.stack}>
      <p className={styles.note}>
        <CellText value={strings.list.info(opened.sheet.name, measures)} />
      </p>
      {measures === 0 && <p className={styles.note}>{strings.list.empty}</p>}
      {others && (
        <p className={styles.note}>
          <CellText
            value={otherListsMessage(opened.sheet.name, others, env.language, strings.list.pickAnother)}
          />
        </p>
      )}
      {candidates.length > 1 && (
        <span className={styles.row}>
          <label htmlFor={pickerId}>{strings.list.sheetPicker}</label>
          <Select
            className={styles.fill}
            id={pickerId}
            size="small"
            value={opened.sheet.name}
            onChange={(_e, d) => setSheet(d.value, candidates)}
          >
            {candidates.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </span>
      )}
    </div>
  );
}
