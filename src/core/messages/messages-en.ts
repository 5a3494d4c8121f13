import type { ChoicesProblem } from "../validation/issues";
import { quote, type MessageTable } from "./messages-ja";

/** English messages, for logs and for readers outside the city hall. */
export const messagesEn: MessageTable = {
  "missing-column": (p) => `No column "${p.header}" in the header; add it to the header row`,
  "missing-value": (p, c) =>
    p.mark === null
      ? `${c.label} is empty`
      : `${c.label} is empty (${p.markField ?? "the same row"} says "${p.mark}")`,
  "invalid-choice": (p, c) =>
    `${c.label} "${quote(c.text)}" is not one of the choices (${p.choices.join(", ")})`,
  "non-canonical-choice": (p, c) => `${c.label} "${quote(c.text)}" should be written "${p.canonical}"`,
  "reason-required": (p) => `Direction "${p.direction}" needs a reason (方向性理由)`,
  "id-format": (p, c) => `${c.label} "${quote(c.text)}" is not well formed (e.g. ${p.expected})`,
  "duplicate-id": (p) => `Measure id "${p.id}" repeats row ${p.firstRow}`,
  "code-mismatch": (p, c) => `${c.label} code "${p.code}" does not match ${p.other} "${p.otherCode}"`,
  "label-inconsistent": (p, c) =>
    `${c.label} "${p.code}" is named differently from other rows (most say "${p.majority}")`,
  "cell-error": (p, c) => `${c.label} holds an error value (${p.error}); check its formula or reference`,
  "not-a-number": (p, c) => `${c.label} "${quote(p.text)}" cannot be read as one number`,
  "out-of-range": (p) =>
    `The ${p.fiscalYear === null ? "" : `${p.fiscalYear} `}attainment rate cannot be computed: the baseline, target and actual are so extreme that the result is beyond the range of numbers; check their digits and units`,
  "invalid-polarity": (_p, c) =>
    `Target direction "${quote(c.text)}" must be 増加 (increase) or 減少 (decrease)`,
  "weather-mismatch": (p, c) =>
    `Weather is "${c.text}" but the pace for ${p.quarter} (${Math.round(p.pace * 100)}%) suggests "${p.suggested}"`,
  "target-wrong-side": (p, c) =>
    `${c.label} (${p.target}) is ${p.polarity === "増加" ? "below" : "above"} the baseline (${p.baseline}) while the target direction is ${p.polarity === "増加" ? "増加 (increase)" : "減少 (decrease)"}; check the target or the direction`,
  "invalid-choices-sheet": (p) =>
    `The 選択肢 table "${p.table}" (${p.cell}) cannot be used: ${choicesProblemEn(p.problem)}; its defaults apply`,
  "target-not-a-number": (p) =>
    `Target "${quote(p.target)}" is a number target, but "${quote(p.text)}" is not a number; write a number and its unit`,
  "target-unit-changes": (p) =>
    `Target "${quote(p.target)}" changes its unit from "${p.expected}" to "${p.unit}"; keep one unit along the row`,
  "target-direction-contradiction": (p) =>
    `Target "${quote(p.target)}" states the direction ${p.stated === "増加" ? "増加 (increase)" : "減少 (decrease)"}, but its path from the current value goes the other way; check the targets or the direction`,
  "target-year-order": (p) =>
    `The column for fiscal year ${p.year} stands after the one for ${p.previous}; put the year columns in order`,
  "target-year-missing": (p) => `No column for fiscal year ${p.year}; keep the year columns without gaps`,
  "target-link-unknown": (p) =>
    `Target "${quote(p.target)}" links "${quote(p.link)}", which is no measure number or KPI name in the list`,
  "target-kpi-unit-mismatch": (p) =>
    `Target "${quote(p.target)}" (unit ${p.unit}) adds up its measures, but the KPI of ${p.measureId} is in "${p.kpiUnit}"; use one unit`,
  "target-stage-unknown": (p) =>
    `The actual "${quote(p.text)}" of target "${quote(p.target)}" is none of the row's stages; write it as one of them`,
};

function choicesProblemEn(p: ChoicesProblem): string {
  switch (p.code) {
    case "no-values":
      return "it has no values";
    case "repeated":
      return `"${p.value}" is there twice`;
    case "no-column":
      return `it has no "${p.column}" column`;
    case "blank-bound":
      return `the lower bound of "${p.value}" is empty (only the last row's may be)`;
    case "bound-not-a-number":
      return `the lower bound of "${p.value}", "${p.text}", is not a number`;
    case "bounds-not-falling":
      return "each lower bound must be below the one above it";
    case "reason-not-yes-no":
      return `the reason column of "${p.value}" says "${p.text}": write 必要 (needed) or 不要 (not needed)`;
  }
}
