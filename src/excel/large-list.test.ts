/**
 * A 20,000-row list through Microsoft's client, as the pane writes it (with 変更履歴): each action
 * on a workbook of its own, its result read back from the emulated Excel, every request and
 * response under Excel on the web's 5 MB cap, the round trips within the add-in issue's budget of
 * ceil(total bytes / 4 MB) + 4 syncs, and below the head only the columns the action uses read.
 */
import { largeListFile } from "../../tests/builders/large-list";
import { createExcelHost, type NodeExcelHost } from "../../tests/support/excel-host";
import { assertNoGaps } from "../../tests/support/excel-host/jest";
import { attainment } from "../core/actions/attainment";
import { fill } from "../core/actions/fill";
import { readListFor, type ActionName } from "../core/actions/read-for";
import { summary } from "../core/actions/summary";
import { HISTORY_HEADER, HISTORY_SHEET, OPERATION_LABELS } from "../core/history/history";
import type { OpenedList } from "../core/list/open-list";
import { cellAddress } from "../core/port/grid";
import type { ApplyOutcome } from "../core/port/outcome";
import { newSheetGrid, type WritePlan } from "../core/port/plan";
import { createOfficeHost } from "./office-host";

// Loading 20,000 rows into the emulator and moving ~30 MB through the client takes seconds.
jest.setTimeout(120_000);

const ROWS = 20_000;
/** The seed's 32 measures, 625 times over. */
const COPIES = ROWS / 32;
/** The two header rows come back every 40 data rows: 500 printed pages. */
const PAGES = ROWS / 40;
const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };
const TIME = "2025-10-01 09:00";
const FIVE_MB = 5 * 1024 * 1024;
const FOUR_MB = 4 * 1024 * 1024;

let file: string;

beforeAll(() => {
  file = largeListFile({ rows: ROWS, kpi: "some", headerRepeats: true });
});

interface Run {
  readonly excel: NodeExcelHost;
  readonly plan: WritePlan;
  readonly outcome: ApplyOutcome;
}

/** A fresh workbook from the file (`prepare` edits it first), the action read, planned and applied with history. */
async function run(
  action: Exclude<ActionName, "check">,
  planOf: (list: OpenedList) => WritePlan,
  prepare: (excel: NodeExcelHost) => void = () => undefined,
): Promise<Run> {
  const excel = await createExcelHost({ xlsx: file });
  prepare(excel);
  const host = createOfficeHost();
  const list = await readListFor(host, action);
  if (!list.ok) throw new Error(list.error.code);
  const plan = planOf(list.value);
  const applied = await host.apply(plan, { history: { operation: OPERATION_LABELS[action], time: TIME } });
  if (!applied.ok) throw new Error(JSON.stringify(applied.error));
  return { excel, plan, outcome: applied.value };
}

/** Every payload under the cap and few round trips, whatever the list's size. */
function expectWithinBudget(excel: NodeExcelHost): void {
  const stats = excel.stats();
  expect(stats.maxRequestBytes).toBeLessThanOrEqual(FIVE_MB);
  expect(stats.maxResponseBytes).toBeLessThanOrEqual(FIVE_MB);
  excel.expectBudget({ maxSyncs: Math.ceil(stats.totalBytes / FOUR_MB) + 4 });
  assertNoGaps(excel);
}

/** The list's columns read below the head (the first 100 rows), as letters: "A:F", "N". */
function columnsReadBelowHead(excel: NodeExcelHost): Set<string> {
  return new Set(
    excel.records
      .flatMap((r) => r.reads)
      .filter((r) => r.address.startsWith("施策リスト!") && !r.address.includes("A1:"))
      .map((r) => r.address.replace(/^施策リスト!/u, "").replace(/\d+/gu, "")),
  );
}

/** 変更履歴 below its header: sheet, cell, before, after. */
function historyOf(excel: NodeExcelHost): unknown[][] {
  const [header, ...rows] = excel.snapshot(HISTORY_SHEET).values;
  expect(header).toEqual([...HISTORY_HEADER]);
  expect(rows.every((r) => r[0] === TIME)).toBe(true);
  return rows.map((r) => [r[2], r[3], r[4], r[5]]);
}

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
  expect(outcome.sheetsAdded).toEqual(["選択肢"]);
  // Weather and direction on each page's 40 rows, never on the repeated headers.
  expect(outcome.dropdowns.length).toBe(2 * PAGES);
  expect(outcome.dropdowns.every((d) => d.status === "written")).toBe(true);
  expect(outcome.dropdowns.reduce((n, d) => n + d.range.bottom - d.range.top + 1, 0)).toBe(2 * ROWS);
  expect(excel.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["施策リスト", "Visible"],
    ["選択肢", "Hidden"],
    [HISTORY_SHEET, "Hidden"],
  ]);
  expect(historyOf(excel)).toEqual([
    ["施策リスト", "N5", "晴れ", "☀"],
    ["施策リスト", "N21499", "曇り", "☁"],
    ["施策リスト", "O10740", "改善", "見直し"],
    ["選択肢", "（シート追加）", "", ""],
  ]);

  expectWithinBudget(excel);
  // Fill needs only the key columns (ids, 部, 柱, 領域, 管理項目, 天気, 方向性): A–F and N–O.
  const read = [...columnsReadBelowHead(excel)];
  expect(read.length).toBeGreaterThan(0);
  expect(read.filter((cols) => !/^(A:F|N:O|[A-FNO])$/u.test(cols))).toEqual([]);
});

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
  const added = excel.values(`施策リスト!W1:X${ROWS + 2 * PAGES + PAGES}`);
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
  expect(outcome.sheetsAdded).toEqual(["サマリー_R7Q2"]);
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
