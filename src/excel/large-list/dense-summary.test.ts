/**
 * The summary of a 20,000-row list with one header row and a KPI on every row: its compare reads
 * the whole list again (the summary is made from all of it), the sheet goes in pieces under 5 MB,
 * and its undo takes away the sheet the tool made, known by its identity.
 */
import { summary } from "../../core/actions/summary";
import { applyWrite, prepareUndo } from "../../taskpane/session/write-flow";
import {
  BY,
  DENSE,
  LARGE_TIMEOUT,
  NOW,
  R7Q2,
  ROWS,
  TIME,
  expectWithinBudget,
  historyOf,
  run,
} from "./large-list-run";

jest.setTimeout(LARGE_TIMEOUT);

test("summary on a KPI in every row: the whole list compared, the sheet written under 5 MB; then its undo", async () => {
  const { excel, host, outcome } = await run(
    "summary",
    (list) => summary(list, { quarter: R7Q2, now: NOW }).plan,
    undefined,
    DENSE,
  );
  expect(outcome.interrupted).toBeUndefined();
  expect(outcome.sheetsKept).toEqual([]);
  expect(outcome.sheetsAdded.map((m) => m.name)).toEqual(["サマリー_R7Q2"]);
  expect(excel.snapshot("サマリー_R7Q2").values[2]?.[0]).toBeDefined();
  expect(historyOf(excel)).toEqual([["サマリー_R7Q2", "（シート追加）", "", ""]]);
  // Just before writing, the list's 20,000 rows were read again, in requests under the cap: the
  // syncs of the write's own Excel.run before its first piece.
  const first = excel.records.findIndex((r) => r.writes.length > 0);
  let start = first;
  while (start > 0 && excel.records[start - 1].kind === "sync") start--;
  const compare = excel.records.slice(start, first);
  const rowsRead = compare
    .flatMap((r) => r.reads)
    .filter((a) => a.address.startsWith("施策リスト!"))
    .map((a) => /(\d+):[A-Z]+(\d+)$/u.exec(a.address))
    .reduce((n, m) => (m ? Math.max(n, Number(m[2])) : n), 0);
  expect(rowsRead).toBeGreaterThan(ROWS);
  expectWithinBudget(excel);

  excel.clearRecords();
  const prepared = await prepareUndo(host, { operation: "summary", outcome }, "ja");
  if ("failed" in prepared) throw new Error(prepared.failed);
  const undone = await applyWrite(host, prepared.request, { time: TIME, by: BY });
  if (undone.kind !== "written") throw new Error(undone.kind);
  expect(undone.outcome.sheetsRemoved.map((m) => m.name)).toEqual(["サマリー_R7Q2"]);
  expect(excel.workbook.sheets.map((s) => s.name)).not.toContain("サマリー_R7Q2");
  expectWithinBudget(excel);
});
