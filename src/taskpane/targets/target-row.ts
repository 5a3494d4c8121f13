import type { Language } from "../../core/messages/messages";
import type { Target, TargetResult, TargetValue } from "../../core/targets/model";

/** A target's standing as one word: the numeric and the staged statuses share their names. */
export type StatusKey = TargetResult["standing"]["status"];

/** One target as the 目標 table shows it: each cell as a person reads it, "" where nothing is known. */
export interface TargetRowText {
  readonly name: string;
  /** 現在地 as written (4,600,000枚, 未導入). */
  readonly baseline: string;
  /** The chosen year's target as written, or the stage planned for it. */
  readonly target: string;
  /** 実績 as written, or the sum of the measures with the target's unit. */
  readonly actual: string;
  /** 達成率 (「60%」) for a numeric target, the stage reached for a staged one. */
  readonly figure: string;
  readonly status: StatusKey;
}

/** The cells of a target's row for the year its standing is for. */
export function targetRowText(result: TargetResult, language: Language): TargetRowText {
  const { target, standing } = result;
  const unit = targetUnit(target);
  const step = target.path.find((s) => s.year === standing.year);
  const base = {
    name: target.name,
    baseline: valueText(target.baseline.value, language),
    status: standing.status,
  };
  if (standing.kind === "staged")
    return {
      ...base,
      target: standing.planned ?? yearTarget(target, standing.year, language),
      actual: standing.reached ?? "",
      figure: standing.reached ?? "",
    };
  const written = step?.actual && step.actual.kind !== "blank" ? valueText(step.actual, language) : "";
  return {
    ...base,
    target: yearTarget(target, standing.year, language),
    actual:
      written !== "" ? written : standing.actual === null ? "" : numberText(standing.actual, unit, language),
    figure: standing.rate === null ? "" : percentText(standing.rate),
  };
}

/**
 * A year's target as written; a blank year that carries the previous target shows that target, as
 * the sheet means it (a stage merged over two years, 100% kept after it is reached).
 */
export function yearTarget(target: Target, year: number, language: Language): string {
  const at = target.path.findIndex((s) => s.year === year);
  for (let i = at; i >= 0; i--) {
    const value = target.path[i].target;
    if (value.kind !== "blank") return valueText(value, language);
    if (!(target.path[i].carried || value.carried)) return "";
  }
  return "";
}

/** A cell's reading as a person reads it: the text as written, a number with its unit. */
export function valueText(value: TargetValue, language: Language): string {
  if (value.kind === "blank" || value.raw === null) return "";
  if (typeof value.raw === "string") return value.raw.trim();
  return numberText(value.raw, value.unit ?? "", language);
}

/** 4,500,000枚, 12,000時間: digits grouped, the unit after with no space (a percent sign too). */
export function numberText(value: number, unit: string, language: Language): string {
  const digits = value.toLocaleString(language === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 2 });
  return `${digits}${unit}`;
}

/** 0.6 → 「60%」: a rate as the list's 達成率 column shows it, to the whole percent. */
export function percentText(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** The target's unit: its 単位, else the one written with its numbers (時間, 枚, ％). */
export function targetUnit(target: Target): string {
  if (target.unit) return target.unit;
  const values = [target.baseline.value, ...target.path.map((s) => s.target)];
  return values.find((v) => v.kind === "number" && v.unit)?.unit ?? "";
}
