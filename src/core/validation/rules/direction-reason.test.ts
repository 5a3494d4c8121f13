import { runRowRule } from "../../../../tests/builders/rules";
import { reorder, seedRow, SEED_COLUMNS } from "../../../../tests/builders/list-sheet";
import { directionReason } from "./direction-reason";

const check = (direction: string, reason: string | null) =>
  runRowRule(directionReason, [seedRow("A1-1", { direction, directionReason: reason })]).map((i) => [
    i.field,
    i.code,
    i.column,
  ]);

describe("direction reason", () => {
  test("継続 needs no reason", () => {
    expect(check("継続", null)).toEqual([]);
  });

  test.each(["拡充", "見直し", "縮小", "統合", "休止", "廃止", "完了", "改善", "中止"])(
    "%s needs a reason",
    (d) => {
      expect(check(d, null)).toEqual([["directionReason", "reason-required", "P"]]);
      expect(check(d, "R9から全庁展開するため")).toEqual([]);
    },
  );

  test("without a 方向性理由 column the row is still reported, without a column letter", () => {
    const columns = reorder(SEED_COLUMNS.map((c) => c.key).filter((k) => k !== "directionReason"));
    const issues = runRowRule(directionReason, [seedRow("A1-1", { direction: "廃止" })], {
      spec: { columns },
    });
    expect(issues.map((i) => [i.field, i.code, i.column])).toEqual([
      ["directionReason", "reason-required", null],
    ]);
  });

  test("unknown directions are left to the choice check", () => {
    expect(check("様子見", null)).toEqual([]);
  });
});
