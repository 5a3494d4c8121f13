/**
 * The three plans the commands make, written out by hand for the fidelity books (until the core's
 * actions make them through the new port): fill, attainment and summary, each reading what the
 * grid holds as its `expected` values, as the core does.
 */
import { cellAt, type CellRange, type SheetGrid } from "../../src/core/port/grid";
import { num, text, type ContentCell, type WritePlan } from "../../src/core/port/plan";
import { DATA_ROWS, DIRECTION, FIRST_DATA, LIST, WEATHER } from "./fidelity-books";

const DATA: CellRange = { top: FIRST_DATA, bottom: FIRST_DATA + DATA_ROWS - 1, left: 0, right: 0 };

export function fillPlan(list: SheetGrid): WritePlan {
  const runs = [];
  for (let r = DATA.top; r <= DATA.bottom; r++) {
    const value = cellAt(list, r, WEATHER);
    if (value === "晴れ")
      runs.push({
        sheet: LIST,
        top: r,
        left: WEATHER,
        values: [[text("☀")]],
        expected: [[value]],
        field: "weather",
        purpose: "canonical-choice" as const,
      });
  }
  const cells: ContentCell[] = [
    ["天気", "意味"],
    ["☀", "順調"],
    ["☁", "やや遅れ"],
    ["☂", "遅れ"],
  ].flatMap((row, r) =>
    row.map((v, c) => ({
      rowIndex: r,
      col: c,
      value: text(v),
      style: r === 0 ? ("header" as const) : undefined,
    })),
  );
  for (const [i, d] of ["拡充", "継続", "見直し", "縮小", "統合", "休止", "廃止", "完了"].entries())
    cells.push({ rowIndex: i + 1, col: 4, value: text(d) });
  cells.push({ rowIndex: 0, col: 4, value: text("今後の方向性"), style: "header" });
  const column = (col: number): CellRange => ({ top: DATA.top, bottom: DATA.bottom, left: col, right: col });
  return {
    newSheets: [
      {
        name: "選択肢",
        hidden: true,
        after: null,
        content: { cells, merges: [], columnWidths: [8, 12, 28, 2, 14] },
      },
    ],
    runs,
    dropdowns: [
      {
        sheet: LIST,
        field: "weather",
        ranges: [column(WEATHER)],
        source: { kind: "range", sheet: "選択肢", range: { top: 1, bottom: 3, left: 0, right: 0 } },
        errorTitle: "天気",
        errorMessage: "天気は ☀（順調）・☁（やや遅れ）・☂（遅れ） から選んでください",
      },
      {
        sheet: LIST,
        field: "direction",
        ranges: [column(DIRECTION)],
        source: { kind: "range", sheet: "選択肢", range: { top: 1, bottom: 8, left: 4, right: 4 } },
        errorTitle: "今後の方向性",
        errorMessage: "今後の方向性は 拡充・継続・見直し・縮小・統合・休止・廃止・完了 から選んでください",
      },
    ],
  };
}

/** 達成率 (a % number) and 達成度 in the first two free columns, with their header cells. */
export function attainmentPlan(list: SheetGrid, rateCol = 16): WritePlan {
  const rows = Array.from({ length: DATA_ROWS }, (_, i) => DATA.top + i);
  const rates = rows.map((_, i) => (i % 5 === 0 ? text("-") : num(0.3 + i / 40, "0.0%")));
  const grades = rows.map((_, i) => text(i % 5 === 0 ? "-" : ["A", "B", "C", "D"][i % 4]));
  const expected = (col: number) => rows.map((r) => [cellAt(list, r, col)]);
  return {
    newSheets: [],
    runs: [
      {
        sheet: LIST,
        top: DATA.top - 1,
        left: rateCol,
        values: [[text("達成率"), text("達成度")]],
        expected: [[cellAt(list, DATA.top - 1, rateCol), cellAt(list, DATA.top - 1, rateCol + 1)]],
        field: null,
        purpose: "header",
        style: "like-left-header",
      },
      {
        sheet: LIST,
        top: DATA.top,
        left: rateCol,
        values: rates.map((v) => [v]),
        expected: expected(rateCol),
        field: "attainmentRate",
        purpose: "attainment",
      },
      {
        sheet: LIST,
        top: DATA.top,
        left: rateCol + 1,
        values: grades.map((v) => [v]),
        expected: expected(rateCol + 1),
        field: "grade",
        purpose: "attainment",
      },
    ],
    dropdowns: [],
  };
}

/**
 * A summary sheet with what the real one has: looks, merges, frozen title rows, row heights, print
 * setup, hidden bookkeeping columns, a chart, and copied list text that starts like a formula,
 * holds control characters or looks like Excel's own escapes, up to Excel's longest cell text.
 */
export function summaryPlan(list: SheetGrid, name = "サマリー_R8Q2"): WritePlan {
  const cells: ContentCell[] = [
    { rowIndex: 0, col: 0, value: text("業務改革施策 四半期サマリー R8Q2"), style: "title" },
    { rowIndex: 1, col: 0, value: text(`元のシート: ${list.name}`), style: "subtitle" },
    { rowIndex: 3, col: 0, value: text("柱"), style: "header" },
    { rowIndex: 3, col: 2, value: text("☀"), style: "header" },
    { rowIndex: 3, col: 3, value: text("☁"), style: "header" },
  ];
  ["A", "B", "C"].forEach((p, i) => {
    cells.push({ rowIndex: 4 + i, col: 0, value: text(p), style: "text" });
    cells.push({ rowIndex: 4 + i, col: 2, value: num(i + 2), style: "count" });
    cells.push({ rowIndex: 4 + i, col: 3, value: num(i), style: "count" });
    cells.push({ rowIndex: 4 + i, col: 4, value: num((i + 2) / 5), style: "percent" });
  });
  const copied = [
    "=危険な式",
    "+81-3-1234",
    "-5 件",
    "@担当課",
    "制御\u0007文字\r改行",
    "_x0041_ と _x005F_",
    "𠮷".repeat(16_383) + "a",
  ];
  copied.forEach((t, i) => cells.push({ rowIndex: 8 + i, col: 8, value: text(t), style: "wrap" }));
  cells.push({ rowIndex: 0, col: 12, value: text("measure-list:summary v1 R8Q2"), style: "marker" });
  return {
    newSheets: [
      {
        name,
        hidden: false,
        after: list.name,
        content: {
          cells,
          merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
          columnWidths: [10, 34, 11, 9, 9, 9, 9, 9, 40],
          freezeRows: 2,
          rowHeights: { 8: 30, 9: 45 },
          print: {
            orientation: "landscape",
            paper: "A4",
            fitToWidth: true,
          },
          hiddenColumns: [12],
          charts: [
            {
              type: "column-clustered",
              title: "3本柱別の天気",
              categories: ["A", "B", "C"],
              series: [
                { name: "☀", values: [2, 3, 4] },
                { name: "☁", values: [0, 1, 2] },
              ],
              categoryRange: { top: 4, left: 0, bottom: 6, right: 0 },
              seriesRange: { top: 3, left: 2, bottom: 6, right: 3 },
              at: { rowIndex: 16, col: 0, rows: 16, cols: 8 },
            },
          ],
        },
      },
    ],
    runs: [],
    dropdowns: [],
  };
}
