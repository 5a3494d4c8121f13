import type { Choices } from "../choices/choices";
import type { ListLayout } from "../list/layout";
import { isToolSheet } from "../list/markers";
import { normalizeHeader } from "../list/normalize";
import { CHOICES_SHEET } from "../list/find-list";
import { wordIssue, type Language } from "../messages/messages";
import { targetWords } from "../messages/target-words";
import type { SheetGrid, WorkbookGrid } from "../port/grid";
import { checkTargets } from "./check-targets";
import { findTargets } from "./find-targets";
import { findGaps } from "./gaps";
import { readKgi } from "./kgi";
import { resolveLinks } from "./links";
import { indexMeasures, measureKpis, type MeasureIndex } from "./measure-kpis";
import type { Target, TargetLinks, TargetResult, TargetsModel } from "./model";
import { readTargets } from "./read-targets";
import { numericStanding, stagedStanding } from "./standing";
import { sumOfMeasures } from "./sum-of-measures";

export interface TargetsInput {
  readonly book: WorkbookGrid;
  /** The measure list: never taken for the 目標 sheet; its measures carry the targets. */
  readonly sheet: SheetGrid;
  readonly layout: ListLayout;
  readonly choices: Choices;
  /** Western fiscal year (2026). */
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly language?: Language;
}

/**
 * The 目標 sheet read, checked and placed for a fiscal year and quarter, or null when the workbook
 * has none. Everything the summary, the pane and the CLI show about targets comes from here.
 */
export function buildTargets(input: TargetsInput): TargetsModel | null {
  const found = findTargets(input.book, {
    skip: (s) => s.name === input.sheet.name || isToolSheet(s) || normalizeHeader(s.name) === CHOICES_SHEET,
  });
  if (!found) return null;
  const reading = readTargets(found.sheet, found.layout);
  const measures = indexMeasures(measureKpis(input.sheet, input.layout));
  const links = new Map<Target, TargetLinks>(reading.targets.map((t) => [t, resolveLinks(t, measures)]));
  const results: TargetResult[] = reading.targets.map((target) => {
    const linked = links.get(target) ?? { measures: [], unmatched: [] };
    return { target, links: linked, standing: standingOf(target, linked, input, measures) };
  });
  const drafts = checkTargets(found.sheet, reading, links);
  const words = targetWords(input.language);
  const years = found.layout.years.map((y) => y.year);
  const baselineYears = [...new Set(reading.targets.map((t) => t.baseline.year))];
  return {
    sheet: found.sheet.name,
    fiscalYear: input.fiscalYear,
    quarter: input.quarter,
    years,
    baselineYear: baselineYears.length === 1 ? baselineYears[0] : (found.layout.baseline?.year ?? null),
    targets: results,
    kgi: readKgi(results, measures, input.fiscalYear, words.kgi.needs),
    gaps: findGaps(results, measures.all),
    notes: reading.notes,
    issues: drafts.map((d) => wordIssue(d, input.language)),
  };
}

function standingOf(
  target: Target,
  links: TargetLinks,
  input: TargetsInput,
  measures: MeasureIndex,
): TargetResult["standing"] {
  if (target.kind === "staged") return stagedStanding(target, input.fiscalYear);
  const actual =
    target.aggregate === "sum-of-measures"
      ? sumOfMeasures(target, links, measures, input.fiscalYear)
      : { value: typedActual(target, input.fiscalYear) };
  return numericStanding(target, input.fiscalYear, input.quarter, actual, input.choices);
}

function typedActual(target: Target, year: number): number | null {
  const actual = target.path.find((s) => s.year === year)?.actual;
  return actual?.kind === "number" ? (actual.value ?? null) : null;
}
