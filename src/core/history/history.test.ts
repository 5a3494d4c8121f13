import { num, text } from "../port/plan";
import { HISTORY_HEADER, HISTORY_SHEET, OPERATION_LABELS, historyRows, historySheet } from "./history";

const written = [
  { sheet: "施策リスト", rowIndex: 59, colIndex: 13, before: null, after: text("☁") },
  { sheet: "施策リスト", rowIndex: 2, colIndex: 22, before: 0.25, after: num(0.5, "0.0%") },
  { sheet: "施策リスト", rowIndex: 3, colIndex: 12, before: "=A1 と書いた", after: text("進捗あり") },
];

const EMPTY = { kind: "empty" };

describe("the 変更履歴 sheet", () => {
  const rows = historyRows(
    written,
    { added: ["選択肢"], removed: [] },
    { operation: OPERATION_LABELS.fill, time: "2026-11-20 09:30", by: "行革 花子" },
  );

  test("one row per written cell: time, operation, sheet, cell, old, new, who; then the sheets added", () => {
    const label = [text("2026-11-20 09:30"), text("選択肢の設定")];
    expect(rows).toEqual([
      [...label, text("施策リスト"), text("N60"), EMPTY, text("☁"), text("行革 花子")],
      [...label, text("施策リスト"), text("W3"), num(0.25), num(0.5, "0.0%"), text("行革 花子")],
      [...label, text("施策リスト"), text("M4"), text("=A1 と書いた"), text("進捗あり"), text("行革 花子")],
      [...label, text("選択肢"), text("（シート追加）"), EMPTY, EMPTY, text("行革 花子")],
    ]);
    // An old value that looks like a formula is logged as the text it was.
    expect(rows[2][4]).toEqual({ kind: "text", text: "=A1 と書いた", formulaLike: true });
  });

  test("an undo that takes the tool's sheet away logs it as removed", () => {
    const undone = historyRows(
      [],
      { added: [], removed: ["サマリー_R8Q2"] },
      { operation: OPERATION_LABELS.undo, time: "2026-11-20 10:00", by: "行革 花子" },
    );
    expect(undone).toEqual([
      [
        text("2026-11-20 10:00"),
        text("元に戻す"),
        text("サマリー_R8Q2"),
        text("（シート削除）"),
        EMPTY,
        EMPTY,
        text("行革 花子"),
      ],
    ]);
  });

  test("変更者: as given, trimmed; none given leaves it empty; a name like a formula stays text", () => {
    const who = (by: string) =>
      historyRows(
        written.slice(0, 1),
        { added: [], removed: [] },
        { operation: "修正", time: "t", by },
      )[0][6];
    expect(who("  山田 太郎 ")).toEqual(text("山田 太郎"));
    expect(who("")).toEqual(EMPTY);
    expect(who("   ")).toEqual(EMPTY);
    expect(who("=山田")).toEqual({ kind: "text", text: "=山田", formulaLike: true });
  });

  test("the first write makes the sheet, hidden and last, its header frozen, one width per column", () => {
    const sheet = historySheet();
    expect([sheet.name, sheet.hidden, sheet.after, sheet.content.freezeRows]).toEqual([
      HISTORY_SHEET,
      true,
      null,
      1,
    ]);
    expect(HISTORY_HEADER).toEqual(["日時", "操作", "シート", "セル", "変更前", "変更後", "変更者"]);
    expect(sheet.content.cells.map((c) => [c.rowIndex, c.value])).toEqual(
      HISTORY_HEADER.map((h) => [0, text(h)]),
    );
    expect(sheet.content.columnWidths).toHaveLength(HISTORY_HEADER.length);
    expect(rows.every((row) => row.length === HISTORY_HEADER.length)).toBe(true);
  });
});
