import { fill } from "../../core/actions/fill";
import { planEdits } from "../../core/actions/edit";
import { EMPTY_PLAN, num, text } from "../../core/port/plan";
import { sampleList } from "../../../tests/builders/sample-list";
import { attainment } from "../../core/actions/attainment";
import { planUndo } from "../../core/actions/undo";
import { measureNamesOf } from "../../core/list/measure-names";
import { NOTHING_APPLIED, type WrittenCell } from "../../core/port/outcome";
import { cellsOf } from "../../core/port/runs";
import { KPI_SAMPLE_PATH } from "../../../tests/builders/sample-list";
import { cellKey, changesNothing, planChanges, shownPlanned } from "./plan-changes";

describe("what a write will change, as the confirmation lists it", () => {
  test("a PL's edit: cell by cell, old → new, as text", async () => {
    const list = await sampleList();
    const { plan } = planEdits(list, [
      { rowIndex: 59, values: { weather: "☁", directionReason: "=1+1 ではない" } },
    ]);
    expect(planChanges(plan).cells.map((c) => [c.cell.sheet, c.address, c.field, c.before, c.after])).toEqual(
      [
        ["施策リスト", "N60", "weather", "", "☁"],
        ["施策リスト", "P60", "directionReason", "", "=1+1 ではない"],
      ],
    );
  });

  test("each cell names its measure (施策番号, 管理項目) and field, row by row", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const { plan } = planEdits(list, [
      { rowIndex: 7, values: { "actual[R7]": 30, weather: "☁" } },
      { rowIndex: 4, values: { weather: "☁" } },
    ]);
    const changes = planChanges(plan, { measures: measureNamesOf(list) });
    expect(changes.cells.map((c) => [c.address, c.measure?.id, c.measure?.item, c.fieldLabel])).toEqual([
      ["N5", "A1-1", expect.any(String), "天気"],
      ["N8", "A1-4", "窓口業務改善", "天気"],
      ["U8", "A1-4", "窓口業務改善", "R7実績値"],
    ]);
  });

  test("達成率's header cells are one line, and its undo's one line takes them away", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const { plan } = attainment(list, { fiscalYear: 7, quarter: 2 });
    const changes = planChanges(plan, { measures: measureNamesOf(list) });
    const headerCells = cellsOf(plan.runs).filter((c) => c.purpose === "header");
    expect(headerCells.length).toBeGreaterThan(2);
    expect(changes.headers).toEqual({
      count: headerCells.length,
      labels: ["達成率", "達成度"],
      clears: false,
    });
    expect(changes.cells.every((c) => c.measure !== null)).toBe(true);

    // The undo of those header cells, as prepareUndo names them.
    const written: WrittenCell[] = headerCells.map((c) => ({
      sheet: c.sheet,
      rowIndex: c.rowIndex,
      colIndex: c.col,
      before: null,
      beforeFormat: null,
      after: c.value,
      purpose: "header",
      field: c.field,
    }));
    const undo = planChanges(planUndo({ ...NOTHING_APPLIED, written }), {
      headerCells: new Set(written.map((w) => cellKey(w.sheet, w.rowIndex, w.colIndex))),
    });
    expect([undo.cells, undo.headers]).toEqual([
      [],
      { count: headerCells.length, labels: ["達成率", "達成度"], clears: true },
    ]);
  });

  test("a header cell that held other text stays listed on its own", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const { plan } = attainment(list, { fiscalYear: 7, quarter: 2 });
    const [first] = cellsOf(plan.runs).filter((c) => c.purpose === "header");
    const edited = {
      ...plan,
      runs: plan.runs.map((r) =>
        r.purpose === "header" && r.sheet === first.sheet && r.left === first.col && r.top === first.rowIndex
          ? { ...r, expected: r.expected.map((row, i) => (i === 0 ? ["備考"] : row)) }
          : r,
      ),
    };
    const changes = planChanges(edited);
    expect(changes.cells.map((c) => [c.address, c.before, c.after])).toContainEqual([
      expect.any(String),
      "備考",
      expect.stringMatching(/^達成(率|度)$/u),
    ]);
  });

  test("fill on the sample: the hidden 選択肢 sheet and the dropdown ranges", async () => {
    const changes = planChanges(fill(await sampleList()).plan);
    expect(changes.cells).toEqual([]);
    expect(changes.newSheets).toEqual([{ name: "選択肢", hidden: true, cells: expect.any(Number) }]);
    expect(changes.dropdowns.map((d) => [d.sheet, d.field, d.ranges.split(",")[0]])).toEqual([
      ["施策リスト", "weather", "N5:N8"],
      ["施策リスト", "direction", "O5:O8"],
    ]);
    expect(changesNothing(changes)).toBe(false);
  });

  test("an empty plan changes nothing", () => {
    expect(changesNothing(planChanges(EMPTY_PLAN))).toBe(true);
  });

  test("a rate shows as Excel shows it; text and numbers as they read", () => {
    expect(shownPlanned(num(0.4167, "0.0%"))).toBe("41.7%");
    expect(shownPlanned(num(0.5, "0%"))).toBe("50%");
    expect(shownPlanned(num(1852821))).toBe("1852821");
    expect(shownPlanned(text("<img src=x onerror=alert(1)>"))).toBe("<img src=x onerror=alert(1)>");
    expect(shownPlanned({ kind: "empty" })).toBe("");
  });
});
