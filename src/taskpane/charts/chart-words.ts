import type { PaneStrings } from "../i18n/strings";
import type { ChartWords } from "./chart-model";

/** The chart text alternatives' words in the pane's language. */
export function chartWords(strings: PaneStrings): ChartWords {
  return {
    count: strings.charts.count,
    bar: strings.charts.bar,
    key: (key) => strings.charts.keys[key] ?? key,
    separator: strings.lang === "ja" ? "・" : ", ",
  };
}
