import {
  kpiColumns,
  listSheet,
  seedRow,
  workbookOf,
  type RowValues,
} from "../../../tests/builders/list-sheet";
import type { Quarter } from "../calendar/fiscal-calendar";
import { openList, type OpenedList } from "../list/open-list";
import { planEdits } from "./edit";
import type { SaveVerdict } from "./save-check";

const R7Q2: Quarter = { fiscalYear: 7, quarter: 2 };

function opened(rows: readonly RowValues[]): OpenedList {
  const list = openList(workbookOf(listSheet({ rows, columns: kpiColumns(7) })));
  if (!list.ok) throw new Error(list.error.code);
  return list.value;
}

/** The verdict as `[kind, [row, field, code]...]`. */
function verdict(list: OpenedList, values: Record<string, string | number | null>): unknown[] {
  const v: SaveVerdict = planEdits(list, [{ rowIndex: 2, values }], { quarter: R7Q2 }).report.verdict;
  const issues = v.kind === "refused" ? v.errors : v.kind === "allowed" ? v.warnings : [];
  return [v.kind, ...issues.map((i) => [i.row, i.field, i.code])];
}

describe("whether a PL's save may be written", () => {
  test("「約30件」 typed as R7実績値 is an error on the cell the save writes: refused", () => {
    const list = opened([seedRow("A1-4")]);
    expect(verdict(list, { "actual[R7]": "約30件" })).toEqual(["refused", [3, "actual[R7]", "not-a-number"]]);
  });

  test("見直し with 方向性理由 empty causes an error in a cell it does not write: refused", () => {
    const list = opened([seedRow("A1-4", { direction: "継続", directionReason: null })]);
    expect(verdict(list, { direction: "見直し" })).toEqual([
      "refused",
      [3, "directionReason", "reason-required"],
    ]);
  });

  test("an actual too large for a rate causes an error on the target: refused", () => {
    const list = opened([seedRow("A1-4", { targetR7: 1 })]);
    expect(verdict(list, { "actual[R7]": 1e308 })).toEqual(["refused", [3, "target[R7]", "out-of-range"]]);
  });

  test("an error the row already had, in a cell the save leaves alone, does not block it", () => {
    const list = opened([seedRow("A1-4", { targetR7: "未定" })]);
    expect(verdict(list, { progress: "10月に本格運用" })).toEqual(["allowed"]);
    // The same error is the save's when it writes that cell.
    expect(verdict(list, { progress: "10月に本格運用", "actual[R7]": "集計中" })[0]).toBe("refused");
  });

  test("a warning on what the save writes is listed, and the save may go ahead", () => {
    const list = opened([seedRow("A1-4", { weather: "☀" })]);
    expect(verdict(list, { weather: "晴れ" })).toEqual(["allowed", [3, "weather", "non-canonical-choice"]]);
  });

  test("fields typed back to what the cells hold are nothing to save", () => {
    const list = opened([seedRow("A1-4", { weather: "☀" })]);
    expect(verdict(list, { weather: "☀" })).toEqual(["nothing"]);
  });
});
