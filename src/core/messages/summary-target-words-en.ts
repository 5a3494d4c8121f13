import type { SummaryTargetWords } from "./summary-target-words";

/** English: the same section for a PMO whose Excel speaks another language. */
export const summaryTargetWordsEn: SummaryTargetWords = {
  section: (year, quarter) => `Targets (FY${year}, as of ${quarter})`,
  source: (sheet) => `From the targets on sheet "${sheet}" and the list's KPIs`,
  heads: {
    kind: "Kind",
    target: "This year's target",
    rateOrStage: (rate, stage) => `${rate} or ${stage.toLowerCase()}`,
    grade: "Grade",
    pace: "Pace",
    note: "Note",
  },
  kind: { kgi: "KGI", numeric: "Figure", staged: "Stages" },
  stageOf: (year) => `FY${year}'s stage`,
  reduction: " saved",
  percent: (value) => `${value}%`,
  hours: (value) => (value === "1" ? "1 hour" : `${value} hours`),
  sentences: (parts) => parts.map((p) => `${p}.`).join(" "),
  share: (label, percent) => `${label} (${percent})`,
  unmatched: (names) => `No measure found for: ${names.join(", ")}`,
  issues: (count) =>
    count === 1
      ? "The targets sheet has 1 point to check (see measure-list targets)."
      : `The targets sheet has ${count} points to check (see measure-list targets).`,
  counted: (title, count) => `${title} (${count})`,
  measureHeads: { id: "Measure", item: "Item", kpi: "KPI" },
  noGaps: "Every target has a measure behind it, and every measure with a KPI serves a target.",
  paths: "Target paths (baseline, each year's target, actuals so far)",
  year: "Year",
  yearLabel: (year) => `FY${year}`,
  baselineYear: (year) => `FY${year} (baseline)`,
  chartTitle: (name, unit) => (unit ? `${name} (${unit})` : name),
};
