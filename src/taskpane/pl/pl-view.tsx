import { Button, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { planEdits } from "../../core/actions/edit";
import { targets, targetsServedBy } from "../../core/actions/targets";
import { ChoiceIndex } from "../../core/choices/choices";
import { measureNamesOf } from "../../core/list/measure-names";
import type { OpenedList } from "../../core/list/open-list";
import { NO_VALUE, OTHER } from "../../core/summary/summary";
import type { Issue } from "../../core/validation/issues";
import { CellText } from "../cell-text";
import { chartWords } from "../charts/chart-words";
import { weatherColor } from "../charts/palette";
import { StackedBars } from "../charts/stacked-bars";
import { useStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { departmentCards, departmentsOf, type MeasureCard } from "./department-rows";
import { draftValue, rowEditsOf, withDraft, type DraftEdits } from "./draft-edits";
import { MeasureCardView } from "./measure-card";
import { blockedReason, problemLine } from "./problem-line";
import { useRememberedDepartment } from "./remembered-department";

const useStyles = makeStyles({
  saveBar: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  blocked: { flexBasis: "100%", margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * The PL's view: their department's measures as cards, edited with the workbook's own choices,
 * problems shown as they type, and 保存 writing only the cells that changed, guarded against a
 * co-author's newer edit of the same cell.
 */
export default function PlView({ list }: { readonly list: OpenedList }) {
  const strings = useStrings();
  const { quarter, env, writer } = useSession();
  const styles = usePaneStyles();
  const local = useStyles();
  const pickerId = useId("department");
  const departments = useMemo(() => departmentsOf(list), [list]);
  const [department, setDepartment] = useRememberedDepartment(env.storage, departments);
  const cards = useMemo(
    () => (department === null ? [] : departmentCards(list, department, quarter)),
    [list, department, quarter],
  );
  // The targets as saved in the workbook: a draft KPI actual moves them only once saved.
  const targetsModel = useMemo(
    () => (department === null ? null : targets(list, { quarter, language: env.language }).model),
    [list, department, quarter, env.language],
  );
  const [edits, setEdits] = useState<DraftEdits>(new Map());
  const edit = (card: MeasureCard, key: string, text: string) =>
    setEdits((current) => withDraft(current, card, key, text));
  const rowEdits = useMemo(() => rowEditsOf(edits, cards), [edits, cards]);
  const unsaved = rowEdits.reduce((n, e) => n + Object.keys(e.values).length, 0);
  const planned = useMemo(
    () => planEdits(list, rowEdits, { quarter, language: env.language }),
    [list, rowEdits, quarter, env.language],
  );
  const { verdict } = planned.report;
  const reasonId = useId("save-blocked");
  const problem = (issue: Issue) => problemLine(issue, cards, quarter, strings);
  const save = () => {
    if (verdict.kind !== "allowed") return;
    writer.request({
      operation: "edit",
      plan: planned.plan,
      warnings: verdict.warnings.map(problem),
      measures: measureNamesOf(list),
      onWritten: () => setEdits(new Map()),
    });
  };

  return (
    <div className={styles.stack}>
      <p className={styles.note}>{strings.pl.intro}</p>
      <span className={styles.row}>
        <label htmlFor={pickerId}>{strings.pl.department}</label>
        <Select
          className={styles.fill}
          id={pickerId}
          value={department ?? ""}
          onChange={(_e, d) => {
            setEdits(new Map());
            setDepartment(d.value === "" ? null : d.value);
          }}
        >
          <option value="">{strings.pl.choose}</option>
          {departments.map((d) => (
            <option key={d.name} value={d.name}>
              {strings.pl.departmentOption(d.name === "" ? strings.check.noDepartment : d.name, d.measures)}
            </option>
          ))}
        </Select>
      </span>
      {department !== null && cards.length === 0 && <p>{strings.pl.noMeasures}</p>}
      {department !== null && cards.length > 0 && (
        <DepartmentWeather list={list} department={department} cards={cards} edits={edits} />
      )}
      {cards.map((card) => (
        <MeasureCardView
          key={card.rowIndex}
          list={list}
          card={card}
          edits={edits.get(card.rowIndex) ?? {}}
          onEdit={(key, value) => edit(card, key, value)}
          served={targetsModel && card.id ? targetsServedBy(targetsModel, card.id) : []}
        />
      ))}
      {cards.length > 0 && (
        <div className={local.saveBar}>
          <Button
            appearance="primary"
            disabled={unsaved === 0}
            // Blocked by an error, it stays in the tab order so the reason beside it is read out.
            disabledFocusable={unsaved > 0 && verdict.kind === "refused"}
            aria-describedby={verdict.kind === "refused" ? reasonId : undefined}
            onClick={save}
          >
            {strings.pl.save}
          </Button>
          <Button disabled={unsaved === 0} onClick={() => setEdits(new Map())}>
            {strings.pl.discard}
          </Button>
          {unsaved > 0 && <span className={styles.note}>{strings.pl.unsaved(unsaved)}</span>}
          {verdict.kind === "refused" && (
            <p id={reasonId} className={local.blocked}>
              <CellText value={blockedReason(verdict.errors, cards, quarter, strings)} max={400} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** The department's weather as one bar, following the PL's unsaved choices. */
function DepartmentWeather(props: {
  readonly list: OpenedList;
  readonly department: string;
  readonly cards: readonly MeasureCard[];
  readonly edits: DraftEdits;
}) {
  const strings = useStrings();
  const index = new ChoiceIndex(props.list.choices.weather);
  const keys = [...index.values(), NO_VALUE, OTHER];
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const card of props.cards) {
    const draft = props.edits.get(card.rowIndex);
    const value =
      draft && "weather" in draft ? draftValue(card, "weather", draft.weather) : card.values.weather;
    const match = index.match(value ?? null);
    counts[match.kind === "empty" ? NO_VALUE : match.kind === "unknown" ? OTHER : match.value] += 1;
  }
  const title = strings.pl.overview(props.department);
  return (
    <StackedBars
      title={title}
      keys={keys}
      color={weatherColor}
      words={chartWords(strings)}
      bars={[{ label: props.department, segments: keys.map((key) => ({ key, value: counts[key] })) }]}
    />
  );
}
