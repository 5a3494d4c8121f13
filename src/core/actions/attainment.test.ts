import {
  listSheet,
  SEED_COLUMNS,
  seedRow,
  workbookOf,
  type ListSheetSpec,
  type ColumnSpec,
  type RowValues,
  kpiColumns,
} from "../../../tests/builders/list-sheet";
import { attainment, RATE_FORMAT, type AttainmentActionReport } from "./attainment";
import type { Quarter } from "../calendar/fiscal-calendar";
import { cellAddress, LAST_COLUMN } from "../port/grid";
import { openList, type OpenedList } from "../list/open-list";
import { unplacedColumnsMessage } from "../messages/notes";
import type { PlannedValue } from "../port/plan";
import { cellsOf, type CellWrite } from "../port/runs";
import type { BuiltSheet } from "../../../tests/builders/list-sheet";

/** The action's report, with its plan's cells one by one in reading order (row by row). */
type AttainmentPlan = AttainmentActionReport & {
  readonly report: AttainmentActionReport;
  readonly cells: readonly CellWrite[];
};

function planAttainment(list: OpenedList, quarter: Quarter): AttainmentPlan {
  const { report, plan } = attainment(list, quarter);
  const cells = cellsOf(plan.runs).sort((a, b) => a.rowIndex - b.rowIndex || a.col - b.col);
  return { ...report, report, cells };
}

const R8Q2: Quarter = { fiscalYear: 8, quarter: 2 };

const KPI_COLUMNS = kpiColumns();

/** Seed 004's three targets on seed rows, and A1-1 without a target. */
const ROWS: readonly RowValues[] = [
  seedRow("B1-4", {
    kpiName: "A4コピー用紙購入枚数",
    unit: "枚",
    baseline: "4,600,000枚",
    targetR8: "4,480,000枚",
    actualR8: "4,540,000枚",
    polarity: "減少",
  }),
  seedRow("A1-1", { kpiName: "書かない窓口の実装拠点数", unit: "拠点" }),
  seedRow("B1-5b", {
    kpiName: "テレワーク実施率",
    unit: "%",
    baseline: "11%",
    targetR8: "20%",
    actualR8: "29%",
  }),
  seedRow("B1-3", {
    kpiName: "文書管理システムの電子決裁（発意起案）",
    unit: "%",
    baseline: 0.84,
    targetR8: 1,
    actualR8: null,
  }),
];

function opened(spec: ListSheetSpec): OpenedList {
  return openedFrom(listSheet(spec));
}

function openedFrom(sheet: BuiltSheet): OpenedList {
  const result = openList(workbookOf(sheet));
  if (!result.ok) throw new Error(`no list: ${result.error.code}`);
  return result.value;
}

const plan = (spec: ListSheetSpec) =>
  planAttainment(opened({ columns: KPI_COLUMNS, rows: ROWS, ...spec }), R8Q2);

function show(value: PlannedValue): string | number | null {
  if (value.kind === "text") return value.text;
  return value.kind === "number" ? Math.round(value.value * 10_000) / 10_000 : null;
}

/** `[address, value]` of every planned cell, in plan order. */
function cells(p: AttainmentPlan): [string, string | number | null][] {
  return p.cells.map((c) => [cellAddress(c.rowIndex, c.col), show(c.value)]);
}

