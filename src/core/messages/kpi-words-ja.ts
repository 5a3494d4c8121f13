import type { KpiWords } from "./kpi-message";

/** Japanese: a relative target as the PMO reads it on a suggestion card and in the CLI. */
export const kpiWordsJa: KpiWords = {
  base: {
    previousYear: (year) => `前年度（${year}）`,
    year: (year) => year,
    baseline: "基準値",
  },
  amount: (percent, change) =>
    `${percent}${change === "increase" ? "増" : change === "decrease" ? "減" : ""}`,
  relative: (base, percent, change) =>
    `${base}比 ${percent}${change === "increase" ? "増" : change === "decrease" ? "減" : ""}`,
  worked: (target, basisName, basis) => `目標値 ${target}（${basisName} ${basis}から計算）`,
  missing: {
    basis: (names) => `${names.join("か")}がないため、目標値は計算できません。入れると計算します。`,
    direction: "増やすのか減らすのかが書かれていないため、目標値は計算しません。",
    percentKpi: (amount) =>
      `割合の KPI では「${amount}」がポイントの差か比率かを決められないため、目標値は計算しません。`,
  },
};
