import { issueCountsText } from "./counts";
import type { RibbonWords } from "./ribbon-words";

/** English: the same dialog for Excel in other display languages. */
export const ribbonWordsEn: RibbonWords = {
  appTitle: "Measure list",
  summaryTitle: "Quarterly summary",
  checkTitle: "Check",
  nothingToSummarise: (sheet) => `Sheet "${sheet}" has no measure yet, so no summary was made.`,
  summaryMade: (sheet, source, quarter) =>
    `Made the ${quarter} summary "${sheet}" after "${source}" (the list itself is unchanged).`,
  measures: (measures, tally) => `${measures} ${measures === 1 ? "measure" : "measures"}: ${tally}`,
  watchlist: (measures) =>
    `${measures} ${measures === 1 ? "measure to watch is" : "measures to watch are"} listed in the summary's section 7.`,
  checked: (sheet, rows) => `Checked ${rows} ${rows === 1 ? "measure" : "measures"} on sheet "${sheet}".`,
  counts: (counts) =>
    counts.error + counts.warning === 0 ? "No problems found." : `${issueCountsText(counts, "en")}.`,
  unexpected: (detail) =>
    `Stopped by an unexpected error: ${detail} (anything written is listed in the hidden 変更履歴 sheet)`,
  showInPane: "Show in the task pane",
  close: "Close",
};
