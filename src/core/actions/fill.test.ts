import {
  listSheet,
  plainSheet,
  reorder,
  seedRow,
  seedRows,
  SEED_COLUMNS,
  workbookOf,
  type ListSheetSpec,
} from "../../../tests/builders/list-sheet";
import { choicesSheetRows } from "../choices/choices-sheet";
import { fill as fillAction, type FillReport } from "./fill";
import type { CellValue, WorkbookGrid } from "../port/grid";
import { openList } from "../list/open-list";
import { rangesA1, sourceFormula, text, type DropdownRule, type WritePlan } from "../port/plan";
import { cellsOf } from "../port/runs";
import type { BuiltSheet } from "../../../tests/builders/list-sheet";

const DEFAULT_WEATHER_SOURCE = "'選択肢'!$A$2:$A$4";
const DEFAULT_DIRECTION_SOURCE = "'選択肢'!$E$2:$E$9";

type FillResult = FillReport & { readonly plan: WritePlan };

function fill(book: WorkbookGrid): FillResult {
  const opened = openList(book);
  if (!opened.ok) throw new Error(opened.error.code);
  const { report, plan } = fillAction(opened.value);
  return { ...report, plan };
}

function fillList(spec: ListSheetSpec, ...others: BuiltSheet[]): FillResult {
  return fill(workbookOf(listSheet(spec), ...others));
}

/** The 選択肢 sheet as the tool writes it, then edited by hand as a city would. */
function choicesSheet(edit: (rows: CellValue[][]) => void = () => undefined): BuiltSheet {
  const rows = choicesSheetRows().map((r) => [...r]);
  edit(rows);
  return plainSheet("選択肢", rows, true);
}

/** A city's edits: a fourth weather mark ⚡ in row 5, 見直し renamed 改善・見直し (variants kept). */
function cityChoices(): BuiltSheet {
  return choicesSheet((rows) => {
    rows[4][0] = "⚡";
    rows[4][1] = "重大な遅れ";
    rows[4][2] = "雷";
    const minaoshi = rows.findIndex((r) => r[4] === "見直し");
    rows[minaoshi][4] = "改善・見直し";
  });
}

const sources = (result: FillResult) => result.plan.dropdowns.map((d) => [d.field, sourceFormula(d.source)]);

describe("fill: variants rewritten to their canonical value (§4)", () => {
  const rows = [
    seedRow("A1-1", { weather: "晴れ" }),
    seedRow("A1-2", { weather: "☀️", direction: "改善" }),
    seedRow("A1-3", { weather: "曇り", direction: "継続する" }),
    seedRow("A1-4", { weather: "雨", direction: "中止" }),
    seedRow("A2-1", { weather: " ☀ " }),
    seedRow("A3-1", { weather: "晴天", direction: "様子見" }),
    seedRow("A3-2", { weather: null, direction: null }),
  ];

  test("each variant becomes one change with the cell, the field and both values", () => {
    expect(fillList({ rows }).changes).toEqual([
      { row: 3, column: "N", field: "weather", from: "晴れ", to: "☀" },
      { row: 4, column: "N", field: "weather", from: "☀️", to: "☀" },
      { row: 4, column: "O", field: "direction", from: "改善", to: "見直し" },
      { row: 5, column: "N", field: "weather", from: "曇り", to: "☁" },
      { row: 5, column: "O", field: "direction", from: "継続する", to: "継続" },
      { row: 6, column: "N", field: "weather", from: "雨", to: "☂" },
      { row: 6, column: "O", field: "direction", from: "中止", to: "休止" },
      { row: 7, column: "N", field: "weather", from: " ☀ ", to: "☀" },
    ]);
  });

  test("the changes are column runs of text that expect the values they were read from", () => {
    const { plan } = fillList({ rows });
    // 天気 rows 3–7 change: one run of five cells; 今後の方向性 rows 4–6: one run of three.
    expect(plan.runs.map((r) => [r.sheet, r.top, r.left, r.field, r.purpose])).toEqual([
      ["施策リスト", 2, 13, "weather", "canonical-choice"],
      ["施策リスト", 3, 14, "direction", "canonical-choice"],
    ]);
    expect(plan.runs[0].values).toEqual([[text("☀")], [text("☀")], [text("☁")], [text("☂")], [text("☀")]]);
    expect(plan.runs[0].expected).toEqual([["晴れ"], ["☀️"], ["曇り"], ["雨"], [" ☀ "]]);
    expect(cellsOf(plan.runs).map((c) => [c.rowIndex, c.col, c.expected, c.value])).toEqual([
      [2, 13, "晴れ", text("☀")],
      [3, 13, "☀️", text("☀")],
      [4, 13, "曇り", text("☁")],
      [5, 13, "雨", text("☂")],
      [6, 13, " ☀ ", text("☀")],
      [3, 14, "改善", text("見直し")],
      [4, 14, "継続する", text("継続")],
      [5, 14, "中止", text("休止")],
    ]);
  });

  test("values that are no choice are left alone and listed; empty cells are neither", () => {
    const result = fillList({ rows });
    expect(result.unknown).toEqual([
      { row: 8, column: "N", field: "weather", id: "A3-1", value: "晴天" },
      { row: 8, column: "O", field: "direction", id: "A3-1", value: "様子見" },
    ]);
    const written = cellsOf(result.plan.runs).map((c) => c.rowIndex);
    expect(written).not.toContain(7);
    expect(written).not.toContain(8);
  });

  test("canonical values plan no change at all", () => {
    const result = fillList({ rows: seedRows().slice(0, 5) });
    expect([result.changes, result.unknown, result.plan.runs]).toEqual([[], [], []]);
  });

  test("an error cell is neither rewritten nor listed as unknown", () => {
    const result = fillList({ rows: [seedRow("A1-1", { weather: { error: "#N/A" }, direction: "改善" })] });
    expect(result.changes.map((c) => [c.row, c.field])).toEqual([[3, "direction"]]);
    expect(result.unknown).toEqual([]);
  });
});

