import { runSheetRule } from "../../../../tests/builders/rules";
import { reorder, renamed, seedRow, seedRows, SEED_COLUMNS } from "../../../../tests/builders/list-sheet";
import { requiredColumns } from "./columns";
import { duplicateIds } from "./duplicate-ids";
import { labelConsistency } from "./labels";

describe("required columns", () => {
  test("the seed's header has them all", () => {
    expect(runSheetRule(requiredColumns, seedRows())).toEqual([]);
  });

  test("a missing 天気 column is a sheet-level error; missing 進捗状況 a warning", () => {
    const columns = reorder(
      SEED_COLUMNS.map((c) => c.key).filter((k) => k !== "weather" && k !== "progress"),
    );
    const issues = runSheetRule(requiredColumns, [seedRow("A1-1")], { spec: { columns } });
    expect(issues.map((i) => [i.row, i.column, i.field, i.code, i.severity])).toEqual([
      [null, null, "progress", "missing-column", "warning"],
      [null, null, "weather", "missing-column", "error"],
    ]);
  });

  test("a misspelt header counts as missing", () => {
    const issues = runSheetRule(requiredColumns, [seedRow("A1-1")], {
      spec: { columns: renamed({ direction: "今後について" }) },
    });
    expect(issues.map((i) => [i.field, i.code])).toEqual([["direction", "missing-column"]]);
  });
});

describe("duplicate ids", () => {
  test("the seed has none", () => {
    expect(runSheetRule(duplicateIds, seedRows())).toEqual([]);
  });

  test("every repeat points at the first row; 「Ａ１」 and 「A1」 are the same id", () => {
    const rows = [
      seedRow("A1-1"),
      seedRow("A1-2"),
      seedRow("A1-3", { branch2: 1 }),
      seedRow("A1-4", { branch1: "Ａ１", branch2: "１" }),
    ];
    const issues = runSheetRule(duplicateIds, rows);
    expect(issues.map((i) => [i.row, i.field, i.id, i.params])).toEqual([
      [5, "branch2", "A1-1", { id: "A1-1", firstRow: 3 }],
      [6, "branch2", "A1-1", { id: "A1-1", firstRow: 3 }],
    ]);
  });
});

describe("label consistency", () => {
  test("the seed's labels are consistent", () => {
    expect(runSheetRule(labelConsistency, seedRows())).toEqual([]);
  });

  test("a differing spelling of one code is a warning with the majority spelling", () => {
    const rows = [
      seedRow("A1-1"),
      seedRow("A1-2"),
      seedRow("A1-3", { domain: "A1:窓口サービス改革", pillar: "A：市民サービスの改善・向上" }),
    ];
    const issues = runSheetRule(labelConsistency, rows);
    expect(issues.map((i) => [i.row, i.field, i.severity, i.suggestion])).toEqual([
      [5, "pillar", "warning", "A:市民サービスの改善・向上"],
      [5, "domain", "warning", "A1:窓口サービスの改革"],
    ]);
  });
});
