import { seedRow, seedRows, listSheet, reorder, SEED_COLUMNS } from "../../../tests/builders/list-sheet";
import { project } from "../../../tests/builders/rules";
import { DEFAULT_CHOICES } from "../choices/choices";
import { readLayout } from "../list/find-list";
import { validateList } from "./validate";
import type { ListSheetSpec } from "../../../tests/builders/list-sheet";

function validate(spec: ListSheetSpec) {
  const sheet = listSheet(spec);
  const layout = readLayout(sheet);
  if (!layout) throw new Error("no list");
  return validateList({ sheet, layout, choices: DEFAULT_CHOICES });
}

describe("validating a whole list", () => {
  test("the seed list: six rows without progress, and C3-2's weather sitting in its progress text", () => {
    const report = validate({ titleRows: ["業務改革施策リスト（令和7年9月末時点）"] });
    expect(report.dataRows).toBe(32);
    expect(report.headerRows).toEqual([3, 4]);
    expect(report.counts).toEqual({ error: 1, warning: 6 });
    expect(report.issues.map((i) => [i.id, i.field, i.code])).toEqual([
      ["B1-5a", "progress", "missing-value"],
      ["B1-5b", "progress", "missing-value"],
      ["B1-7B", "progress", "missing-value"],
      ["B1-7C", "progress", "missing-value"],
      ["C2-2", "progress", "missing-value"],
      ["C3-1", "progress", "missing-value"],
      ["C3-2", "weather", "missing-value"],
    ]);
    expect(report.issues.map((i) => i.row)).toEqual([16, 17, 20, 21, 34, 35, 36]);
    const c32 = report.issues.find((i) => i.id === "C3-2");
    expect(c32).toMatchObject({
      column: "N",
      severity: "error",
      suggestion: "☁",
      message: "天気が未入力です（進捗状況に「☁」と書かれています）",
    });
  });

  test("issues come sheet-level first, then down the sheet and across each row", () => {
    const columns = reorder(SEED_COLUMNS.map((c) => c.key).filter((k) => k !== "progress"));
    const rows = [
      seedRow("A1-1", { weather: "晴れ", direction: "改善", directionReason: null }),
      seedRow("A1-2", { branch1: "a1", domain: "A1:窓口サービスの改革", weather: { error: "#N/A" } }),
      seedRow("A1-1", { weather: "☂", direction: "拡充", directionReason: "対象課を拡大" }),
    ];
    const report = validate({ columns, rows });
    expect(project(report.issues)).toEqual([
      [null, "progress", "missing-column"],
      [3, "weather", "non-canonical-choice"],
      [3, "direction", "non-canonical-choice"],
      [3, "directionReason", "reason-required"],
      [4, "branch1", "id-format"],
      [4, "weather", "cell-error"],
      [5, "branch2", "duplicate-id"],
    ]);
    expect(report.counts).toEqual({ error: 4, warning: 3 });
  });

  test("a 30,000-character progress text is fine; the report keeps it whole", () => {
    const huge = "進捗".repeat(15_000);
    const report = validate({ rows: [seedRow("A1-1", { progress: huge })] });
    expect(report.issues).toEqual([]);
    expect(report.rows[0].text("progress")).toHaveLength(30_000);
  });

  test("formula-looking texts are read as the text they are", () => {
    const report = validate({
      rows: [
        seedRow("A1-1", {
          progress: "=SUM(A1:A3)",
          item: "+ペーパーレス",
          purpose: "-",
          directionReason: "@担当",
        }),
      ],
    });
    expect(report.issues).toEqual([]);
  });

  test("every seed row is valid again once C3-2's mark is in its weather cell", () => {
    const rows = seedRows().map((r) => (r.branch1 === "C3" && r.branch2 === 2 ? { ...r, weather: "☁" } : r));
    const report = validate({ rows });
    expect(report.counts.error).toBe(0);
  });
});
