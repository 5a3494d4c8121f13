import type { SummaryTargetWords } from "./summary-target-words";

/** English: the same section for a PMO whose Excel speaks another language. */
export const summaryTargetWordsEn: SummaryTargetWords = {
  section: (year, quarter) => `Targets (FY${year}, as of ${quarter})`,
  source: (sheet) => `From the targets on sheet "${sheet}" and the list's KPIs`,
  heads: {
    kind: "Kind",
    name: "Target",
    baseline: "Baseline",
    target: "This year's target",
    actual: "Actual",
    rateOrStage: "Attainment or stage",
    grade: "Grade",
    status: "Status",
    measures: "Measures",
    pace: "Pace",
    note: "Note",
  },
  kind: { kgi: "KGI", numeric: "Figure", staged: "Stages" },
  reduction: " saved",
  numericStatus: {
    achieved: "Achieved",
    "on-track": "On track",
    behind: "Behind",
    "no-actual": "No actual",
    "no-target": "No target",
  },
  stagedStatus: {
    ahead: "Ahead",
    "on-schedule": "On schedule",
    behind: "Behind",
    "no-actual": "No actual",
  },
  stageOf: (year) => `FY${year}'s stage`,
  share: (label, percent) => `${label} (${percent})`,
  noMeasures: "None",
  unmatched: (names) => `No measure found for: ${names.join(", ")}`,
  kgi: {
    cut: (percent) => `${percent}% down`,
    hours: (hours) => `${hours} hours`,
    reached: (name, target, achieved, base) => `KGI ${name} ${target}: ${achieved} reached (base ${base})`,
    known: (name, target, saved, needs) =>
      `KGI ${name} ${target}: ${saved === null ? "" : `${saved} saved so far (from the measures). `}${needs}`,
  },
  issues: (count) =>
    count === 1
      ? "The targets sheet has 1 point to check (see measure-list targets)."
      : `The targets sheet has ${count} points to check (see measure-list targets).`,
  targetsWithoutMeasures: (count) => `Targets no measure carries (${count})`,
  measuresServingNoTarget: (count) => `Measures whose KPI serves no target (${count})`,
  measureHeads: { id: "Measure", item: "Item", kpi: "KPI" },
  noGaps: "Every target has a measure behind it, and every measure with a KPI serves a target.",
  paths: "Target paths (baseline, each year's target, actuals so far)",
  pathHeads: { year: "Year", target: "Target", actual: "Actual" },
  yearLabel: (year) => `FY${year}`,
  baselineYear: (year) => `FY${year} (baseline)`,
  chartTitle: (name, unit) => (unit ? `${name} (${unit})` : name),
};
