import {
  listSheet,
  plainSheet,
  seedRow,
  workbookOf,
  type BuiltSheet,
} from "../../../tests/builders/list-sheet";
import { sheetOf } from "../../../tests/builders/content";
import { parseQuarter } from "../calendar/fiscal-calendar";
import { DEFAULT_CHOICES, type Choices } from "../choices/choices";
import { openList } from "../list/open-list";
import type { RowValues } from "../../../tests/builders/list-sheet";
import { buildSummary } from "./summary";
import { summarySheet } from "./summary-sheet";
import { weatherHistory } from "./weather-history";

function summaryOf(quarter: string, rows: readonly RowValues[], minute = 30): BuiltSheet {
  const book = workbookOf(listSheet({ rows }));
  const list = openList(book);
  const q = parseQuarter(quarter);
  if (!list.ok || !q.ok) throw new Error("bad fixture");
  const model = buildSummary({
    book,
    sheet: list.value.sheet,
    layout: list.value.layout,
    choices: list.value.choices,
    quarter: q.value,
    validation: { error: 0, warning: 0 },
    now: { year: 2026, month: 11, day: 20, hour: 9, minute },
  });
  return sheetOf(summarySheet(model));
}

const three = (a: string, b: string, c: string) => [
  seedRow("A1-1", { weather: a }),
  seedRow("A1-2", { weather: b }),
  seedRow("A1-3", { weather: c }),
];

function history(sheets: BuiltSheet[], choices: Choices = DEFAULT_CHOICES, last?: number) {
  const book = workbookOf(listSheet({ rows: three("☀", "☀", "☀") }), ...sheets);
  return weatherHistory(book, choices, last === undefined ? {} : { last }).map((p) => [
    p.quarter,
    p.measures,
    p.counts,
  ]);
}

describe("weather over the last quarters, from the summaries in the workbook", () => {
  test("one point per quarter, oldest first, counted with the workbook's marks", () => {
    expect(
      history([summaryOf("R8Q2", three("☀", "☁", "☂")), summaryOf("R8Q1", three("☀", "☀", ""))]),
    ).toEqual([
      ["R8Q1", 3, { "☀": 2, "☁": 0, "☂": 0, 未入力: 1, その他: 0 }],
      ["R8Q2", 3, { "☀": 1, "☁": 1, "☂": 1, 未入力: 0, その他: 0 }],
    ]);
  });

  test("two summaries of a quarter: the newer one counts", () => {
    const older = summaryOf("R8Q1", three("☂", "☂", "☂"), 10);
    const newer = { ...summaryOf("R8Q1", three("☀", "☀", "☂"), 50), name: "サマリー_R8Q1 (2)" };
    expect(history([newer, older])).toEqual([["R8Q1", 3, { "☀": 2, "☁": 0, "☂": 1, 未入力: 0, その他: 0 }]]);
  });

  test("only the last quarters asked for", () => {
    const sheets = ["R7Q3", "R7Q4", "R8Q1", "R8Q2", "R8Q3"].map((q) => summaryOf(q, three("☀", "☀", "☀")));
    expect(history(sheets, DEFAULT_CHOICES, 3).map(([q]) => q)).toEqual(["R8Q1", "R8Q2", "R8Q3"]);
    expect(history(sheets).map(([q]) => q)).toEqual(["R7Q4", "R8Q1", "R8Q2", "R8Q3"]);
  });

  test("a mark that is no longer a choice counts as その他; a city's own mark counts as itself", () => {
    const own: Choices = {
      ...DEFAULT_CHOICES,
      weather: [...DEFAULT_CHOICES.weather, { value: "⚡", meaning: "重大な遅れ", variants: [] }],
    };
    expect(history([summaryOf("R8Q1", three("☀", "⚡", "雪"))], own)).toEqual([
      ["R8Q1", 3, { "☀": 1, "☁": 0, "☂": 0, "⚡": 1, 未入力: 0, その他: 1 }],
    ]);
  });

  test("no summary, or a sheet that only looks like one: no history", () => {
    const lookAlike = plainSheet("サマリー_R8Q1", [
      ["業務改革施策 四半期サマリー"],
      ["施策番号", "天気"],
      ["A1-1", "☂"],
    ]);
    expect(history([])).toEqual([]);
    expect(history([lookAlike])).toEqual([]);
  });
});
