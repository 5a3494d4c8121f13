import { parseQuarter } from "../../core/calendar/fiscal-calendar";
import type { WeatherPoint } from "../../core/summary/weather-history";

/** One bar of a chart: a category and its counts, in the order the legend lists them. */
export interface Bar {
  readonly label: string;
  readonly segments: readonly Segment[];
  /** Said instead of a count when there is nothing to count (a quarter with no summary). */
  readonly missing?: string;
}

export interface Segment {
  readonly key: string;
  readonly value: number;
}

/**
 * `stacked`: each bar a category split by key (weather by pillar); `tally`: each bar one key's
 * count (the grades), labelled by that key.
 */
export type ChartKind = "stacked" | "tally";

/** A chart's words in the pane's language. */
export interface ChartWords {
  /** 「7 件」, "7 measures". */
  readonly count: (count: number) => string;
  /** A key as shown: 「☀ 順調」, 「A（達成）」, 「未入力」. */
  readonly name: (key: string) => string;
  /** A key as a screen reader says it: 「順調」 rather than the mark. */
  readonly spoken: (key: string) => string;
  /** 「☀ 順調 6 件」. */
  readonly part: (name: string, count: string) => string;
  /** 「A 市民サービス: 7 件（順調 6 件、やや遅れ 1 件）」. */
  readonly stackedLine: (label: string, total: string, parts: string) => string;
  /** 「第3四半期（10〜12月）: サマリーなし」, a bar with nothing in it. */
  readonly barLine: (label: string, total: string) => string;
  /** 「3本柱別の天気。…。…。」. */
  readonly stackedText: (title: string, lines: string) => string;
  /** 「達成度の分布: A（達成）1 件、…。」. */
  readonly tallyText: (title: string, items: string) => string;
  /** Between the parts of a sentence (「、」) and between sentences (「。」). */
  readonly listSeparator: string;
  readonly lineSeparator: string;
  /** Between the parts shown under a bar (「・」). */
  readonly shownSeparator: string;
}

/**
 * The chart as a screen reader says it, for anyone who cannot see the colours: a tally names each
 * key with its count (「達成度の分布: A（達成）1 件、計算できない 3 件。」); a stacked chart gives
 * each bar its total and its non-zero parts by their meaning.
 */
export function chartText(title: string, bars: readonly Bar[], kind: ChartKind, words: ChartWords): string {
  if (kind === "tally") {
    const items = bars.map((bar) => words.part(bar.label, bar.missing ?? words.count(barTotal(bar))));
    return words.tallyText(title, items.join(words.listSeparator));
  }
  const lines = bars.map((bar) => {
    const total = bar.missing ?? words.count(barTotal(bar));
    const parts = bar.segments.filter((s) => s.value > 0);
    if (bar.missing !== undefined || parts.length === 0) return words.barLine(bar.label, total);
    const said = parts.map((s) => words.part(words.spoken(s.key), words.count(s.value)));
    return words.stackedLine(bar.label, total, said.join(words.listSeparator));
  });
  return words.stackedText(title, lines.join(words.lineSeparator));
}

/** The non-zero parts of a bar as shown under it: 「☀ 順調 6 件・☁ やや遅れ 1 件」; "" for none. */
export function shownParts(bar: Bar, words: ChartWords): string {
  return bar.segments
    .filter((s) => s.value > 0)
    .map((s) => words.part(words.name(s.key), words.count(s.value)))
    .join(words.shownSeparator);
}

export function barTotal(bar: Bar): number {
  return bar.segments.reduce((n, s) => n + s.value, 0);
}

/** The largest bar total: every bar is drawn to this scale so bars compare. */
export function scaleOf(bars: readonly Bar[]): number {
  return Math.max(1, ...bars.map(barTotal));
}

/**
 * Room for the longest count after a bar's end, in `ch`: a full-width character takes two, so the
 * number always fits beside the longest bar without moving the others.
 */
export function countRoom(texts: readonly string[]): string {
  const widths = texts.map((t) =>
    [...t].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x100 ? 1 : 2), 0),
  );
  return `${Math.max(0, ...widths) + 1}ch`;
}

/**
 * The four quarters of a fiscal year, Q1 to Q4, each with the summary recorded for it, or null
 * where the workbook has none: the weather trend spans the year, not just the summaries found.
 */
export function quartersOfYear(
  points: readonly WeatherPoint[],
  fiscalYear: number,
): { readonly quarter: 1 | 2 | 3 | 4; readonly point: WeatherPoint | null }[] {
  const byQuarter = new Map<number, WeatherPoint>();
  for (const point of points) {
    const q = parseQuarter(point.quarter);
    if (q.ok && q.value.fiscalYear === fiscalYear) byQuarter.set(q.value.quarter, point);
  }
  return ([1, 2, 3, 4] as const).map((quarter) => ({ quarter, point: byQuarter.get(quarter) ?? null }));
}
