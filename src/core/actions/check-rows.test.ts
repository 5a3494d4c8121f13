import { listSheet, seedRows, workbookOf } from "../../../tests/builders/list-sheet";
import { openList, type OpenedList } from "../list/open-list";
import { check } from "./check";
import { checkRows } from "./check-rows";

function opened(): OpenedList {
  const list = openList(workbookOf(listSheet({ rows: seedRows() })));
  if (!list.ok) throw new Error(list.error.code);
  return list.value;
}

/** Sheet rows 3.. hold the seed rows in order: A1-1 is grid row 2, A1-2 grid row 3. */
const A1_2 = 3;

describe("re-checking the rows a PL edited, without reading the sheet again", () => {
  test("an edited row gets the same issues the whole check would give it", () => {
    const list = opened();
    const issues = checkRows(list, [{ rowIndex: A1_2, values: { weather: "晴れ", direction: "見直し" } }]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [4, "weather", "non-canonical-choice", "warning"],
      [4, "directionReason", "reason-required", "error"],
    ]);
    expect(issues[0].message).toBe("天気「晴れ」は「☀」と書いてください");
  });

  test("fixing the row clears its issues; the other rows are not looked at", () => {
    const list = opened();
    // C3-2's weather is empty in the seed: the whole check reports it, a check of A1-2 does not.
    expect(check(list).report.issues.some((i) => i.id === "C3-2")).toBe(true);
    expect(checkRows(list, [{ rowIndex: A1_2, values: { weather: "☁" } }])).toEqual([]);
  });

  test("an id edited into another row's id is a duplicate of that row", () => {
    const issues = checkRows(opened(), [{ rowIndex: A1_2, values: { branch2: 1 } }]);
    expect(issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [4, "duplicate-id", "施策番号「A1-1」が3行目と重複しています"],
    ]);
  });

  test("messages follow the reader's language", () => {
    const [issue] = checkRows(opened(), [{ rowIndex: A1_2, values: { weather: "晴れ" } }], {
      language: "en",
    });
    expect(issue.message).toBe('天気 "晴れ" should be written "☀"');
  });

  test("a row that is not a measure is not checked", () => {
    expect(checkRows(opened(), [{ rowIndex: 0, values: { weather: "晴れ" } }])).toEqual([]);
  });
});
