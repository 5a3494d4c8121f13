import { check } from "../../core/actions/check";
import { parseQuarter } from "../../core/calendar/fiscal-calendar";
import { KPI_SAMPLE_PATH, sampleList } from "../../../tests/builders/sample-list";
import { groupIssues } from "./issue-groups";

async function kpiSampleChecked() {
  const list = await sampleList(KPI_SAMPLE_PATH);
  const q = parseQuarter("R7Q2");
  if (!q.ok) throw new Error("quarter");
  return { list, issues: check(list, { quarter: q.value }).report.issues };
}

describe("the check's issues in groups, with counts", () => {
  test("by department, in the order the list first names them", async () => {
    const { list, issues } = await kpiSampleChecked();
    expect(
      groupIssues(list, issues, "department").map((g) => [
        g.key,
        g.counts.error,
        g.counts.warning,
        g.issues.length,
      ]),
    ).toEqual([
      ["総務部", 1, 7, 8],
      ["市民部", 0, 1, 1],
    ]);
  });

  test("by kind, in the spec's order of codes", async () => {
    const { list, issues } = await kpiSampleChecked();
    expect(groupIssues(list, issues, "code").map((g) => [g.key, g.issues.map((i) => i.id)])).toEqual([
      ["missing-value", ["B1-5a", "B1-5b", "B1-7B", "B1-7C", "C2-2", "C3-1", "C3-2"]],
      ["weather-mismatch", ["A1-4", "A2-1"]],
    ]);
  });

  test("an issue about the whole sheet comes first, in a group of its own", async () => {
    const { list, issues } = await kpiSampleChecked();
    const c32 = issues.filter((i) => i.id === "C3-2");
    const sheetLevel = { ...c32[0], row: null, column: null, id: null };
    expect(groupIssues(list, [...c32, sheetLevel], "department").map((g) => g.key)).toEqual([null, "総務部"]);
  });
});
