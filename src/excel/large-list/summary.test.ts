/**
 * summary on a 20,000-row list through Microsoft's client: the R7Q2 sheet counting every measure,
 * read back cell for cell with its merges, logged in 変更履歴, within the 5 MB caps and the sync
 * budget.
 */
import { summary } from "../../core/actions/summary";
import { HISTORY_SHEET } from "../../core/history/history";
import { cellAddress } from "../../core/port/grid";
import { newSheetGrid } from "../../core/port/plan";
import { COPIES, LARGE_TIMEOUT, NOW, R7Q2, ROWS, expectWithinBudget, historyOf, run } from "./large-list-run";

jest.setTimeout(LARGE_TIMEOUT);

test("summary: the sheet for R7Q2 counts all 20,000 measures and arrives as planned; 変更履歴 logs the sheet", async () => {
  let report: ReturnType<typeof summary>["report"] | undefined;
  const { excel, plan, outcome } = await run("summary", (list) => {
    const made = summary(list, { quarter: R7Q2, now: NOW });
    report = made.report;
    return made.plan;
  });

  expect(report?.model?.measures).toBe(ROWS);
  const weather = report?.model?.weather ?? {};
  expect(Object.values(weather).reduce((n, c) => n + c, 0)).toBe(ROWS);
  expect(Object.values(weather).every((c) => c % COPIES === 0)).toBe(true);
  expect(outcome.sheetsAdded.map((m) => m.name)).toEqual(["サマリー_R7Q2"]);
  expect(outcome.written).toEqual([]);
  expect(outcome.changed).toEqual([]);
  // The sheet Excel now has is the one planned, cell for cell, merges included.
  const planned = newSheetGrid(plan.newSheets[0]);
  const got = excel.snapshot("サマリー_R7Q2");
  expect(got.values.length).toBe(planned.rows.length);
  const misses = got.values.flatMap((row, r) =>
    row.flatMap((value, c) => ((planned.rows[r]?.[c] ?? "") === value ? [] : [cellAddress(r, c)])),
  );
  expect(misses).toEqual([]);
  expect([...got.merges].sort()).toEqual(
    planned.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort(),
  );
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["施策リスト", "サマリー_R7Q2", HISTORY_SHEET]);
  expect(historyOf(excel)).toEqual([["サマリー_R7Q2", "（シート追加）", "", ""]]);

  expectWithinBudget(excel);
});
