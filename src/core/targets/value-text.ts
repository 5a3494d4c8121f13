import { formatNumberJa } from "../kpi/numbers";
import type { TargetValue } from "./model";

/**
 * A target cell as people read it: a stage as written, a number with separators, its unit and
 * 「削減」 (10,000時間削減, 4,480,000枚, 20%); null for a blank.
 */
export function targetValueText(value: TargetValue | undefined): string | null {
  if (!value || value.kind === "blank") return null;
  if (value.kind === "stage" || value.value === undefined) return String(value.raw);
  return `${formatNumberJa(value.value)}${value.unit ?? ""}${value.reduction ? "削減" : ""}`;
}

/** A number in a target's unit, for computed figures (a sum of measures): 8,035時間. */
export function amountText(value: number, unit: string | undefined): string {
  return `${formatNumberJa(value)}${unit ?? ""}`;
}

/** 達成率 as a whole percent: 0.5 → 50%. */
export function rateText(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
