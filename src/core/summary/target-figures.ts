import { formatNumberJa } from "../kpi/numbers";
import type { SectionWords } from "../messages/summary-target-words";
import { text, type PlannedValue } from "../port/plan";
import type { Target, TargetValue } from "../targets/model";
import { targetValueText } from "../targets/value-text";

/**
 * A target's figures as the summary shows them: a cell as the targets' own words write it, or a
 * figure the model worked out (a carried target, a sum of measures) in the row's unit.
 */
export function figure(
  value: TargetValue | undefined,
  worked: number | null,
  target: Target,
  words: SectionWords,
): PlannedValue | null {
  const written = targetValueText(value);
  if (written !== null && written.trim() !== "") return text(written);
  return worked === null ? null : text(numberText(worked, target, words));
}

/** A number in the row's unit, 「削減」 kept when the row counts amounts saved. */
export function numberText(n: number, target: Target, words: SectionWords): string {
  const reduction =
    target.baseline.value.reduction === true || target.path.some((p) => p.target.reduction === true);
  return `${formatNumberJa(n)}${unitOf(target) ?? ""}${reduction ? words.own.reduction : ""}`;
}

/** The row's 単位, else the unit its figures are written with. */
export function unitOf(target: Target): string | null {
  if (target.unit) return target.unit;
  const values = [target.baseline.value, ...target.path.map((p) => p.target)];
  return values.find((v) => v.unit)?.unit ?? null;
}

/** A cell's number, or null for a stage, a blank or a figure that is not one. */
export function numberOf(value: TargetValue | undefined): number | null {
  return value?.kind === "number" && value.value !== undefined && Number.isFinite(value.value)
    ? value.value
    : null;
}
