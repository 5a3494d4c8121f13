import {
  kpiColumns,
  listSheet,
  seedRow,
  seedRows,
  workbookOf,
  type RowValues,
} from "../../../tests/builders/list-sheet";
import type { Quarter } from "../calendar/fiscal-calendar";
import { suggestKpiValues } from "../kpi/kpi-suggestions";
import { readMeasureRows } from "../list/measure-row";
import { openList, type OpenedList } from "../list/open-list";
import { num, text } from "../port/plan";
import { cellsOf } from "../port/runs";
import { planAcceptKpi } from "./accept-kpi";
import { chaseMessage, readReplyBy } from "../messages/chase-message";
import { chaseList } from "./chase";
import { check } from "./check";
import { planEdits } from "./edit";
import { isFixable, planFix } from "./fix";

const R7Q2: Quarter = { fiscalYear: 7, quarter: 2 };

function opened(rows: readonly RowValues[] = seedRows(), columns = kpiColumns(7)): OpenedList {
  const list = openList(workbookOf(listSheet({ rows, columns })));
  if (!list.ok) throw new Error(list.error.code);
  return list.value;
}

describe("a PL's edits", () => {
  test("only the cells whose value changed are written, each expecting what was read", () => {
    const list = opened();
    const { report, plan } = planEdits(list, [
      { rowIndex: 3, values: { weather: "☁", progress: "9月に試行開始", direction: "継続" } },
    ]);
    expect(cellsOf(plan.runs).map((c) => [c.rowIndex, c.col, c.field, c.value, c.expected])).toEqual([
      [3, 12, "progress", text("9月に試行開始"), seedRow("A1-2").progress],
      [3, 13, "weather", text("☁"), "☀"],
    ]);
    expect(report.changed).toBe(2);
    expect(report.issues).toEqual([]);
  });

  test("problems are shown before saving: the same rules as the check, on the edited row only", () => {
    // A key the list has no column for is not written and raises nothing of its own.
    const { report, plan } = planEdits(opened(), [{ rowIndex: 3, values: { direction: "縮小", 備考: "x" } }]);
    expect(report.issues.map((i) => [i.field, i.code])).toEqual([["directionReason", "reason-required"]]);
    expect(cellsOf(plan.runs).map((c) => c.field)).toEqual(["direction"]);
    const kpi = planEdits(opened(), [{ rowIndex: 3, values: { direction: "縮小", "actual[R7]": "約10件" } }]);
    expect(kpi.report.issues.map((i) => [i.field, i.code])).toEqual([
      ["directionReason", "reason-required"],
      ["actual[R7]", "not-a-number"],
    ]);
  });

  test("an actual too extreme for a rate is an error shown before saving, never a crash", () => {
    const list = opened([seedRow("A1-4", { targetR7: 1 })]);
    const { report, plan } = planEdits(list, [{ rowIndex: 2, values: { "actual[R7]": 1e308 } }], {
      quarter: R7Q2,
    });
    expect(report.issues.map((i) => [i.row, i.field, i.code])).toEqual([[3, "target[R7]", "out-of-range"]]);
    expect(cellsOf(plan.runs).map((c) => [c.field, c.value])).toEqual([["actual[R7]", num(1e308)]]);
  });

  test("an emptied cell is written empty; a number stays a number", () => {
    const { plan } = planEdits(opened(), [{ rowIndex: 3, values: { progress: null, "actual[R7]": 28 } }]);
    expect(cellsOf(plan.runs).map((c) => [c.field, c.value])).toEqual([
      ["progress", { kind: "empty" }],
      ["actual[R7]", num(28)],
    ]);
  });
});

describe("one-click fixes", () => {
  test("a variant and C3-2's stray weather mark are fixed; a pace mismatch is not fixable", () => {
    const rows = seedRows().map((r) =>
      r.branch1 === "A1" && r.branch2 === 1 ? { ...r, weather: "晴れ" } : r,
    );
    const list = opened(rows);
    const issues = check(list, { quarter: R7Q2 }).report.issues;
    const fixable = issues.filter(isFixable);
    expect(fixable.map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [3, "non-canonical-choice", "☀"],
      [34, "missing-value", "☁"],
    ]);
    const { plan, report } = planFix(list, issues);
    expect(report.fixed).toEqual(fixable);
    expect(cellsOf(plan.runs).map((c) => [c.rowIndex, c.col, c.value, c.expected])).toEqual([
      [2, 13, text("☀"), "晴れ"],
      [33, 13, text("☁"), null],
    ]);
  });
});

