import type { SummaryTargetWords } from "./summary-target-words";

/** Japanese: the 目標 section as the PMO prints it for the quarterly review. */
export const summaryTargetWordsJa: SummaryTargetWords = {
  section: (year, quarter) => `目標（${year}年度、${quarter} 時点）`,
  source: (sheet) => `シート「${sheet}」の目標と、施策リストの KPI から`,
  heads: {
    kind: "区分",
    name: "項目",
    baseline: "現在地",
    target: "今年度の目標",
    actual: "実績",
    rateOrStage: "達成率・段階",
    grade: "達成度",
    status: "状況",
    measures: "関連施策",
    pace: "ペース",
    note: "備考",
  },
  kind: { kgi: "KGI", numeric: "数値", staged: "段階" },
  reduction: "削減",
  numericStatus: {
    achieved: "達成",
    "on-track": "順調",
    behind: "遅れ",
    "no-actual": "実績なし",
    "no-target": "目標なし",
  },
  stagedStatus: {
    ahead: "前倒し",
    "on-schedule": "予定どおり",
    behind: "遅れ",
    "no-actual": "実績なし",
  },
  stageOf: (year) => `${year}年度の段階`,
  share: (label, percent) => `${label}（${percent}）`,
  noMeasures: "なし",
  unmatched: (names) => `施策が見つからない: ${names.join("、")}`,
  kgi: {
    cut: (percent) => `${percent}%減`,
    hours: (hours) => `${hours}時間`,
    reached: (name, target, achieved, base) => `KGI ${name} ${target}: 達成 ${achieved}（基準 ${base}）`,
    known: (name, target, saved, needs) =>
      `KGI ${name} ${target}: ${saved === null ? "" : `削減できた時間 ${saved}（施策から）。`}${needs}`,
  },
  issues: (count) =>
    `目標シートに確認が必要な点が ${count} 件あります（measure-list targets で確認できます）。`,
  targetsWithoutMeasures: (count) => `施策が結びついていない目標（${count} 件）`,
  measuresServingNoTarget: (count) => `KPI がどの目標にも結びついていない施策（${count} 件）`,
  measureHeads: { id: "施策番号", item: "管理項目", kpi: "KPI" },
  noGaps: "どの目標にも施策が結びつき、KPI のある施策はどれかの目標に結びついています。",
  paths: "目標の推移（現在地、年度ごとの目標、これまでの実績）",
  pathHeads: { year: "年度", target: "目標", actual: "実績" },
  yearLabel: (year) => `${year}年度`,
  baselineYear: (year) => `${year}年度（現在地）`,
  chartTitle: (name, unit) => (unit ? `${name}（${unit}）` : name),
};