describe("fill: dropdown ranges", () => {
  test("one range per run of consecutive data rows per block, never over header or blank rows", () => {
    // Blocks of 5 rows, each under its own two header rows, a blank row between blocks; the
    // first block also has a blank row of its own after its second row.
    const seeds = seedRows();
    const rows = [...seeds.slice(0, 2), {}, ...seeds.slice(2, 11)];
    const result = fillList({ rows, blockSize: 5 });
    // Header rows: 1-2, 9-10, 17-18. Blank rows: 5, 8, 16.
    expect(result.dropdowns).toEqual({
      weather: "N3:N4,N6:N7,N11:N15,N19:N20",
      direction: "O3:O4,O6:O7,O11:O15,O19:O20",
    });
    const ranges = result.plan.dropdowns.map((d) => [d.field, rangesA1(d.ranges)]);
    expect(ranges).toEqual([
      ["weather", "N3:N4,N6:N7,N11:N15,N19:N20"],
      ["direction", "O3:O4,O6:O7,O11:O15,O19:O20"],
    ]);
  });

  test("a single data row is a one-cell range", () => {
    const result = fillList({ titleRows: ["業務改革施策リスト"], rows: [seedRow("A1-1")] });
    expect(result.dropdowns).toEqual({ weather: "N5", direction: "O5" });
  });

  test("with no 選択肢 sheet the plan adds it, hidden, and the dropdowns point at its tables", () => {
    const result = fillList({ rows: seedRows().slice(0, 3) });
    expect(result.createsChoicesSheet).toBe(true);
    expect(result.plan.newSheets.map((s) => [s.name, s.hidden])).toEqual([["選択肢", true]]);
    expect(sources(result)).toEqual([
      ["weather", DEFAULT_WEATHER_SOURCE],
      ["direction", DEFAULT_DIRECTION_SOURCE],
    ]);
    const dropdown = result.plan.dropdowns[0];
    expect(dropdown).toEqual<DropdownRule>({
      sheet: "施策リスト",
      field: "weather",
      ranges: [{ top: 2, left: 13, bottom: 4, right: 13 }],
      source: { kind: "range", sheet: "選択肢", range: { top: 1, left: 0, bottom: 3, right: 0 } },
      errorTitle: "天気",
      errorMessage: "天気は ☀（順調）・☁（やや遅れ）・☂（遅れ） から選んでください",
    });
  });

  test("the new 選択肢 sheet holds the default tables in the cells the sources name", () => {
    const [sheet] = fillList({ rows: [seedRow("A1-1")] }).plan.newSheets;
    const at = (row: number, col: number) =>
      sheet.content.cells.find((c) => c.rowIndex === row && c.col === col);
    expect([1, 2, 3].map((r) => at(r, 0)?.value)).toEqual([text("☀"), text("☁"), text("☂")]);
    expect([1, 8].map((r) => at(r, 4)?.value)).toEqual([text("拡充"), text("完了")]);
    expect(at(9, 4)).toBeUndefined();
  });

  test("a missing 天気 column gives no weather dropdown; 今後の方向性 still gets one", () => {
    const columns = reorder(SEED_COLUMNS.map((c) => c.key).filter((k) => k !== "weather"));
    const result = fillList({ columns, rows: [seedRow("A1-1", { direction: "改善" }), seedRow("A1-2")] });
    expect(result.dropdowns).toEqual({ weather: null, direction: "N3:N4" });
    expect(sources(result)).toEqual([["direction", DEFAULT_DIRECTION_SOURCE]]);
    expect(result.changes).toEqual([{ row: 3, column: "N", field: "direction", from: "改善", to: "見直し" }]);
  });
});

