import type { GradeThreshold } from "../../core/choices/choices";
import type { PaneStrings } from "../i18n/strings";
import type { ChartWords } from "./chart-model";

/**
 * A weather chart's words: each mark with its meaning from the workbook's 選択肢 (「☀ 順調」),
 * said by its meaning; 未入力 and その他 as the pane names them.
 */
export function chartWords(
  strings: PaneStrings,
  meanings: Readonly<Record<string, string>> = {},
): ChartWords {
  const c = strings.charts;
  const meaning = (key: string) => {
    const m = meanings[key];
    return m === undefined || m === "" ? null : (c.meanings[m] ?? m);
  };
  return {
    ...sentences(strings),
    name: (key) => {
      const m = meaning(key);
      return m === null ? (c.keys[key] ?? key) : c.weather(key, m);
    },
    spoken: (key) => meaning(key) ?? c.keys[key] ?? key,
  };
}

/**
 * The grade chart's words: each grade named by what it means under the workbook's thresholds
 * (「A（達成）」「B（80%以上）」「D（50%未満）」), 「計算できない」 for `-`.
 */
export function gradeChartWords(strings: PaneStrings, grades: readonly GradeThreshold[]): ChartWords {
  const name = (key: string) => gradeName(key, grades, strings);
  return { ...sentences(strings), name, spoken: name };
}

/** 「A（達成）」: a grade as a person reads it, from the thresholds that give it. */
export function gradeName(grade: string, grades: readonly GradeThreshold[], strings: PaneStrings): string {
  const c = strings.charts;
  const at = grades.findIndex((g) => g.grade === grade);
  if (at < 0) return c.keys[grade] ?? grade;
  const percent = (min: number) => Math.round(min * 1000) / 10;
  const { min } = grades[at];
  if (Number.isFinite(min)) return min === 1 ? c.gradeMet(grade) : c.gradeAtLeast(grade, percent(min));
  const above = grades[at - 1];
  return above ? c.gradeBelow(grade, percent(above.min)) : grade;
}

function sentences(strings: PaneStrings): Omit<ChartWords, "name" | "spoken"> {
  const c = strings.charts;
  return {
    count: c.count,
    part: c.part,
    stackedLine: c.stackedLine,
    barLine: c.barLine,
    stackedText: c.stackedText,
    tallyText: c.tallyText,
    listSeparator: c.listSeparator,
    lineSeparator: c.lineSeparator,
    shownSeparator: c.shownSeparator,
  };
}
