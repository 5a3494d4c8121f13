import type { Language } from "./messages";
import { cliWordsEn } from "./cli-words-en";
import { cliWordsJa } from "./cli-words-ja";

/**
 * What the command line says: each command's report, the demo's headings and the one-line reasons
 * it cannot run. The CLI speaks Japanese and reads the ja table; the en table is its translation,
 * kept whole by the types (a missing sentence does not compile).
 */
export interface CliWords {
  /** Where a cell is: `60行 N列`, or `60行` when the column does not matter. */
  readonly place: (row: number, column: string | null) => string;
  /** A measure with no id, by its sheet row: `60行目`. */
  readonly rowName: (row: number) => string;
  readonly validate: ValidateWords;
  readonly fill: FillWords;
  readonly attainment: AttainmentWords;
  readonly summary: SummaryWords;
  readonly targets: TargetsCliWords;
  readonly demo: DemoWords;
  readonly args: ArgsWords;
  readonly unexpected: (detail: string) => string;
}

export interface ValidateWords {
  readonly checked: (source: string, sheet: string, rows: number, headerRows: number) => string;
  readonly template: string;
  readonly noProblems: string;
  readonly severity: { readonly error: string; readonly warning: string };
  /** An issue about the whole sheet (a missing column) has no row. */
  readonly sheetPlace: string;
  readonly fix: (suggestion: string) => string;
}

export interface FillWords {
  readonly planned: (input: string, sheet: string) => string;
  readonly filled: (input: string, output: string, sheet: string) => string;
  readonly newChoicesSheet: string;
  readonly fields: { readonly weather: string; readonly direction: string };
  readonly noColumn: (field: string) => string;
  readonly dropdownInPlace: (field: string, cells: string) => string;
  readonly dropdown: (field: string, cells: string, source: string) => string;
  readonly noRewrites: string;
  readonly rewrites: (count: number) => string;
  readonly rewrite: (place: string, field: string, from: string, to: string) => string;
  readonly formulas: (count: number) => string;
  readonly formulaCell: (cell: string, text: string) => string;
  readonly unknowns: (count: number) => string;
  readonly unknown: (place: string, field: string, value: string) => string;
}

export interface AttainmentWords {
  readonly heading: (input: string, output: string, fiscalYear: string, quarter: string) => string;
  readonly noTargetColumn: (fiscalYear: string) => string;
  /** `headers` are the header names as the sheet has them (達成率, 達成度). */
  readonly headersAdded: (headers: readonly string[]) => string;
  readonly placed: (header: string, column: string) => string;
  readonly written: (placed: readonly string[], headersAdded: string, cells: number) => string;
  readonly rows: (count: number) => string;
  readonly tableHeader: string;
  readonly plWeather: (weather: string) => string;
  readonly grades: (tally: string) => string;
  readonly uncomputable: (count: number) => string;
  readonly paceMismatches: (count: number, quarter: string) => string;
  readonly suggestions: (count: number) => string;
  readonly suggestionFields: { readonly target: string; readonly actual: string };
  readonly suggestion: (place: string, field: string, value: string, from: string, source: string) => string;
}

export interface SummaryWords {
  readonly nothingToSummarise: (input: string, source: string) => string;
  readonly added: (input: string, output: string, sheet: string, source: string) => string;
  readonly measures: (quarter: string, measures: number, tally: string) => string;
  readonly direction: (tally: string) => string;
  readonly grades: (fiscalYear: string, tally: string) => string;
  readonly watchlist: (count: number) => string;
  readonly paceHint: (weather: string) => string;
  readonly watched: (name: string, weather: string, hint: string, item: string, department: string) => string;
  readonly noPrevious: string;
  readonly changes: (
    quarter: string,
    counts: { weather: number; direction: number; added: number; removed: number },
  ) => string;
  readonly weatherMoved: (id: string, from: string, to: string) => string;
  readonly directionMoved: (id: string, from: string, to: string) => string;
  readonly measureAdded: (id: string) => string;
  readonly measureRemoved: (id: string) => string;
}

export interface DemoWords {
  readonly sample: (path: string) => string;
  readonly validate: string;
  readonly fill: string;
  readonly attainment: (quarter: string) => string;
  readonly summary: (quarter: string) => string;
  readonly targets: (year: string) => string;
  readonly more: (lines: number, file: string) => string;
  readonly outputs: (folder: string, files: readonly string[]) => string;
}

export interface ArgsWords {
  readonly noCommand: string;
  readonly unknownCommand: (command: string) => string;
  readonly optionNotFor: (command: string, option: string) => string;
  readonly extraArgument: (argument: string) => string;
  readonly noInput: (command: string) => string;
  readonly noOutput: (command: string) => string;
  readonly emptySheet: string;
  readonly emptyQuarter: string;
  readonly emptyBy: string;
  readonly invalid: string;
  readonly unknownOption: (option: string) => string;
  readonly optionValue: (option: string) => string;
  readonly unreadable: (detail: string) => string;
  readonly emptyYear: string;
  readonly yearUnreadable: (text: string) => string;
  readonly yearQuarterDiffer: (year: string, quarter: string) => string;
  readonly outputNeedsAdd: string;
}

/** `measure-list targets`: the 目標 sheet's standing, and adding an empty one (issue 17). */
export interface TargetsCliWords {
  readonly heading: (input: string, sheet: string, year: number, quarter: string, count: number) => string;
  readonly noSheet: (input: string) => string;
  /** A numeric target: 現在地 → the year's target, the actual, 達成率 and status. */
  readonly numeric: (
    name: string,
    baseline: string,
    year: number,
    target: string,
    actual: string,
    rate: string,
    status: string,
  ) => string;
  readonly staged: (name: string, year: number, planned: string, reached: string, status: string) => string;
  readonly shares: (parts: string) => string;
  readonly measures: (ids: string) => string;
  /** After the first measures of a long list: 「ほか 2,490 件」. */
  readonly moreMeasures: (count: number) => string;
  readonly noValue: string;
  readonly notes: string;
  readonly note: (row: number, text: string) => string;
  readonly added: (input: string, output: string, sheet: string, after: string) => string;
  readonly exists: (input: string, sheet: string) => string;
}

const WORDS: Record<Language, CliWords> = { ja: cliWordsJa, en: cliWordsEn };

export function cliWords(language: Language): CliWords {
  return WORDS[language];
}
