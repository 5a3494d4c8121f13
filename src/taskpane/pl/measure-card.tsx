import {
  Field,
  Input,
  type FieldProps,
  Select,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { checkRows } from "../../core/actions/check-rows";
import { fiscalYearLabel } from "../../core/calendar/fiscal-calendar";
import type { Choice } from "../../core/choices/choices";
import type { OpenedList } from "../../core/list/open-list";
import { cellText } from "../../core/port/grid";
import type { Issue } from "../../core/validation/issues";
import { CellText } from "../cell-text";
import { useStrings, type PaneStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import { usePaneStyles } from "../styles";
import { editedAttainment, type MeasureCard } from "./department-rows";
import { draftValues } from "./draft-edits";
import { ServedTargets } from "./served-targets";
import type { TargetResult } from "../../core/targets/model";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  edited: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  problems: { color: tokens.colorNeutralForeground1 },
});

/**
 * One measure as a card: id and 管理項目, then the fields a PL edits with the workbook's own
 * choices, the KPI actual with its rate, grade and pace, and the check's problems for the values
 * as typed, before anything is saved.
 */
export function MeasureCardView(props: {
  readonly list: OpenedList;
  readonly card: MeasureCard;
  readonly edits: Readonly<Record<string, string>>;
  readonly onEdit: (key: string, text: string) => void;
  /** The 目標 sheet's targets this measure serves (none without the sheet). */
  readonly served?: readonly TargetResult[];
}) {
  const strings = useStrings();
  const { quarter, env } = useSession();
  const styles = useStyles();
  const pane = usePaneStyles();
  const headingId = useId("measure");
  const { card, list } = props;
  const values = useMemo(() => draftValues(card, props.edits), [card, props.edits]);
  const issues = useMemo(
    () => checkRows(list, [{ rowIndex: card.rowIndex, values }], { quarter, language: env.language }),
    [list, card.rowIndex, values, quarter, env.language],
  );
  const figures = useMemo(
    () => (card.actualKey === null ? null : editedAttainment(list, card.rowIndex, values, quarter)),
    [list, card, values, quarter],
  );
  const text = (key: string) => props.edits[key] ?? cellText(card.values[key] ?? null);
  // Each problem under the field it is about, read out with it; the rest (a target the card does
  // not show, a duplicate id) below the fields.
  const shownFields = new Set(card.keys);
  const under = (key: string) =>
    fieldProblems(
      issues.filter((i) => i.field === key),
      strings,
    );
  const others = issues.filter((i) => i.field === null || !shownFields.has(i.field));
  const has = (key: string) => card.keys.includes(key);
  const edited = Object.keys(props.edits).length > 0;
  const percent = (n: number) => `${Math.round(n * 100)}%`;

  return (
    <article aria-labelledby={headingId} className={mergeClasses(styles.card, edited && styles.edited)}>
      <h3 id={headingId} className={pane.heading}>
        <CellText value={`${card.id ?? strings.check.place(card.row, "")} ${card.item}`} max={200} />
      </h3>
      {has("weather") && (
        <ChoiceField
          label={strings.pl.fields.weather}
          value={text("weather")}
          choices={list.choices.weather}
          problems={under("weather")}
          onChange={(v) => props.onEdit("weather", v)}
        />
      )}
      {has("direction") && (
        <ChoiceField
          label={strings.pl.fields.direction}
          value={text("direction")}
          choices={list.choices.direction}
          problems={under("direction")}
          onChange={(v) => props.onEdit("direction", v)}
        />
      )}
      {has("directionReason") && (
        <Field label={strings.pl.fields.directionReason} {...under("directionReason")}>
          <Textarea
            value={text("directionReason")}
            resize="vertical"
            onChange={(_e, d) => props.onEdit("directionReason", d.value)}
          />
        </Field>
      )}
      {has("progress") && (
        <Field label={strings.pl.fields.progress} {...under("progress")}>
          <Textarea
            value={text("progress")}
            rows={4}
            resize="vertical"
            onChange={(_e, d) => props.onEdit("progress", d.value)}
          />
        </Field>
      )}
      {card.actualKey !== null && card.kpi && (
        <Field
          label={strings.pl.actual(fiscalYearLabel(quarter.fiscalYear), card.kpi.unit)}
          hint={card.kpi.name === "" ? undefined : strings.pl.kpi(card.kpi.name)}
          {...under(card.actualKey)}
        >
          <Input
            value={text(card.actualKey)}
            onChange={(_e, d) => props.onEdit(card.actualKey as string, d.value)}
          />
        </Field>
      )}
      {figures && (
        <p className={pane.note}>
          {figures.rate === null ? strings.pl.noRate : strings.pl.rate(percent(figures.rate), figures.grade)}
          {figures.pace !== null &&
            figures.suggestedWeather !== null &&
            ` ${strings.pl.pace(percent(figures.pace), figures.suggestedWeather)}`}
        </p>
      )}
      <ServedTargets results={props.served ?? []} />
      {others.length > 0 && (
        <div className={styles.problems}>
          <p className={pane.heading}>{strings.pl.problems}</p>
          <ul className={pane.list}>
            {others.map((issue, i) => (
              <li key={`${issue.code}:${issue.column}:${i}`}>
                <strong>{strings.check.severity[issue.severity]}</strong> <CellText value={issue.message} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

/** A dropdown of the workbook's choices; a value that is none of them stays as its own option. */
function ChoiceField(props: {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly problems: FieldProblems;
  readonly onChange: (value: string) => void;
}) {
  const strings = useStrings();
  const pane = usePaneStyles();
  const known = props.value === "" || props.choices.some((c) => c.value === props.value);
  return (
    <Field label={props.label} {...props.problems}>
      <Select className={pane.fill} value={props.value} onChange={(_e, d) => props.onChange(d.value)}>
        <option value="">{strings.pl.notChosen}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.meaning === "" ? c.value : `${c.value} ${c.meaning}`}
          </option>
        ))}
        {!known && <option value={props.value}>{strings.pl.notAChoice(props.value)}</option>}
      </Select>
    </Field>
  );
}

type FieldProblems = Pick<FieldProps, "validationMessage" | "validationState">;

/**
 * A field's problems as Fluent's validation message: an error marks the field invalid, and the
 * message is tied to the control (aria-describedby), so a screen reader says it with the field.
 */
function fieldProblems(issues: readonly Issue[], strings: PaneStrings): FieldProblems {
  if (issues.length === 0) return {};
  const error = issues.some((i) => i.severity === "error");
  return {
    validationState: error ? "error" : "warning",
    validationMessage: (
      <CellText value={issues.map((i) => `${strings.check.severity[i.severity]}: ${i.message}`).join(" ")} />
    ),
  };
}
