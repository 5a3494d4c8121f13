import type { KpiWords } from "./kpi-message";

/** English: the same words for a PMO whose Excel speaks another language. */
export const kpiWordsEn: KpiWords = {
  base: {
    previousYear: (year) => `the previous year (${year})`,
    year: (year) => year,
    baseline: "the baseline (基準値)",
  },
  amount: (percent, change) =>
    change === "increase" ? `${percent} up` : change === "decrease" ? `${percent} down` : percent,
  relative: (base, percent, change) =>
    change === "increase"
      ? `${percent} up on ${base}`
      : change === "decrease"
        ? `${percent} down on ${base}`
        : change === "of"
          ? `${percent} of ${base}`
          : `${percent} against ${base}`,
  worked: (target, basisName, basis) => `target ${target} (worked out from ${basisName} ${basis})`,
  missing: {
    basis: (names) => `No ${names.join(" or ")}, so the target cannot be worked out; fill one in and it is.`,
    direction: "The text does not say up or down, so no target is worked out.",
    percentKpi: (amount) =>
      `For a percentage KPI, "${amount}" could mean points or a share, so no target is worked out.`,
  },
};
