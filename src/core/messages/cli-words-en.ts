import type { CliWords } from "./cli-words";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English: the command line's words translated, for a reader who needs them (the CLI prints ja). */
export const cliWordsEn: CliWords = {
  place: (row, column) => `row ${row}${column === null ? "" : `, column ${column}`}`,
  rowName: (row) => `row ${row}`,
  validate: {
    checked: (source, sheet, rows, headerRows) =>
      `${source}: checked ${plural(rows, "measure", "measures")} on sheet "${sheet}" (${plural(headerRows, "header row", "header rows")}${headerRows > 2 ? ", repeated per page" : ""})`,
    template: "No measure yet (a header only: a new year's template). Check again once rows are added.",
    noProblems: "No problems found.",
    severity: { error: "error", warning: "warning" },
    sheetPlace: "sheet",
    fix: (suggestion) => ` → "${suggestion}"`,
  },
  fill: {
    planned: (input, sheet) =>
      `${input}: choices planned for sheet "${sheet}" (--dry-run: nothing is written)`,
    filled: (input, output, sheet) =>
      `${input} → ${output}: choices set on sheet "${sheet}" (the input file is unchanged)`,
    newChoicesSheet: "選択肢 sheet: none → made with the default choices (hidden; unhide it to edit)",
    fields: { weather: "weather", direction: "direction" },
    noColumn: (field) => `${field}: no column, so no dropdown`,
    dropdownInPlace: (field, cells) => `${field} dropdown: ${cells} (already set, unchanged)`,
    dropdown: (field, cells, source) => `${field} dropdown: ${cells} (choices: ${source})`,
    noRewrites: "Rewritten: none (no variants)",
    rewrites: (count) => `Rewritten: ${plural(count, "value", "values")} (variant → canonical value):`,
    rewrite: (place, field, from, to) => `${place} ${field} "${from}" → "${to}"`,
    formulas: (count) =>
      `${plural(count, "cell holds", "cells hold")} a formula and ${count === 1 ? "was" : "were"} not rewritten (fix what the formula refers to):`,
    formulaCell: (cell, text) => `${cell} "${text}"`,
    unknowns: (count) =>
      `${plural(count, "value is", "values are")} not among the choices and ${count === 1 ? "stays" : "stay"} as ${count === 1 ? "it is" : "they are"} (the check reports ${count === 1 ? "it" : "them"} as errors):`,
    unknown: (place, field, value) => `${place} ${field} "${value}"`,
  },
  attainment: {
    heading: (input, output, fiscalYear, quarter) =>
      `${input} → ${output}: attainment for fiscal ${fiscalYear} (as of ${quarter})`,
    noTargetColumn: (fiscalYear) =>
      `No target column, so nothing is computed. Add "${fiscalYear}年度目標値" and "${fiscalYear}実績値" columns (baseline and direction too if you like); the output is the same as the input`,
    headersAdded: (headers) => ` (headers added: ${headers.join(", ")})`,
    placed: (header, column) => `${header} in column ${column}`,
    written: (placed, headersAdded, cells) =>
      `Wrote ${placed.join(" and ")}${headersAdded}; ${plural(cells, "cell", "cells")} changed`,
    rows: (count) => `${plural(count, "measure has", "measures have")} a target:`,
    tableHeader:
      "row  measure  baseline    target      actual      dir.  rate     grade   pace    weather guide",
    plWeather: (weather) => ` (PL: ${weather})`,
    grades: (tally) => `Grades: ${tally}`,
    uncomputable: (count) =>
      `${plural(count, "measure", "measures")} whose rate cannot be computed (rate left empty, grade "-"):`,
    paceMismatches: (count, quarter) =>
      `${plural(count, "measure's weather disagrees", "measures' weather disagrees")} with the pace (the PL's weather is kept; validate --quarter ${quarter} warns)`,
    suggestions: (count) =>
      `${plural(count, "value", "values")} found in the texts (for reference; nothing written):`,
    suggestionFields: { target: "target", actual: "actual" },
    suggestion: (place, field, value, from, source) => `${place} ${field} ${value} ← ${from} "${source}"`,
  },
  summary: {
    nothingToSummarise: (input, source) =>
      `${input}: sheet "${source}" has no measure yet, so no summary was made (and no output file)`,
    added: (input, output, sheet, source) =>
      `${input} → ${output}: added sheet "${sheet}" after "${source}" (the list itself is unchanged)`,
    measures: (quarter, measures, tally) =>
      `${quarter}, ${plural(measures, "measure", "measures")}: ${tally}`,
    direction: (tally) => `Direction: ${tally}`,
    grades: (fiscalYear, tally) => `Grades (fiscal ${fiscalYear}): ${tally}`,
    watchlist: (count) => `${plural(count, "measure", "measures")} to watch${count > 0 ? ":" : ""}`,
    paceHint: (weather) => ` (pace suggests ${weather})`,
    watched: (name, weather, hint, item, department) => `${name} ${weather}${hint} ${item} (${department})`,
    noPrevious: "Since the previous quarter: no earlier summary to compare with",
    changes: (quarter, c) =>
      `Since the previous quarter (${quarter}): weather ${c.weather}, direction ${c.direction}, added ${c.added}, removed ${c.removed}`,
    weatherMoved: (id, from, to) => `${id} weather ${from} → ${to}`,
    directionMoved: (id, from, to) => `${id} direction ${from} → ${to}`,
    measureAdded: (id) => `${id} added`,
    measureRemoved: (id) => `${id} removed`,
  },
  targets: {
    heading: (input, sheet, year, quarter, count) =>
      `${input}: ${count === 1 ? "1 target" : `${count} targets`} on the 目標 sheet "${sheet}" (fiscal ${year}, as of ${quarter})`,
    noSheet: (input) =>
      `${input}: no 目標 sheet (a table headed 項目, 現在地 and one column per fiscal year); measure-list targets ${input} --add -o <out.xlsx> adds an empty one`,
    numeric: (name, baseline, year, target, actual, rate, status) =>
      `${name}: current ${baseline} → target ${target} for ${year}, actual ${actual}, attainment ${rate} (${status})`,
    staged: (name, year, planned, reached, status) =>
      `${name}: stage for ${year} "${planned}", reached "${reached}" (${status})`,
    shares: (parts) => `by measure: ${parts}`,
    measures: (ids) => `measures: ${ids}`,
    moreMeasures: (count) => `${count} more`,
    noValue: "-",
    notes: "Notes:",
    note: (row, text) => `row ${row}: ${text}`,
    added: (input, output, sheet, after) =>
      `${input} → ${output}: added the empty 目標 sheet "${sheet}" after "${after}" (the list is unchanged)`,
    exists: (input, sheet) => `${input}: the 目標 sheet "${sheet}" is there already; nothing added`,
  },
  demo: {
    sample: (path) => `Sample: ${path} (Inzai City's reform measure list, 32 measures, as of September 2025)`,
    validate: "■ 1. Check (measure-list validate)",
    fill: "■ 2. Choices (measure-list fill)",
    attainment: (quarter) =>
      `■ 3. Attainment (measure-list attainment --quarter ${quarter}): on the sample with KPI columns (the numbers its texts state)`,
    summary: (quarter) =>
      `■ 4. Quarterly summary (measure-list summary --quarter ${quarter}): on the workbook with the rates`,
    targets: (year) =>
      `■ 5. Targets (measure-list targets --year ${year}): on the sample with a 目標 sheet (the plan's targets and the KGI)`,
    more: (lines, file) => `…${plural(lines, "more line", "more lines")} (in full: ${file})`,
    outputs: (folder, files) => `Output (${folder}/): ${files.join(", ")}`,
  },
  args: {
    noCommand:
      "Name a command (validate, fill, attainment, summary, targets, demo); measure-list --help shows how",
    unknownCommand: (command) =>
      `Unknown command "${command}" (validate, fill, attainment, summary, targets, demo)`,
    optionNotFor: (command, option) => `${command} does not take ${option}`,
    extraArgument: (argument) => `Unexpected argument "${argument}"`,
    noInput: (command) => `${command} needs an input file (.xlsx)`,
    noOutput: (command) => `${command} needs an output file: -o <out.xlsx> (the input is never changed)`,
    emptySheet: "--sheet needs a sheet name",
    emptyQuarter: "--quarter needs a quarter (e.g. R8Q2)",
    emptyBy: "--by needs the name to log as 変更者 in the change history",
    invalid: "The arguments are not right",
    unknownOption: (option) => `Unknown option "${option}"`,
    optionValue: (option) => `Option "${option}" needs a value`,
    unreadable: (detail) => `Cannot read the arguments: ${detail}`,
    emptyYear: "--year needs a fiscal year (R8, 2026年度)",
    yearUnreadable: (text) => `--year "${text}" is no fiscal year (R8, 令和8年度, 2026年度, FY2026)`,
    yearQuarterDiffer: (year, quarter) => `--year ${year} and --quarter ${quarter} name different years`,
    outputNeedsAdd: "targets takes -o only with --add (adding an empty 目標 sheet)",
  },
  unexpected: (detail) => `Stopped by an unexpected error (the input file is unchanged): ${detail}`,
};
