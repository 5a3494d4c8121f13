import type { SheetGrid } from "./grid";
import { withCells } from "./grid-edit";

const SHEET: SheetGrid = { name: "施策リスト", hidden: false, rows: [["A1", "1"], ["A2"]] };

describe("withCells: changes laid over a grid", () => {
  test("sets cells, growing rows and columns with empty cells as needed", () => {
    const after = withCells(SHEET, [
      { rowIndex: 0, col: 1, value: "1a" },
      { rowIndex: 1, col: 3, value: "☁" },
      { rowIndex: 3, col: 0, value: 4 },
    ]);
    expect(after.rows).toEqual([["A1", "1a"], ["A2", null, null, "☁"], [], [4]]);
  });

  test("a later edit of the same cell wins; nothing else of the sheet changes", () => {
    const after = withCells({ ...SHEET, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }, [
      { rowIndex: 1, col: 0, value: "☀" },
      { rowIndex: 1, col: 0, value: null },
    ]);
    expect(after).toEqual({
      name: "施策リスト",
      hidden: false,
      rows: [["A1", "1"], [null]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    });
  });

  test("the sheet given is left as it was, and untouched rows are shared", () => {
    const after = withCells(SHEET, [{ rowIndex: 1, col: 0, value: "changed" }]);
    expect(SHEET.rows).toEqual([["A1", "1"], ["A2"]]);
    expect(after.rows[0]).toBe(SHEET.rows[0]);
    expect(after.rows[1]).not.toBe(SHEET.rows[1]);
  });
});
