import type { TargetPathStep, TargetValue } from "./model";

/**
 * The direction a numeric path takes: from the baseline (or the first target) to the last target
 * that differs from it. 4,600,000 → 4,115,000 is a decrease, 11％ → 40％ an increase; a flat path
 * says nothing.
 */
export function pathDirection(
  baseline: TargetValue,
  path: readonly TargetPathStep[],
): "increase" | "decrease" | null {
  const numbers = [baseline, ...path.map((s) => s.target)]
    .filter((v) => v.kind === "number" && v.value !== undefined)
    .map((v) => v.value ?? 0);
  if (numbers.length < 2) return null;
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (last === first) return null;
  return last > first ? "increase" : "decrease";
}