describe("planAttainment", () => {
  test("new 達成率 and 達成度 columns go right after the KPI columns (W, X)", () => {
    const p = plan({});
    expect(p.noTargetColumn).toBe(false);
    expect(p.columns).toEqual({ rate: 22, grade: 23, created: ["attainmentRate", "grade"], unplaced: [] });
    expect(cells(p)).toEqual([
      ["W2", "達成率"],
      ["X2", "達成度"],
      ["W3", 0.5],
      ["X3", "C"],
      ["W5", 2],
      ["X5", "A"],
      ["X6", "-"],
    ]);
  });

  test("rate cells are numbers formatted as %, grade cells text, headers styled as headers", () => {
    const p = plan({});
    expect(
      p.cells.map((c) => [cellAddress(c.rowIndex, c.col), c.value.kind, c.field, c.purpose, c.style]),
    ).toEqual([
      ["W2", "text", "attainmentRate", "header", "like-left-header"],
      ["X2", "text", "grade", "header", "like-left-header"],
      ["W3", "number", "attainmentRate", "attainment", undefined],
      ["X3", "text", "grade", "attainment", undefined],
      ["W5", "number", "attainmentRate", "attainment", undefined],
      ["X5", "text", "grade", "attainment", undefined],
      ["X6", "text", "grade", "attainment", undefined],
    ]);
    const numbers = p.cells.flatMap((c) => (c.value.kind === "number" ? [c.value] : []));
    expect(numbers.map((v) => [show(v), v.format])).toEqual([
      [0.5, RATE_FORMAT],
      [2, RATE_FORMAT],
    ]);
    expect(RATE_FORMAT).toBe("0.0%");
    expect(new Set(p.cells.map((c) => c.sheet))).toEqual(new Set(["施策リスト"]));
    expect(p.cells.every((c) => c.expected === null)).toBe(true);
  });

  test("rows without a target are not touched, even when something is written there", () => {
    const rows = ROWS.map((r, i) => (i === 1 ? { ...r, rate: "対象外" } : r));
    const columns = [...KPI_COLUMNS, { key: "rate", header: "達成率" }];
    const p = plan({ columns, rows });
    expect(p.cells.filter((c) => c.rowIndex === 3)).toEqual([]);
  });

  test("the report is the one the plan wrote from", () => {
    const p = plan({});
    expect(p.report.rows.map((r) => [r.row, r.id, r.grade])).toEqual([
      [3, "B1-4", "C"],
      [5, "B1-5b", "A"],
      [6, "B1-3", "-"],
    ]);
    expect(p.report.grades).toEqual({ A: 1, B: 0, C: 1, D: 0, "-": 1 });
  });

  test("several header blocks: a header cell in every block's column row", () => {
    const p = plan({ blockSize: 2, titleRows: ["業務改革施策リスト（令和8年9月末時点）"] });
    // Title row 1, blank 2; block 1: header 3–4, data 5–6; blank 7; block 2: header 8–9, data 10–11.
    expect(cells(p)).toEqual([
      ["W4", "達成率"],
      ["X4", "達成度"],
      ["W5", 0.5],
      ["X5", "C"],
      ["W9", "達成率"],
      ["X9", "達成度"],
      ["W10", 2],
      ["X10", "A"],
      ["X11", "-"],
    ]);
  });

  test("a column holding anything on any list row is skipped: a memo written on one row", () => {
    const columns = [...KPI_COLUMNS, { key: "memo", header: "" }];
    const rows = ROWS.map((r, i) => (i === 3 ? { ...r, memo: "R8Q3に集計予定" } : r));
    const p = plan({ columns, rows, blockSize: 2 });
    expect(p.columns).toEqual({ rate: 23, grade: 24, created: ["attainmentRate", "grade"], unplaced: [] });
  });

  test("a 備考 column with a header is skipped, even with no memo in it", () => {
    const columns = [...KPI_COLUMNS, { key: "memo", header: "備考" }];
    expect(plan({ columns }).columns).toEqual({
      rate: 23,
      grade: 24,
      created: ["attainmentRate", "grade"],
      unplaced: [],
    });
  });

  test("a column under a merged group cell is skipped even where its own cells are empty", () => {
    const columns = [
      ...KPI_COLUMNS,
      { key: "note", header: "担当者", group: "その他" },
      { key: "blank", header: "", group: "その他" },
    ];
    const p = plan({ columns });
    expect(p.columns).toEqual({ rate: 24, grade: 25, created: ["attainmentRate", "grade"], unplaced: [] });
  });

  test("text above the list (a title row) does not take a column", () => {
    const sheet = listSheet({ columns: KPI_COLUMNS, rows: ROWS, titleRows: ["業務改革施策リスト"] });
    const rows = sheet.rows.map((r, i) =>
      i === 0 ? [...r, ...Array<null>(21).fill(null), "作成: DX推進課"] : r,
    );
    expect(rows[0][22]).toBe("作成: DX推進課");
    expect(planAttainment(openedFrom({ ...sheet, rows }), R8Q2).columns).toEqual({
      rate: 22,
      grade: 23,
      created: ["attainmentRate", "grade"],
      unplaced: [],
    });
  });

  test("KPI columns in the middle of the list: the first free column after them", () => {
    const columns = [...SEED_COLUMNS.slice(0, 12), ...KPI_COLUMNS.slice(16), ...SEED_COLUMNS.slice(12)];
    const p = plan({ columns });
    expect(p.columns).toEqual({ rate: 22, grade: 23, created: ["attainmentRate", "grade"], unplaced: [] });
  });

  test("an existing 達成率 column is reused; only 達成度 is added, after it", () => {
    const columns = [...KPI_COLUMNS, { key: "memo", header: "備考" }, { key: "rate", header: "達成率" }];
    const rows = ROWS.map((r, i) => (i === 0 ? { ...r, rate: 0.25 } : r));
    const p = plan({ columns, rows });
    expect(p.columns).toEqual({ rate: 23, grade: 24, created: ["grade"], unplaced: [] });
    expect(cells(p)).toEqual([
      ["Y2", "達成度"],
      ["X3", 0.5],
      ["Y3", "C"],
      ["X5", 2],
      ["Y5", "A"],
      ["Y6", "-"],
    ]);
    expect(p.cells.find((c) => c.rowIndex === 2 && c.col === 23)?.expected).toBe(0.25);
  });

  test("an existing 達成度 column before the KPI columns is reused where it is", () => {
    const columns = [...SEED_COLUMNS, { key: "grade", header: "達成度" }, ...KPI_COLUMNS.slice(16)];
    const p = plan({ columns });
    expect(p.columns).toEqual({ rate: 23, grade: 16, created: ["attainmentRate"], unplaced: [] });
  });

  test("a stale rate where none can be computed is cleared", () => {
    const columns = [...KPI_COLUMNS, { key: "rate", header: "達成率" }, { key: "grade", header: "達成度" }];
    const rows = ROWS.map((r, i) => (i === 3 ? { ...r, rate: 0.9, grade: "B" } : r));
    const p = plan({ columns, rows });
    expect(
      p.cells
        .filter((c) => c.rowIndex === 5)
        .map((c) => [cellAddress(c.rowIndex, c.col), c.value, c.expected]),
    ).toEqual([
      ["W6", { kind: "empty" }, 0.9],
      // 「-」 starts like a formula: marked, so every host writes it as the text it is.
      ["X6", { kind: "text", text: "-", formulaLike: true }, "B"],
    ]);
  });

  test("a second plan over the values already in place plans nothing", () => {
    const columns = [...KPI_COLUMNS, { key: "rate", header: "達成率" }, { key: "grade", header: "達成度" }];
    const placed = [
      { rate: 0.5, grade: "C" },
      {},
      { rate: (0.29 - 0.11) / (0.2 - 0.11), grade: "A" },
      { rate: null, grade: "-" },
    ];
    const rows = ROWS.map((r, i) => ({ ...r, ...placed[i] }));
    const p = plan({ columns, rows, blockSize: 2 });
    expect(p.columns).toEqual({ rate: 22, grade: 23, created: [], unplaced: [] });
    expect(p.cells).toEqual([]);
  });

  test("a row whose numbers are out of range: no rate, grade -, an out-of-range issue; the others are written", () => {
    const rows = [ROWS[0], seedRow("A1-4", { baseline: -1e308, targetR8: 1e308, actualR8: 1e308 })];
    const p = plan({ rows });
    expect(p.issues.map((i) => [i.row, i.field, i.code])).toEqual([[4, "target[R8]", "out-of-range"]]);
    expect(p.rows.map((r) => [r.id, r.rate, r.grade, r.pace])).toEqual([
      ["B1-4", 0.5, "C", 1],
      ["A1-4", null, "-", null],
    ]);
    expect(cells(p)).toEqual([
      ["W2", "達成率"],
      ["X2", "達成度"],
      ["W3", 0.5],
      ["X3", "C"],
      ["X4", "-"],
    ]);
  });

  test("a list with no target column: noTargetColumn, nothing planned", () => {
    const p = planAttainment(opened({ rows: ROWS }), R8Q2);
    expect([p.noTargetColumn, p.columns, p.cells]).toEqual([true, null, []]);
    expect(p.report.rows).toEqual([]);
  });

  test("an actual column alone is not enough", () => {
    const columns = [...SEED_COLUMNS, { key: "actualR8", header: "R8実績値" }];
    expect(plan({ columns }).noTargetColumn).toBe(true);
  });

  test("a target column for another year still places the columns; no row has an R8 target", () => {
    const columns = [...SEED_COLUMNS, { key: "targetR7", header: "R7年度目標値" }];
    const rows = [seedRow("A1-4", { targetR7: 60 })];
    const p = plan({ columns, rows });
    expect([p.noTargetColumn, p.columns]).toEqual([
      false,
      { rate: 17, grade: 18, created: ["attainmentRate", "grade"], unplaced: [] },
    ]);
    expect(cells(p)).toEqual([
      ["R2", "達成率"],
      ["S2", "達成度"],
    ]);
  });
});

