/**
 * 目標シートを追加 as the pane's button runs it (what `npm run excel-host -- --action targets-sheet`
 * runs), on the sample in the emulated Excel through Microsoft's client: the sheet added after
 * the list and logged, a second press told the sheet is there, and an undo that takes it away.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runActions } from "../support/excel-host/run-action";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx"));
const R8Q2 = { fiscalYear: 8, quarter: 2 } as const;
const NOW = new Date(2026, 9, 1, 9, 0);

jest.setTimeout(60_000);

test("added and logged once, refused with a sentence the second time, taken away by undo", async () => {
  const { report, excel } = await runActions({
    xlsx: SAMPLE,
    actions: ["targets-sheet", "targets-sheet", "undo"],
    quarter: R8Q2,
    now: NOW,
    by: "行革 花子",
  });
  const [added, again] = report.before;
  expect([added.outcome, added.sheetsAdded, added.history]).toEqual([
    "written",
    ["目標"],
    [["2026-10-01 09:00", "目標シートの追加", "目標", "（シート追加）", "", "", "行革 花子"]],
  ]);
  expect([again.outcome, again.message, again.history]).toEqual([
    "notice",
    "このブックにはすでに目標の表があります（シート「目標」）。作業ウィンドウで「読み込み直す」を押してください。",
    [],
  ]);
  expect([report.outcome, report.sheetsRemoved]).toEqual(["written", ["目標"]]);
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["施策リスト", "変更履歴"]);
});
