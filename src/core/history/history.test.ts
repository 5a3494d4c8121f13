import { num, text } from "../port/plan";
import { HISTORY_HEADER, HISTORY_SHEET, OPERATION_LABELS, historyRows, historySheet } from "./history";

const written = [
  { sheet: "施策リスト", rowIndex: 59, colIndex: 13, before: null, after: text("☁") },
  { sheet: "施策リスト", rowIndex: 2, colIndex: 22, before: 0.25, after: num(0.5, "0.0%") },
  { sheet: "施策リスト", rowIndex: 3, colIndex: 12, before: "=A1 と書いた", after: text("進捗あり") },
];

describe("the 変更履歴 sheet", () => {
  const rows = historyRows(
    written,
    { added: ["選択肢"], removed: [] },
    OPERATION_LABELS.fill,
    "2026-11-20 09:30",
  );

  test("one row per written cell: time, operation, sheet, cell, old, new; then the sheets added", () => {
    expect(rows).toEqual([
      [
        text("2026-11-20 09:30"),
        text("選択肢の設定"),
        text("施策リスト"),
        text("N60"),
        { kind: "empty" },
        text("☁"),
      ],
      [
        text("2026-11-20 09:30"),
        text("選択肢の設定"),
        text("施策リスト"),
        text("W3"),
        num(0.25),
        num(0.5, "0.0%"),
      ],
      [
        text("2026-11-20 09:30"),
        text("選択肢の設定"),
        text("施策リスト"),
        text("M4"),
        text("=A1 と書いた"),
        text("進捗あり"),
      ],
      [
        text("2026-11-20 09:30"),
        text("選択肢の設定"),
        text("選択肢"),
        text("（シート追加）"),
        { kind: "empty" },
        { kind: "empty" },
      ],
    ]);
    // An old value that looks like a formula is logged as the text it was.
    expect(rows[2][4]).toEqual({ kind: "text", text: "=A1 と書いた", formulaLike: true });
  });

  test("an undo that takes the tool's sheet away logs it as removed", () => {
    const undone = historyRows(
      [],
      { added: [], removed: ["サマリー_R8Q2"] },
      OPERATION_LABELS.undo,
      "2026-11-20 10:00",
    );
    expect(undone).toEqual([
      [
        text("2026-11-20 10:00"),
        text("元に戻す"),
        text("サマリー_R8Q2"),
        text("（シート削除）"),
        { kind: "empty" },
        { kind: "empty" },
      ],
    ]);
  });

  test("the first write makes the sheet, hidden and last, with its header frozen", () => {
    const sheet = historySheet();
    expect([sheet.name, sheet.hidden, sheet.after, sheet.content.freezeRows]).toEqual([
      HISTORY_SHEET,
      true,
      null,
      1,
    ]);
    expect(sheet.content.cells.map((c) => [c.rowIndex, c.value])).toEqual(
      HISTORY_HEADER.map((h) => [0, text(h)]),
    );
  });
});
