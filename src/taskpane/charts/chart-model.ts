/** One bar of a chart: a category and its counts, in the order the legend lists them. */
export interface Bar {
  readonly label: string;
  readonly segments: readonly { readonly key: string; readonly value: number }[];
}

export interface ChartWords {
  /** `☀ 7 件`. */
  readonly count: (key: string, count: number) => string;
  /** `A 市民サービス: ☀ 7 件・☁ 1 件`. */
  readonly bar: (label: string, parts: string) => string;
  /** A key as a person reads it (`未入力` → `empty` in English). */
  readonly key: (key: string) => string;
  readonly separator: string;
}

/**
 * The chart as sentences, for screen readers and anyone who cannot see the colours: each bar
 * with its non-zero counts (a bar with none says 0 for its first key).
 */
export function chartText(title: string, bars: readonly Bar[], words: ChartWords): string {
  const lines = bars.map((bar) => {
    const parts = bar.segments.filter((s) => s.value > 0);
    const shown = parts.length > 0 ? parts : bar.segments.slice(0, 1);
    return words.bar(
      bar.label,
      shown.map((s) => words.count(words.key(s.key), s.value)).join(words.separator),
    );
  });
  return [title, ...lines].join(words.separator === "・" ? "。" : ". ");
}

/** The largest bar total: every bar is drawn to this scale so bars compare. */
export function scaleOf(bars: readonly Bar[]): number {
  return Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
}
