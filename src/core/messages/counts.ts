import type { IssueCounts } from "../validation/issues";
import type { Language } from "./messages";

/**
 * A check's counts, the one way every front end says them: 「エラー 1 件・警告 6 件」,
 * "1 error, 6 warnings".
 */
export function issueCountsText(counts: IssueCounts, language: Language): string {
  const { error, warning } = counts;
  if (language === "ja") return `エラー ${error} 件・警告 ${warning} 件`;
  return `${error} ${error === 1 ? "error" : "errors"}, ${warning} ${warning === 1 ? "warning" : "warnings"}`;
}

/** Counts by key, the one way every report lists them: `☀ 31 / ☁ 0 / ☂ 0`. */
export function tallyText(entries: Iterable<readonly [string, number]>): string {
  return [...entries].map(([key, n]) => `${key} ${n}`).join(" / ");
}
