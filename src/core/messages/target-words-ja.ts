import type { TargetWords } from "./target-words";

/** Japanese: the 目標 sheet's standing as the PMO reads it. */
export const targetWordsJa: TargetWords = {
  heads: {
    item: "項目",
    baseline: "現在地",
    target: "目標",
    actual: "実績",
    rate: "達成率",
    stage: "段階",
    status: "状況",
    links: "関連施策",
  },
  status: {
    achieved: "達成",
    "on-track": "順調",
    behind: "遅れ",
    "no-actual": "実績なし",
    "no-target": "目標なし",
    ahead: "前倒し",
    "on-schedule": "予定どおり",
  },
  reachedIn: (stage, year) => `「${stage}」（${year}の段階）`,
  kgi: {
    withBase: (goal, reached, hours, base) =>
      `KGI 業務量${goal}減に対し、削減した時間は${hours}で、業務量の基準${base}の${reached}です`,
    hoursOnly: (goal, hours) => `KGI 業務量${goal}減に対し、これまでに削減した時間は${hours}です`,
    nothingKnown: (goal) => `KGI 業務量${goal}減に対し、削減した時間はまだ分かりません`,
    needs:
      "割合を出すには業務量の基準（年間の総業務時間）が要ります。目標シートに「業務量の基準」の行を加え、現在地に時間数を書いてください",
  },
  gaps: {
    targetsWithoutMeasures: "施策のない目標",
    measuresServingNoTarget: "どの目標にもつながらない KPI の施策",
    none: "なし",
  },
  noSheet: "目標シートがありません（見出しに「項目」「現在地」と年度の列がある表）",
};
