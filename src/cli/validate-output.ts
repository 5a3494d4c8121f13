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

/** The report a person reads in a terminal: where the list is, the counts, then one line per issue. */
export function validationText(report: ValidationReport, source: string): string {
  const lines: string[] = [];
  const headers = report.headerRows.length;
  lines.push(
    `${source}: シート「${report.sheet}」の施策 ${report.dataRows} 行を確認しました（見出し ${headers} 行${headers > 2 ? "・ページごとの繰り返しを含む" : ""}）`,
  );
  const { error, warning } = report.counts;
  if (report.dataRows === 0) {
    lines.push(
      "施策の行はまだありません（見出しだけの新しい年度のひな形です）。行を追加したら、もう一度チェックしてください。",
    );
    return lines.join("\n") + "\n";
  }
  if (error === 0 && warning === 0) {
    lines.push("問題は見つかりませんでした。");
    return lines.join("\n") + "\n";
  }
  lines.push(issueCountsText(report.counts, "ja"));
  for (const i of report.issues) lines.push(issueLine(i));
  return lines.join("\n") + "\n";
}

export function issueLine(i: Issue): string {
  const place = i.row === null ? "シート" : `${i.row}行${i.column === null ? "" : ` ${i.column}列`}`;
  const id = i.id === null ? "" : ` [${i.id}]`;
  const fix = i.suggestion === null ? "" : ` → 「${quote(i.suggestion, 60)}」`;
  return `  ${i.severity === "error" ? "エラー" : "警告"}  ${place}${id}  ${i.message}${fix}`;
}

/** One line when another sheet holds a complete list too: which one was used, why, how to pick. */
export function otherListsNote(others: OpenedList["otherLists"], used: string): string | null {
  return others === null ? null : otherListsMessage(used, others);
}
