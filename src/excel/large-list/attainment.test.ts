/**
 * attainment on a 20,000-row list through Microsoft's client: 達成率 and 達成度 on every row with a
 * target and a header on every page, each cell read back and logged in 変更履歴, within the 5 MB
 * caps and the sync budget, 目的 never read below the head.
 */
import { attainment } from "../../core/actions/attainment";
import {
  COPIES,
  LARGE_TIMEOUT,
  PAGES,
  R7Q2,
  columnsReadBelowHead,
  expectWithinBudget,
  historyOf,
  run,
} from "./large-list-run";

jest.setTimeout(LARGE_TIMEOUT);

test("attainment: 達成率 and 達成度 on every row with a target and a header on every page, each cell in 変更履歴", async () => {
  const { excel, plan, outcome } = await run("attainment", (list) => attainment(list, R7Q2).plan);

  // Per copy of the seed: 6 measures with an R7 target, 4 of them with a rate (the other 2 grade "-").
  const count = (purpose: string, field: string) =>
    outcome.written.filter((w) => w.purpose === purpose && w.field === field).length;
  expect([
    count("header", "attainmentRate"),
    count("header", "grade"),
    count("attainment", "attainmentRate"),
    count("attainment", "grade"),
  ]).toEqual([PAGES, PAGES, 4 * COPIES, 6 * COPIES]);
  expect(outcome.written.length).toBe(
    plan.runs.flatMap((r) => r.values.flat()).filter((v) => v.kind !== "empty").length,
  );
  expect(outcome.changed).toEqual([]);
  expect(outcome.sheetsAdded).toEqual([]);
  // A1-4 (row 8): 28 of 60 improvements (the core keeps 12 significant digits).
  expect(excel.values("施策リスト!W8:X8")).toEqual([[expect.closeTo(28 / 60, 12), "D"]]);
  // Every cell written is read back as planned, in the two columns added after the KPI (W, X).
  const lastRow = Math.max(...outcome.written.map((w) => w.rowIndex)) + 1;
  const added = excel.values(`施策リスト!W1:X${lastRow}`);
  const misses = outcome.written.filter(
    (w) =>
      added[w.rowIndex][w.colIndex - 22] !==
      (w.after.kind === "number" ? w.after.value : w.after.kind === "text" ? w.after.text : ""),
  );
  expect(misses).toEqual([]);
  const history = historyOf(excel);
  expect(history.length).toBe(outcome.written.length);
  expect(history[0]).toEqual(["施策リスト", "W4", "", "達成率"]);
  expect(history[history.length - 1]).toEqual(["施策リスト", "X21499", "", "-"]);

  expectWithinBudget(excel);
  // No rule or rate uses 目的 (G) below the head.
  expect([...columnsReadBelowHead(excel)].filter((cols) => cols.includes("G"))).toEqual([]);
});
