/**
 * The densest write a 20,000-row list asks for: one header row and a KPI on every row, so 達成率
 * writes 40,000 cells and as many 変更履歴 rows, then its undo reads all of them back for its
 * preview and puts them back. Each request and response stays under Excel on the web's 5 MB, the
 * history rows ride with their cells, and the log ends equal to what changed.
 */
import { attainment } from "../../core/actions/attainment";
import type { CellValue } from "../../core/port/grid";
import { runCellCount, stillHolds } from "../../core/port/plan";
import { applyWrite, prepareUndo } from "../../taskpane/session/write-flow";
import {
  BY,
  DENSE,
  LARGE_TIMEOUT,
  R7Q2,
  ROWS,
  TIME,
  expectWithinBudget,
  historyOf,
  run,
} from "./large-list-run";

jest.setTimeout(LARGE_TIMEOUT);

test("attainment on a KPI in every row: 40,000 cells in pieces under 5 MB, each with its 変更履歴 rows; then its undo", async () => {
  const { excel, host, plan, outcome } = await run(
    "attainment",
    (list) => attainment(list, R7Q2).plan,
    undefined,
    DENSE,
  );
  expect(outcome.interrupted).toBeUndefined();
  expect(outcome.changed).toEqual([]);
  // Every planned cell (達成率 and 達成度 on every row whose values change, and the two headers).
  expect(plan.runs.every((r) => r.values.length <= ROWS)).toBe(true);
  expect(outcome.written.length).toBe(runCellCount(plan.runs));
  expect(outcome.written.length).toBeGreaterThan(ROWS);
  expect(outcome.history).toBe(outcome.written.length);
  const history = historyOf(excel);
  expect(history.length).toBe(outcome.written.length);
  const pieces = excel.records.filter((r) => r.writes.length > 0);
  expect(pieces.length).toBeGreaterThan(1);
  expectWithinBudget(excel);

  // The undo's preview reads all 40,002 cells back (in requests under the cap), then puts them back.
  excel.clearRecords();
  const entry = { operation: "attainment" as const, outcome };
  const prepared = await prepareUndo(host, entry, "ja");
  if ("failed" in prepared) throw new Error(prepared.failed);
  expect(prepared.keeps).toEqual([]);
  const undone = await applyWrite(host, prepared.request, { time: TIME, by: BY });
  if (undone.kind !== "written") throw new Error(undone.kind);
  expect(undone.outcome.interrupted).toBeUndefined();
  expect(undone.outcome.written.length).toBe(outcome.written.length);
  const last = Math.max(...outcome.written.map((w) => w.rowIndex)) + 1;
  const cols = excel.values(`施策リスト!W1:X${last}`);
  const left = outcome.written.filter(
    (w) => !stillHolds(cellValue(cols[w.rowIndex][w.colIndex - 22]), w.before),
  );
  expect(left).toEqual([]);
  // Both logged: the rates, then their undo.
  expect(historyOf(excel).length).toBe(2 * outcome.written.length);
  expectWithinBudget(excel);
});

function cellValue(v: unknown): CellValue {
  return v === "" || v === undefined ? null : (v as CellValue);
}