describe("no room right of the last column (XFD)", () => {
  const KPI = KPI_COLUMNS.slice(SEED_COLUMNS.length);
  /** The seed columns, then `header` over every column up to the KPI columns, which end at XFD. */
  const atTheEdge = (header: string, extra: readonly ColumnSpec[] = []): ColumnSpec[] => {
    const fill = LAST_COLUMN + 1 - SEED_COLUMNS.length - extra.length - KPI.length;
    const between = Array.from({ length: fill }, (_, i) => ({ key: `x${i}`, header }));
    return [...SEED_COLUMNS, ...extra, ...between, ...KPI];
  };
  const beyond = (p: AttainmentPlan) => p.cells.filter((c) => c.col > LAST_COLUMN);

  test("the KPI columns end at XFD: new columns go after the list's other columns (Q, R)", () => {
    const columns = atTheEdge("");
    expect(cellAddress(0, columns.length - 1)).toBe("XFD1");
    const p = plan({ columns });
    expect(p.columns).toEqual({ rate: 16, grade: 17, created: ["attainmentRate", "grade"], unplaced: [] });
    expect(cells(p)).toEqual([
      ["Q2", "達成率"],
      ["R2", "達成度"],
      ["Q3", 0.5],
      ["R3", "C"],
      ["Q5", 2],
      ["R5", "A"],
      ["R6", "-"],
    ]);
    expect(beyond(p)).toEqual([]);
  });

  test("no free column anywhere right of the list: nothing is added and the report says why", () => {
    const p = plan({ columns: atTheEdge("備考") });
    expect([p.columns, p.cells, p.rows.map((r) => r.grade)]).toEqual([
      { rate: null, grade: null, created: [], unplaced: ["attainmentRate", "grade"] },
      [],
      ["C", "A", "-"],
    ]);
  });

  test("no room for 達成度, but the list has a 達成率 column: the rates are still written", () => {
    const columns = atTheEdge("備考", [{ key: "rate", header: "達成率" }]);
    const p = plan({ columns });
    expect(p.columns).toEqual({ rate: 16, grade: null, created: [], unplaced: ["grade"] });
    expect(cells(p)).toEqual([
      ["Q3", 0.5],
      ["Q5", 2],
    ]);
  });

  test("the reason is one line, in Japanese and in English", () => {
    expect(unplacedColumnsMessage(["attainmentRate", "grade"])).toBe(
      "達成率・達成度の列を追加できません。施策リストの右には、シートの右端（XFD 列）まで、リストの行がすべて空いている列がありません。見出しに「達成率」「達成度」の列を用意すれば、そこに書き込みます",
    );
    expect(unplacedColumnsMessage(["grade"], "en")).toBe(
      "No room for a new 達成度 column: right of the list, up to the sheet's last column (XFD), every column holds something on the list's rows; add a \"達成度\" column to the header and it is written there",
    );
  });
});
