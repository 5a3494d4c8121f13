import type { SummaryTargetWords } from "./summary-target-words";

/** Japanese: the 目標 section as the PMO prints it for the quarterly review. */
export const summaryTargetWordsJa: SummaryTargetWords = {
  section: (year, quarter) => `目標（${year}年度、${quarter} 時点）`,
  source: (sheet) => `シート「${sheet}」の目標と、施策リストの KPI から`,
  heads: {
    kind: "区分",
    target: "今年度の目標",
    rateOrStage: (rate, stage) => `${rate}・${stage}`,
    grade: "達成度",
    pace: "ペース",
    note: "備考",
  },
  kind: { kgi: "KGI", numeric: "数値", staged: "段階" },
  stageOf: (year) => `${year}年度の段階`,
  reduction: "削減",
  percent: (value) => `${value}%`,
  hours: (value) => `${value}時間`,
  sentences: (parts) => parts.map((p) => `${p}。`).join(""),
  share: (label, percent) => `${label}（${percent}）`,
  unmatched: (names) => `施策が見つからない: ${names.join("、")}`,
  issues: (count) =>
    `目標シートに確認が必要な点が ${count} 件あります（measure-list targets で確認できます）。`,
  counted: (title, count) => `${title}（${count} 件）`,
  measureHeads: { id: "施策番号", item: "管理項目", kpi: "KPI" },
  noGaps: "どの目標にも施策があり、KPI のある施策はどれも目標につながっています。",
  paths: "目標の推移（現在地、年度ごとの目標、これまでの実績）",
  year: "年度",
  yearLabel: (year) => `${year}年度`,
  baselineYear: (year) => `${year}年度（現在地）`,
  chartTitle: (name, unit) => (unit ? `${name}（${unit}）` : name),
};
