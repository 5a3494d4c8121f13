import { fill } from "../../core/actions/fill";
import { planEdits } from "../../core/actions/edit";
import { EMPTY_PLAN, num, text } from "../../core/port/plan";
import { sampleList } from "../../../tests/builders/sample-list";
import { changesNothing, planChanges, shownPlanned } from "./plan-changes";

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
