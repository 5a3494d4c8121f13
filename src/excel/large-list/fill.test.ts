/**
 * fill on a 20,000-row list through Microsoft's client: variants a person typed made canonical,
 * a dropdown pair on each printed page, 変更履歴, the 5 MB caps and the sync budget, and only the
 * key columns read below the head.
 */
import { fill } from "../../core/actions/fill";
import { HISTORY_SHEET } from "../../core/history/history";
import {
  LARGE_TIMEOUT,
  PAGES,
  ROWS,
  columnsReadBelowHead,
  expectWithinBudget,
  historyOf,
  run,
} from "./large-list-run";

jest.setTimeout(LARGE_TIMEOUT);

test("fill: the variants a person typed are made canonical, the dropdowns cover all 20,000 rows in two per page", async () => {
  // Variants on the first, a middle and the last data row (rows 5, 10,740 and 21,499).
  const typed: [string, string, string][] = [
    ["N5", "晴れ", "☀"],
    ["O10740", "改善", "見直し"],
    ["N21499", "曇り", "☁"],
  ];
  const { excel, outcome } = await run(
    "fill",
    (list) => fill(list).plan,
    (e) => typed.forEach(([cell, variant]) => e.edit(`施策リスト!${cell}`, variant)),
  );

  // Written column by column: 天気 (N), then 今後の方向性 (O).
  expect(outcome.written.map((w) => [w.rowIndex, w.colIndex, w.before, w.after])).toEqual([
    [4, 13, "晴れ", { kind: "text", text: "☀", formulaLike: false }],
    [21498, 13, "曇り", { kind: "text", text: "☁", formulaLike: false }],
    [10739, 14, "改善", { kind: "text", text: "見直し", formulaLike: false }],
  ]);
  for (const [cell, , canonical] of typed) expect(excel.values(`施策リスト!${cell}`)).toEqual([[canonical]]);
  expect(outcome.changed).toEqual([]);
  expect(outcome.sheetsAdded.map((m) => m.name)).toEqual(["選択肢"]);
  // Weather and direction on each page's 40 rows, never on the repeated headers.
  expect(outcome.dropdowns.length).toBe(2 * PAGES);
  expect(outcome.dropdowns.every((d) => d.status === "written")).toBe(true);
  expect(outcome.dropdowns.reduce((n, d) => n + d.range.bottom - d.range.top + 1, 0)).toBe(2 * ROWS);
  expect(excel.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["施策リスト", "Visible"],
    ["選択肢", "Hidden"],
    [HISTORY_SHEET, "Hidden"],
  ]);
  // The sheet first, as the write added it before the cells; then each cell.
  expect(historyOf(excel)).toEqual([
    ["選択肢", "（シート追加）", "", ""],
    ["施策リスト", "N5", "晴れ", "☀"],
    ["施策リスト", "N21499", "曇り", "☁"],
    ["施策リスト", "O10740", "改善", "見直し"],
  ]);

  expectWithinBudget(excel);
  // Fill needs only the key columns (ids, 部, 柱, 領域, 管理項目, 天気, 方向性): A–F and N–O.
  const read = [...columnsReadBelowHead(excel)];
  expect(read.length).toBeGreaterThan(0);
  expect(read.filter((cols) => !/^(A:F|N:O|[A-FNO])$/u.test(cols))).toEqual([]);
});