describe("KPI values accepted from the text", () => {
  const rows = [seedRow("A1-4"), seedRow("B1-3", { unit: "%" }), seedRow("A2-1", { unit: "%" })];

  test("each suggestion goes into its row's R7 cell, a percentage as Excel stores it", () => {
    const list = opened(rows);
    const suggestions = suggestKpiValues(readMeasureRows(list.sheet, list.layout), 7);
    const planned = suggestions.map((s) => {
      const { report, plan } = planAcceptKpi(list, s, R7Q2);
      const [cell] = cellsOf(plan.runs);
      return [s.id, s.field, report.column, cell?.value];
    });
    expect(planned).toEqual([
      ["A1-4", "target", "T", num(60)],
      ["A1-4", "actual", "U", num(28)],
      ["B1-3", "target", "T", num(0.8, "0.0%")],
      ["B1-3", "actual", "U", num(0.501, "0.0%")],
      ["A2-1", "target", "T", num(1, "0.0%")],
    ]);
  });

  test("a ratio no number can hold the quotient of is never offered, so none can be accepted", () => {
    const extreme = seedRow("B1-3", { unit: "%", progress: `${"9".repeat(305)}/0.000001完了` });
    const list = opened([extreme]);
    const suggestions = suggestKpiValues(readMeasureRows(list.sheet, list.layout), 7);
    expect(suggestions.map((s) => [s.id, s.field, s.source])).toEqual([["B1-3", "target", "80%"]]);
  });

  test("a relative target is written as the figure it works out to, never as its percentage", () => {
    const a32 = (values: RowValues) => seedRow("A3-2", { unit: "件", ...values });
    const list = opened([a32({ baseline: "38,929件" }), { ...a32({}), branch2: 9 }]);
    const planned = suggestKpiValues(readMeasureRows(list.sheet, list.layout), 7).map((s) => {
      const { report, plan } = planAcceptKpi(list, s, R7Q2);
      return [s.id, s.source, report.column, report.value, cellsOf(plan.runs).length];
    });
    // With a 基準値: 38,929 up 10%. Without one there is no figure, and nothing to write.
    expect(planned).toEqual([
      ["A3-2", "前年度比10%増", "T", num(42822), 1],
      ["A3-9", "前年度比10%増", "T", null, 0],
    ]);
  });

  test("without a column for it, nothing is planned and the report says so", () => {
    const list = opened(rows, undefined);
    const plain = openList(workbookOf(listSheet({ rows })));
    if (!plain.ok) throw new Error("no list");
    const [first] = suggestKpiValues(readMeasureRows(list.sheet, list.layout), 7);
    const { report, plan } = planAcceptKpi(plain.value, first, R7Q2);
    expect([report.column, plan.runs]).toEqual([null, []]);
  });
});

describe("催促リスト", () => {
  test("per department, what each measure still lacks; the message is plain text to copy", () => {
    const rows = [
      seedRow("A1-1", { progress: null, weather: null }),
      seedRow("A1-2", { direction: "見直し", directionReason: null }),
      seedRow("A1-3"),
      seedRow("B1-1", { department: "市民部", direction: null }),
    ];
    const groups = chaseList(opened(rows));
    expect(groups.map((g) => [g.department, g.items.map((i) => [i.id, i.missing])])).toEqual([
      [
        "総務部",
        [
          ["A1-1", ["progress", "weather"]],
          ["A1-2", ["directionReason"]],
        ],
      ],
      ["市民部", [["B1-1", ["direction"]]]],
    ]);
    const message = chaseMessage(groups[1], { fiscalYear: 8, quarter: 2 });
    expect(message).toBe(
      [
        "市民部 PL ご担当者様",
        "",
        "令和8年度 第2四半期（7〜9月）の施策リストで、次の項目がまだ入力されていません。",
        "ご記入をお願いします。",
        "",
        `・B1-1 ${seedRow("B1-1").item}: 今後の方向性`,
        "",
        "総務部 DX推進課 行革推進係",
      ].join("\n"),
    );
    expect(chaseMessage(groups[1], { fiscalYear: 8, quarter: 2 }, "en")).toContain("・B1-1");
  });

  test("signed by the PMO's sender and asking by its reply-by date, when it set them", () => {
    const [group] = chaseList(opened([seedRow("A1-1", { weather: null })]));
    const options = { sender: " 市民協働課 行革担当 山田 ", replyBy: { year: 2026, month: 10, day: 9 } };
    const lines = chaseMessage(group, { fiscalYear: 8, quarter: 2 }, "ja", options).split("\n");
    expect([lines[3], lines[lines.length - 1]]).toEqual([
      "令和8年10月9日（金）までにご記入をお願いします。",
      "市民協働課 行革担当 山田",
    ]);
    const english = chaseMessage(group, { fiscalYear: 8, quarter: 2 }, "en", options).split("\n");
    expect([english[2], english[3], english[english.length - 1]]).toEqual([
      "In the measure list for FY2026 Q2 (July–September), these entries are still empty.",
      "Please fill them in by Friday 9 October 2026.",
      "市民協働課 行革担当 山田",
    ]);
    // An empty sender is no sender: the default signature.
    expect(
      chaseMessage(group, { fiscalYear: 8, quarter: 2 }, "ja", { sender: "  " }).endsWith("行革推進係"),
    ).toBe(true);
  });

  test("a reply-by date as the date field gives it, or none", () => {
    expect(readReplyBy("2026-10-09")).toEqual({ year: 2026, month: 10, day: 9 });
    expect(["", "2026-02-30", "2026-13-01", "10/9", "2026-1-9"].map(readReplyBy)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
