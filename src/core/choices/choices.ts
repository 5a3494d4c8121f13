import { cellText, type CellValue } from "../port/grid";
import { normalizeChoice } from "../list/normalize";

/** A choice for 天気 or 今後の方向性, with the other ways people write it. */
export interface Choice {
  readonly value: string;
  /** 意味: shown next to the mark in the 選択肢 sheet and in the task pane. */
  readonly meaning: string;
  readonly variants: readonly string[];
}

export interface DirectionChoice extends Choice {
  /** Whether 方向性理由 must be filled for this direction (§4: all but 継続). */
  readonly needsReason: boolean;
}

/** The lowest attainment rate (a fraction: 0.8 is 80%) that earns a grade (§6). */
export interface GradeThreshold {
  readonly grade: string;
  readonly min: number;
}

/** The lowest pace (rate ÷ expected share) that suggests a weather mark (§6). */
export interface PaceThreshold {
  readonly weather: string;
  readonly min: number;
}

export interface Choices {
  readonly weather: readonly Choice[];
  readonly direction: readonly DirectionChoice[];
  /** Highest first; a rate below every threshold gets the last grade. */
  readonly grades: readonly GradeThreshold[];
  /** Highest first; a pace below every threshold gets the last mark. */
  readonly pace: readonly PaceThreshold[];
}

export const DEFAULT_CHOICES: Choices = {
  weather: [
    { value: "☀", meaning: "順調", variants: ["☀️", "🌞", "晴", "晴れ", "はれ", "快晴"] },
    { value: "☁", meaning: "やや遅れ", variants: ["☁️", "⛅", "🌤", "🌥", "曇", "曇り", "くもり"] },
    { value: "☂", meaning: "遅れ", variants: ["☂️", "☔", "🌧", "⛈", "雨", "あめ"] },
  ],
  direction: [
    direction("拡充", "取組を広げる", true),
    direction("継続", "このまま続ける", false, ["継続する"]),
    direction("見直し", "内容を見直す", true, ["改善"]),
    direction("縮小", "規模を小さくする", true),
    direction("統合", "他の施策とまとめる", true),
    direction("休止", "いったん止める", true, ["中止"]),
    direction("廃止", "取りやめる", true),
    direction("完了", "目標を達成して終える", true),
  ],
  grades: [
    { grade: "A", min: 1 },
    { grade: "B", min: 0.8 },
    { grade: "C", min: 0.5 },
    { grade: "D", min: Number.NEGATIVE_INFINITY },
  ],
  pace: [
    { weather: "☀", min: 1 },
    { weather: "☁", min: 0.7 },
    { weather: "☂", min: Number.NEGATIVE_INFINITY },
  ],
};

/** How a typed value relates to a list: the canonical value itself, a variant of one, or neither. */
export type ChoiceMatch =
  | { readonly kind: "empty" }
  | { readonly kind: "canonical"; readonly value: string }
  | { readonly kind: "variant"; readonly value: string }
  | { readonly kind: "unknown" };

/**
 * Looks values up in one list. Canonical values, their variants and their meanings all lead to
 * the canonical value, compared after NFKC, trimming and dropping emoji variation selectors.
 */
export class ChoiceIndex {
  private readonly canonical: ReadonlySet<string>;
  private readonly byForm = new Map<string, string>();

  constructor(readonly choices: readonly Choice[]) {
    this.canonical = new Set(choices.map((c) => c.value));
    // Canonical values first, so a city's own mark is never shadowed by a default variant.
    for (const c of choices) this.add(c.value, c.value);
    for (const c of choices) for (const v of c.variants) this.add(v, c.value);
    for (const c of choices) if (c.meaning) this.add(c.meaning, c.value);
  }

  match(raw: CellValue): ChoiceMatch {
    const text = cellText(raw);
    if (text.trim() === "") return { kind: "empty" };
    if (this.canonical.has(text)) return { kind: "canonical", value: text };
    const value = this.byForm.get(normalizeChoice(text));
    return value === undefined ? { kind: "unknown" } : { kind: "variant", value };
  }

  /** The canonical values, in list order: `☀ ☁ ☂`. */
  values(): string[] {
    return this.choices.map((c) => c.value);
  }

  private add(form: string, value: string): void {
    const key = normalizeChoice(form);
    if (key !== "" && !this.byForm.has(key)) this.byForm.set(key, value);
  }
}

/** The grade a rate earns under the thresholds, or `-` when there is no rate. */
export function gradeFor(rate: number | null, grades: readonly GradeThreshold[]): string {
  if (rate === null) return "-";
  for (const g of grades) if (rate >= g.min) return g.grade;
  return grades[grades.length - 1]?.grade ?? "-";
}

/** The weather a pace suggests under the thresholds, or null when there is no pace. */
export function weatherForPace(pace: number | null, thresholds: readonly PaceThreshold[]): string | null {
  if (pace === null) return null;
  for (const t of thresholds) if (pace >= t.min) return t.weather;
  return thresholds[thresholds.length - 1]?.weather ?? null;
}

function direction(
  value: string,
  meaning: string,
  needsReason: boolean,
  variants: string[] = [],
): DirectionChoice {
  return { value, meaning, needsReason, variants };
}
