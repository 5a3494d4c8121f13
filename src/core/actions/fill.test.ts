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
import { planFill, type FillResult } from "./fill";
import type { CellValue, SheetGrid, WorkbookGrid } from "../port/grid";
import { openList } from "../list/open-list";
import { rangesA1, type DropdownRule } from "../port/plan";

const DEFAULT_WEATHER_SOURCE = "'選択肢'!$A$2:$A$4";
const DEFAULT_DIRECTION_SOURCE = "'選択肢'!$E$2:$E$9";

function fill(book: WorkbookGrid): FillResult {
  const opened = openList(book);
  if (!opened.ok) throw new Error(opened.error.code);
  return planFill(opened.value);
}

function fillList(spec: ListSheetSpec, ...others: SheetGrid[]): FillResult {
  return fill(workbookOf(listSheet(spec), ...others));
}

/** The 選択肢 sheet as the tool writes it, then edited by hand as a city would. */
function choicesSheet(edit: (rows: CellValue[][]) => void = () => undefined): SheetGrid {
  const rows = choicesSheetRows().map((r) => [...r]);
  edit(rows);
  return plainSheet("選択肢", rows, true);
}

/** A city's edits: a fourth weather mark ⚡ in row 5, 見直し renamed 改善・見直し (variants kept). */
function cityChoices(): SheetGrid {
  return choicesSheet((rows) => {
    rows[4][0] = "⚡";
    rows[4][1] = "重大な遅れ";
    rows[4][2] = "雷";
    const minaoshi = rows.findIndex((r) => r[4] === "見直し");
    rows[minaoshi][4] = "改善・見直し";
  });
}

const sources = (result: FillResult) => result.plan.dropdowns.map((d) => [d.field, d.source]);

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

  test("each change is one text CellWrite that expects the value it was read from", () => {
    const { plan } = fillList({ rows });
    expect(plan.cells[0]).toEqual({
      sheet: "施策リスト",
      row: 2,
      col: 13,
      value: { kind: "text", text: "☀" },
      expected: "晴れ",
      field: "weather",
      purpose: "canonical-choice",
    });
    expect(plan.cells.map((c) => [c.row, c.col, c.expected, c.value])).toEqual([
      [2, 13, "晴れ", { kind: "text", text: "☀" }],
      [3, 13, "☀️", { kind: "text", text: "☀" }],
      [3, 14, "改善", { kind: "text", text: "見直し" }],
      [4, 13, "曇り", { kind: "text", text: "☁" }],
      [4, 14, "継続する", { kind: "text", text: "継続" }],
      [5, 13, "雨", { kind: "text", text: "☂" }],
      [5, 14, "中止", { kind: "text", text: "休止" }],
      [6, 13, " ☀ ", { kind: "text", text: "☀" }],
    ]);
    expect(new Set(plan.cells.map((c) => c.purpose))).toEqual(new Set(["canonical-choice"]));
  });

  test("values that are no choice are left alone and listed; empty cells are neither", () => {
    const result = fillList({ rows });
    expect(result.unknown).toEqual([
      { row: 8, column: "N", field: "weather", id: "A3-1", value: "晴天" },
      { row: 8, column: "O", field: "direction", id: "A3-1", value: "様子見" },
    ]);
    const written = result.plan.cells.map((c) => c.row);
    expect(written).not.toContain(7);
    expect(written).not.toContain(8);
  });

  test("canonical values plan no change at all", () => {
    const result = fillList({ rows: seedRows().slice(0, 5) });
    expect([result.changes, result.unknown, result.plan.cells]).toEqual([[], [], []]);
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
      source: DEFAULT_WEATHER_SOURCE,
      errorTitle: "天気",
      errorMessage: "天気は ☀（順調）・☁（やや遅れ）・☂（遅れ） から選んでください",
    });
  });

  test("the new 選択肢 sheet holds the default tables in the cells the sources name", () => {
    const [sheet] = fillList({ rows: [seedRow("A1-1")] }).plan.newSheets;
    const at = (row: number, col: number) => sheet.content.cells.find((c) => c.row === row && c.col === col);
    expect([1, 2, 3].map((r) => at(r, 0)?.value)).toEqual([
      { kind: "text", text: "☀" },
      { kind: "text", text: "☁" },
      { kind: "text", text: "☂" },
    ]);
    expect([1, 8].map((r) => at(r, 4)?.value)).toEqual([
      { kind: "text", text: "拡充" },
      { kind: "text", text: "完了" },
    ]);
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

describe("fill on its own result plans nothing more", () => {
  const rows = seedRows().slice(0, 7);
  const spec: ListSheetSpec = { rows, blockSize: 4 };

  /** The list as a host reads it back: one single-cell range per validated cell. */
  function withValidations(rules: readonly DropdownRule[], only?: (r: number) => boolean): SheetGrid {
    const listValidations = rules.map((d) => ({
      source: d.source,
      ranges: d.ranges.flatMap((range) =>
        Array.from({ length: range.bottom - range.top + 1 }, (_, i) => range.top + i)
          .filter((r) => only?.(r) ?? true)
          .map((r) => ({ top: r, left: range.left, bottom: r, right: range.right })),
      ),
    }));
    return { ...listSheet(spec), listValidations };
  }

  test("dropdowns already in place with the same source are not planned again", () => {
    const first = fillList(spec);
    const again = fill(workbookOf(withValidations(first.plan.dropdowns), choicesSheet()));
    expect(again.plan).toEqual({ newSheets: [], cells: [], dropdowns: [] });
    expect(again.dropdownsInPlace).toEqual(["weather", "direction"]);
    expect(again.dropdowns).toEqual(first.dropdowns);
    expect(again.dropdowns).toEqual({ weather: "N3:N6,N10:N12", direction: "O3:O6,O10:O12" });
  });

  test("the source compares without `=`, `$` and quotes, as Excel may store it", () => {
    const first = fillList(spec);
    const restated = first.plan.dropdowns.map((d) => ({
      ...d,
      source: d.field === "weather" ? "=選択肢!A2:A4" : "=選択肢!$E$2:$E$9",
    }));
    const again = fill(workbookOf(withValidations(restated), choicesSheet()));
    expect(again.plan.dropdowns).toEqual([]);
  });

  test("only the runs that lack a dropdown are planned", () => {
    const first = fillList(spec);
    const again = fill(
      workbookOf(
        withValidations(first.plan.dropdowns, (r) => r < 6),
        choicesSheet(),
      ),
    );
    expect(again.plan.dropdowns.map((d) => [d.field, rangesA1(d.ranges)])).toEqual([
      ["weather", "N10:N12"],
      ["direction", "O10:O12"],
    ]);
    expect(again.dropdowns).toEqual(first.dropdowns);
  });

  test("a dropdown from another source is replaced", () => {
    const first = fillList(spec);
    const other = first.plan.dropdowns.map((d) => ({ ...d, source: '"はい,いいえ"' }));
    const again = fill(workbookOf(withValidations(other), choicesSheet()));
    expect(again.plan.dropdowns.map((d) => [d.field, d.source, rangesA1(d.ranges)])).toEqual([
      ["weather", DEFAULT_WEATHER_SOURCE, "N3:N6,N10:N12"],
      ["direction", DEFAULT_DIRECTION_SOURCE, "O3:O6,O10:O12"],
    ]);
  });
});