describe("fill with the workbook's own 選択肢 sheet", () => {
  test("a city's edited lists set the sources, accept ⚡ and make 改善・見直し canonical", () => {
    const rows = [
      seedRow("A1-1", { weather: "⚡", direction: "改善・見直し", directionReason: "手順を再設計" }),
      seedRow("A1-2", { weather: "雷", direction: "改善", directionReason: "手順を再設計" }),
      seedRow("A1-3", { direction: "見直し", directionReason: "手順を再設計" }),
    ];
    const result = fillList({ rows }, cityChoices());
    expect(result.createsChoicesSheet).toBe(false);
    expect(result.plan.newSheets).toEqual([]);
    expect(sources(result)).toEqual([
      ["weather", "'選択肢'!$A$2:$A$5"],
      ["direction", DEFAULT_DIRECTION_SOURCE],
    ]);
    expect(result.changes).toEqual([
      { row: 4, column: "N", field: "weather", from: "雷", to: "⚡" },
      { row: 4, column: "O", field: "direction", from: "改善", to: "改善・見直し" },
    ]);
    expect(result.unknown).toEqual([
      { row: 5, column: "O", field: "direction", id: "A1-3", value: "見直し" },
    ]);
  });

  test("a longer direction table gives a longer source", () => {
    const sheet = choicesSheet((rows) => {
      rows[9] = [null, null, null, null, "検討中", "方向性を検討している", "必要", null];
    });
    const result = fillList({ rows: [seedRow("A1-1", { direction: "検討中" })] }, sheet);
    expect(sources(result)).toEqual([
      ["weather", DEFAULT_WEATHER_SOURCE],
      ["direction", "'選択肢'!$E$2:$E$10"],
    ]);
    expect([result.changes, result.unknown]).toEqual([[], []]);
  });

  test("tables moved on the sheet are pointed at where they are", () => {
    const moved = plainSheet("選択肢", [
      ["市の選択肢"],
      [null, null, "天気", "意味"],
      [null, null, "◎", "順調"],
      [null, null, "△", "遅れ"],
    ]);
    const result = fillList({ rows: [seedRow("A1-1", { weather: "◎" })] }, moved);
    expect(sources(result)).toEqual([
      ["weather", "'選択肢'!$C$3:$C$4"],
      ["direction", '"拡充,継続,見直し,縮小,統合,休止,廃止,完了"'],
    ]);
    expect(result.unknown).toEqual([]);
  });

  test("an unusable weather table falls back to the defaults, written inline", () => {
    const sheet = choicesSheet((rows) => {
      rows[2][0] = "☀";
    });
    const result = fillList({ rows: [seedRow("A1-1", { weather: "晴れ" })] }, sheet);
    expect(sources(result)).toEqual([
      ["weather", '"☀,☁,☂"'],
      ["direction", DEFAULT_DIRECTION_SOURCE],
    ]);
    expect(result.plan.newSheets).toEqual([]);
    expect(result.changes.map((c) => c.to)).toEqual(["☀"]);
  });
});

describe("fill on a template and on its own plan", () => {
  test("a list with headers only gets the 選択肢 sheet and no dropdown", () => {
    const result = fillList({ rows: [] });
    expect(result.plan.newSheets.map((s) => s.name)).toEqual(["選択肢"]);
    expect([result.dropdowns, result.plan.dropdowns, result.plan.runs]).toEqual([
      { weather: null, direction: null },
      [],
      [],
    ]);
  });

  test("the dropdown ranges never overlap, so a host can set each as it is", () => {
    const result = fillList({ rows: seedRows(), blockSize: 7 });
    const ranges = result.plan.dropdowns.flatMap((d) => d.ranges);
    for (const [i, a] of ranges.entries())
      for (const b of ranges.slice(i + 1))
        expect(a.left !== b.left || a.bottom < b.top || b.bottom < a.top).toBe(true);
  });
});
