import { cliWords } from "../core/messages/cli-words";
import { issueCountsText } from "../core/messages/counts";
import type { OpenedList } from "../core/list/open-list";
import { otherListsMessage } from "../core/messages/notes";
import type { Issue } from "../core/validation/issues";
import { quote } from "../core/messages/messages-ja";
import type { ValidationReport } from "../core/validation/validate";

/** The validate JSON of §9, exactly: nothing more, nothing less. */
export function validationJson(report: ValidationReport): object {
  return {
    sheet: report.sheet,
    headerRows: report.headerRows,
    dataRows: report.dataRows,
    columns: report.columns,
    issues: report.issues.map(issueJson),
    counts: { error: report.counts.error, warning: report.counts.warning },
  };
}

export function issueJson(i: Issue): object {
  return {
    row: i.row,
    column: i.column,
    field: i.field,
    id: i.id,
    code: i.code,
    severity: i.severity,
    message: i.message,
    value: i.value,
    suggestion: i.suggestion,
  };
}

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja");

/** The report a person reads in a terminal: where the list is, the counts, then one line per issue. */
export function validationText(report: ValidationReport, source: string): string {
  const w = WORDS.validate;
  const lines = [w.checked(source, report.sheet, report.dataRows, report.headerRows.length)];
  const { error, warning } = report.counts;
  if (report.dataRows === 0) {
    lines.push(w.template);
    return lines.join("\n") + "\n";
  }
  if (error === 0 && warning === 0) {
    lines.push(w.noProblems);
    return lines.join("\n") + "\n";
  }
  lines.push(issueCountsText(report.counts, "ja"));
  for (const i of report.issues) lines.push(issueLine(i));
  return lines.join("\n") + "\n";
}

export function issueLine(i: Issue): string {
  const w = WORDS.validate;
  const place = i.row === null ? w.sheetPlace : WORDS.place(i.row, i.column);
  const fix = i.suggestion === null ? "" : w.fix(quote(i.suggestion, 60));
  return `  ${w.severity[i.severity]}  ${place}${idTag(i.id)}  ${i.message}${fix}`;
}

/** A measure's id after its place, ` [A1-1]`, or nothing. */
export function idTag(id: string | null): string {
  return id ? ` [${id}]` : "";
}

/** One line when another sheet holds a complete list too: which one was used, why, how to pick. */
export function otherListsNote(others: OpenedList["otherLists"], used: string): string | null {
  return others === null ? null : otherListsMessage(used, others);
}
