import type { TargetWords } from "./target-words";

/** English: the same words for a PMO whose Excel speaks another language. */
export const targetWordsEn: TargetWords = {
  heads: {
    item: "Item",
    baseline: "Current",
    target: "Target",
    actual: "Actual",
    rate: "Attainment",
    stage: "Stage",
    status: "Status",
    links: "Measures",
  },
  status: {
    achieved: "achieved",
    "on-track": "on track",
    behind: "behind",
    "no-actual": "no actual",
    "no-target": "no target",
    ahead: "ahead",
    "on-schedule": "on schedule",
  },
  reachedIn: (stage, year) => `"${stage}" (the stage for ${year})`,
  kgi: {
    withBase: (goal, reached, hours, base) =>
      `KGI: workload down ${goal}; the hours saved, ${hours}, are ${reached} of the workload base ${base}`,
    hoursOnly: (goal, hours) => `KGI: workload down ${goal}; hours saved so far: ${hours}`,
    nothingKnown: (goal) => `KGI: workload down ${goal}; no hours saved are known yet`,
    needs:
      "A share needs the workload base (total yearly hours): add a row for the workload base (業務量, 基準) to the 目標 sheet with the hours as its current value",
  },
  gaps: {
    targetsWithoutMeasures: "Targets with no measure",
    measuresServingNoTarget: "Measures whose KPI serves no target",
    none: "none",
  },
  noSheet: "No 目標 sheet (a table headed 項目, 現在地 and one column per fiscal year)",
};
