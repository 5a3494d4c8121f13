import { issueCountsText } from "./counts";
import type { RibbonWords } from "./ribbon-words";

/** Japanese: what the PMO reads after a ribbon button. */
export const ribbonWordsJa: RibbonWords = {
  appTitle: "施策リスト",
  summaryTitle: "サマリー作成",
  checkTitle: "チェック",
  nothingToSummarise: (sheet) => `シート「${sheet}」には施策の行がまだないため、サマリーは作りませんでした。`,
  summaryMade: (sheet, source, quarter) =>
    `${quarter} のサマリー「${sheet}」を「${source}」の後ろに作りました（施策リストは変更していません）。`,
  measures: (measures, tally) => `施策 ${measures} 件: ${tally}`,
  watchlist: (measures) => `要注意の施策 ${measures} 件をサマリーの「7. 要注意の施策」に載せました。`,
  checked: (sheet, rows) => `シート「${sheet}」の施策 ${rows} 行をチェックしました。`,
  counts: (counts) =>
    counts.error + counts.warning === 0
      ? "問題は見つかりませんでした。"
      : `${issueCountsText(counts, "ja")}があります。`,
  unexpected: (detail) =>
    `予期しないエラーで中断しました: ${detail}（書き込んだものは非表示の「変更履歴」シートに残ります）`,
  showInPane: "作業ウィンドウで見る",
  close: "閉じる",
};
