import type { Target, TargetResult } from "../../core/targets/model";
import { amountText, rateText, targetValueText } from "../../core/targets/value-text";

/** A target's standing as one word: the numeric and the staged statuses share their names. */
export type StatusKey = TargetResult["standing"]["status"];

/**
 * One target as the 目標 table shows it, each cell written as the summary sheet and the CLI write
 * it (the core's value-text), "" where nothing is known.
 */
export interface TargetRowText {
  readonly name: string;
  /** 現在地 (4,600,000枚, 未導入). */
  readonly baseline: string;
  /** The chosen year's target, or the stage planned for it. */
  readonly target: string;
  /** 実績 as typed, or the sum of the measures in the target's unit. */
  readonly actual: string;
  /** 達成率 (「60%」) for a numeric target, the stage reached for a staged one. */
  readonly figure: string;
  readonly status: StatusKey;
}

/** The cells of a target's row for the year its standing is for. */
export function targetRowText(result: TargetResult): TargetRowText {
  const { target, standing } = result;
  const step = target.path.find((s) => s.year === standing.year);
  const base = {
    name: target.name,
    baseline: targetValueText(target.baseline.value) ?? "",
    status: standing.status,
  };
  if (standing.kind === "staged")
    return {
      ...base,
      target: standing.planned ?? yearTarget(target, standing.year),
      actual: standing.reached ?? "",
      figure: standing.reached ?? "",
    };
  const typed = targetValueText(step?.actual);
  return {
    ...base,
    target: yearTarget(target, standing.year),
    actual: typed ?? (standing.actual === null ? "" : amountText(standing.actual, targetUnit(target))),
    figure: standing.rate === null ? "" : rateText(standing.rate),
  };
}

/**
 * A year's target; a blank year that carries the previous target shows that target, as the sheet
 * means it (a stage merged over two years, 100% kept once reached).
 */
export function yearTarget(target: Target, year: number): string {
  const at = target.path.findIndex((s) => s.year === year);
  for (let i = at; i >= 0; i--) {
    const step = target.path[i];
    const text = targetValueText(step.target);
    if (text !== null) return text;
    if (!(step.carried || step.target.carried)) return "";
  }
  return "";
}

/** The target's unit: its 単位, else the one written with its numbers (時間, 枚, %). */
export function targetUnit(target: Target): string {
  if (target.unit) return target.unit;
  const values = [target.baseline.value, ...target.path.map((s) => s.target)];
  return values.find((v) => v.kind === "number" && v.unit)?.unit ?? "";
}
