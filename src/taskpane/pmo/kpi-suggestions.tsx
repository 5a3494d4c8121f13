import { measureNamesOf } from "../../core/list/measure-names";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { planAcceptKpi } from "../../core/actions/accept-kpi";
import type { KpiSuggestion } from "../../core/kpi/kpi-suggestions";
import { readMeasureRows } from "../../core/list/measure-row";
import type { OpenedList } from "../../core/list/open-list";
import { CellText } from "../cell-text";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { suggestionWords } from "./kpi-suggestion-words";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  source: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

/** A suggestion's identity across reads: one per row and field. */
const keyOf = (s: KpiSuggestion) => `${s.row}:${s.field}`;

/**
 * The KPI values read from the measures' own texts (§6), one at a time with the sentence they
 * came from. Nothing is written unless the PMO accepts; an accepted value goes through the same
 * confirmation as every write. Skipped ones are not offered again in this session.
 */
export function KpiSuggestions(props: {
  readonly list: OpenedList;
  readonly suggestions: readonly KpiSuggestion[];
}) {
  const strings = useStrings();
  const { writer, quarter, announce } = useSession();
  const styles = usePaneStyles();
  const local = useStyles();
  const headingId = useId("kpi-suggestions");
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [seen, setSeen] = useState(0);
  const items = useMemo(
    () => new Map(readMeasureRows(props.list.sheet, props.list.layout).map((r) => [r.row, r.text("item")])),
    [props.list],
  );
  const remaining = props.suggestions.filter((s) => !skipped.has(keyOf(s)));
  const current = remaining[0];
  const words = current ? suggestionWords(current, strings) : null;

  const skip = (s: KpiSuggestion) => {
    setSkipped((set) => new Set(set).add(keyOf(s)));
    setSeen((n) => n + 1);
  };
  const accept = (s: KpiSuggestion) => {
    const planned = planAcceptKpi(props.list, s, quarter);
    if (planned.report.column === null) {
      announce(strings.attainment.noColumn);
      return skip(s);
    }
    writer.request({
      operation: "accept-kpi",
      plan: planned.plan,
      measures: measureNamesOf(props.list),
      onWritten: () => skip(s),
    });
  };

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <h3 id={headingId} className={styles.heading}>
        {strings.attainment.suggestionsTitle}
      </h3>
      <p className={styles.note}>{strings.attainment.suggestionsIntro}</p>
      {props.suggestions.length === 0 && <p>{strings.attainment.none}</p>}
      {props.suggestions.length > 0 && !current && <p>{strings.attainment.done}</p>}
      {current && (
        <div className={local.card}>
          <span className={styles.note}>
            {strings.attainment.position(seen + 1, seen + remaining.length)}
          </span>
          <strong>
            <CellText value={words?.headline ?? ""} />
          </strong>
          {words?.detail && <span className={styles.note}>{words.detail}</span>}
          <CellText value={items.get(current.row) ?? ""} max={120} />
          <span className={styles.note}>{strings.attainment.source(current.from)}</span>
          <blockquote className={local.source}>
            <CellText value={current.source} />
          </blockquote>
          <div className={styles.row}>
            {words?.acceptable && (
              <Button appearance="primary" size="small" onClick={() => accept(current)}>
                {strings.attainment.accept}
              </Button>
            )}
            <Button size="small" onClick={() => skip(current)}>
              {strings.attainment.skip}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
