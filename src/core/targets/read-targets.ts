import { cellAt, cellText, isBlank, type SheetGrid } from "../port/grid";
import { normalizeChoice, normalizeHeader } from "../list/normalize";
import { readPolarity } from "../kpi/kpi";
import type { Target, TargetPathStep, TargetValue } from "./model";
import type { TargetsLayout } from "./targets-layout";
import { carriedValue, normalizeUnit, readTargetValue } from "./target-value";
import { attachFootnotes, isFootnote } from "./footnotes";
import { westernYear } from "./year-header";
import { pathDirection } from "./direction";

/** What the 目標 sheet says, read through its layout; the check and the standing work from it. */
export interface TargetsReading {
  readonly sheet: string;
  readonly layout: TargetsLayout;
  readonly targets: readonly Target[];
  readonly notes: readonly { readonly row: number; readonly text: string }[];
}

/** Reads every target row of a 目標 sheet and the footnotes under it. */
export function readTargets(sheet: SheetGrid, layout: TargetsLayout): TargetsReading {
  const targets: Target[] = [];
  const footnotes: { row: number; text: string }[] = [];
  for (let r = layout.firstDataRowIndex; r < sheet.rows.length; r++) {
    const first = (sheet.rows[r] ?? []).find((v) => !isBlank(v));
    if (first === undefined) continue;
    const firstText = cellText(first).trim();
    if (isFootnote(firstText)) {
      footnotes.push({ row: r + 1, text: firstText });
      continue;
    }
    const target = readTargetRow(sheet, layout, r);
    if (target) targets.push(target);
  }
  const attached = attachFootnotes(targets, footnotes);
  return { sheet: sheet.name, layout, targets: attached.targets, notes: attached.notes };
}

/** One row as a Target, or null when the row names nothing or holds no value (a stray text). */
export function readTargetRow(sheet: SheetGrid, layout: TargetsLayout, r: number): Target | null {
  const at = (c: number | null) => (c === null ? null : cellAt(sheet, r, c));
  const text = (c: number | null) => cellText(at(c)).trim();
  const name = text(layout.name);
  if (name === "") return null;
  const unitCell = text(layout.unit);
  const rowUnit = unitCell === "" ? undefined : normalizeUnit(unitCell);
  const written = [layout.baseline?.col ?? null, ...layout.years.flatMap((y) => [y.target, y.actual])].map(
    at,
  );
  // Excel keeps a typed 「20%」 as the number 0.2: beside cells written 「11％」 as text, with no 単位
  // column to say otherwise, a number cell is such a stored percent.
  const storedPercent =
    rowUnit === undefined && written.some((v) => typeof v === "string" && PERCENT_TEXT.test(v));
  const read = (v: ReturnType<typeof at>) => readTargetValue(v, rowUnit, { storedPercent });
  const baselineValue = read(at(layout.baseline?.col ?? null));
  const cells = layout.years.map((y) => ({
    year: y.year,
    target: read(at(y.target)),
    actual: y.actual === null ? null : read(at(y.actual)),
  }));
  const kindText = normalizeHeader(text(layout.kind));
  const anyValue = baselineValue.kind !== "blank" || cells.some((c) => c.target.kind !== "blank");
  if (!anyValue && !kindText.includes("KGI")) return null;

  const path: TargetPathStep[] = [];
  let previous: TargetValue | null = null;
  for (const cell of cells) {
    const carried: boolean = cell.target.kind === "blank" && previous !== null;
    const target: TargetValue = carried && previous ? carriedValue(previous) : cell.target;
    if (!carried && target.kind !== "blank") previous = target;
    path.push({
      year: cell.year,
      target,
      ...(cell.actual && cell.actual.kind !== "blank" ? { actual: cell.actual } : {}),
      carried,
    });
  }
  const values = [baselineValue, ...cells.map((c) => c.target)];
  // A row is numeric when numbers are at least half its written cells: a stray text in a row of
  // numbers is the check's to report, while a staged row may start from a number.
  const numbers = values.filter((v) => v.kind === "number").length;
  const stages = values.filter((v) => v.kind === "stage").length;
  const kind = numbers > 0 && numbers >= stages ? "numeric" : "staged";
  const unit = rowUnit ?? values.find((v) => v.unit !== undefined)?.unit;
  const stated =
    layout.direction === null || isBlank(at(layout.direction)) ? null : readPolarity(at(layout.direction));
  const reduction = values.some((v) => v.reduction === true);
  const byPath = kind === "numeric" ? pathDirection(baselineValue, path) : null;
  const direction =
    kind === "staged"
      ? null
      : stated !== null
        ? stated === "増加"
          ? "increase"
          : "decrease"
        : reduction
          ? "increase"
          : byPath;
  const baselineYear = layout.baseline?.year ?? westernYear(text(layout.baselineYear));
  const note = text(layout.note);
  return {
    row: r + 1,
    name,
    ...(unit !== undefined ? { unit } : {}),
    kgi: isKgi(name, kindText, values),
    kind,
    direction,
    directionStated: stated !== null,
    aggregate: SUM_WORDS.has(normalizeChoice(text(layout.aggregate))) ? "sum-of-measures" : "typed",
    baseline: { year: baselineYear ?? (layout.years[0]?.year ?? 1) - 1, value: baselineValue },
    path,
    links: splitLinks(text(layout.links)),
    ...(note !== "" ? { note } : {}),
  };
}

/** A percent written as text, 「11％」 or 「30%減」. */
const PERCENT_TEXT = /[%％]\s*(?:削減|減)?\s*$/u;

/** 集計 words meaning "the sum of the linked measures' KPI actuals". */
const SUM_WORDS: ReadonlySet<string> = new Set(["施策の合計", "施策合計", "合計", "関連施策の合計"]);

/**
 * The headline row: 区分 or the name says KGI, or it is 業務量 in percent. A 業務量 row that names
 * its 基準 is the KGI's base, not the KGI.
 */
function isKgi(name: string, kindText: string, values: readonly TargetValue[]): boolean {
  if (kindText.includes("KGI") || normalizeHeader(name).includes("KGI")) return true;
  const compact = normalizeHeader(name);
  return compact.includes("業務量") && !compact.includes("基準") && values.some((v) => v.unit === "%");
}

/** 関連施策 as written, one entry per measure number or 指標名 (、 , ， ; or a line between). */
export function splitLinks(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/u)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}
