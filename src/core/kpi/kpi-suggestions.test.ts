import {
  SEED_COLUMNS,
  seedRow,
  seedRows,
  type ColumnSpec,
  type RowValues,
} from "../../../tests/builders/list-sheet";
import { checkedRows } from "../../../tests/builders/rules";
import { labelOfKey } from "../list/fields";
import { suggestKpiValues, type KpiSuggestion } from "./kpi-suggestions";
import type { MeasureRow } from "../list/measure-row";

function rowsOf(rows: readonly RowValues[], columns: readonly ColumnSpec[] = SEED_COLUMNS): MeasureRow[] {
  return checkedRows(rows, { spec: { columns } }).rows;
}

/** `[id, field, value, unit, from, source]`. */
function project(suggestions: readonly KpiSuggestion[]) {
  return suggestions.map((s) => [s.id, s.field, s.value, s.unit, s.from, s.source]);
}

const suggest = (ids: readonly string[], fiscalYear: number) =>
  project(suggestKpiValues(rowsOf(ids.map((id) => seedRow(id))), fiscalYear));

describe("KPI values suggested from the row's own text (§6)", () => {
  test("A1-4: target 60 from 「改善実施数:60」, actual 28 from 「28/60完了」", () => {
    const rows = rowsOf([seedRow("A1-4")]);
    expect(suggestKpiValues(rows, 7)).toEqual([
      {
        row: 3,
        id: "A1-4",
        field: "target",
        value: 60,
        of: null,
        unit: null,
        from: "R7年度末時点",
        source: "改善実施数:60",
        relative: null,
      },
      // A ratio keeps its total, so a % KPI can store 28 ÷ 60 when the person accepts it.
      {
        row: 3,
        id: "A1-4",
        field: "actual",
        value: 28,
        of: 60,
        unit: null,
        from: "進捗状況",
        source: "28/60完了",
        relative: null,
      },
    ]);
  });

  test("B1-3: target 80 % from the R7 milestone, actual 50.1 % from 「Q1平均50.1%」", () => {
    expect(suggest(["B1-3"], 7)).toEqual([
      ["B1-3", "target", 80, "%", "R7年度末時点", "80%"],
      ["B1-3", "actual", 50.1, "%", "進捗状況", "Q1平均50.1%"],
    ]);
  });

  test("B1-4: 「R7：1,852,821枚」 is an actual for R7 only; the R6 and R9 counts never are", () => {
    expect(suggest(["B1-4"], 7)).toEqual([
      ["B1-4", "actual", 1_852_821, "枚", "進捗状況", "R7：1,852,821枚"],
    ]);
    expect(suggest(["B1-4"], 8)).toEqual([]);
    expect(suggest(["B1-4"], 6)).toEqual([
      ["B1-4", "actual", 4_779_225, "枚", "進捗状況", "R6：4,779,225枚"],
    ]);
  });

  test("C3-2: target 3.8 from 「研修の理解度：平均3.8以上」 with its qualifiers; actual the first score written", () => {
    expect(suggest(["C3-2"], 7)).toEqual([
      ["C3-2", "target", 3.8, null, "R7年度末時点", "研修の理解度：平均3.8以上"],
      ["C3-2", "actual", 4.31, null, "進捗状況", "Excel : 4.31"],
    ]);
  });

  test("dates are not actuals: B1-6's 「8/25に」「8/28GIS研修」 give only the milestone's target", () => {
    expect(suggest(["B1-6"], 7)).toEqual([
      ["B1-6", "target", 2, null, "R7年度末時点", "公開型GISに新規搭載する地図数：2"],
    ]);
  });

  test("rows whose texts state no number get nothing", () => {
    expect(suggest(["A1-1", "A1-2", "A1-3", "B2-1"], 7)).toEqual([]);
  });

  test("a milestone of another year is not this year's target: A1-4 has no R8 milestone", () => {
    expect(suggest(["A1-4"], 8)).toEqual([["A1-4", "actual", 28, null, "進捗状況", "28/60完了"]]);
  });

  test("the Q4 target column carries no year, so it is never taken for a year's target", () => {
    // B1-1's 「仕組み化シート整備率:100%」 sits in Q4末 到達目標, which belongs to R7's roadmap.
    expect(suggest(["B1-1"], 8)).toEqual([]);
  });

  describe("rows that already have a KPI value", () => {
    const columns: readonly ColumnSpec[] = [
      ...SEED_COLUMNS,
      { key: "unit", header: "単位" },
      { key: "targetR7", header: "R7年度目標値" },
      { key: "actualR7", header: "R7実績値" },
    ];

    test("get no suggestion for that value, but still for the one that is empty", () => {
      const rows = rowsOf(
        [
          seedRow("A1-4", { targetR7: 60 }),
          seedRow("B1-3", { unit: "%", actualR7: "50.1%" }),
          seedRow("B1-9", { targetR7: 19, actualR7: 19 }),
        ],
        columns,
      );
      expect(project(suggestKpiValues(rows, 7))).toEqual([
        ["A1-4", "actual", 28, null, "進捗状況", "28/60完了"],
        ["B1-3", "target", 80, "%", "R7年度末時点", "80%"],
      ]);
    });

    test("an unreadable value is still a value: it is reported, not replaced by a guess", () => {
      const rows = rowsOf([seedRow("A1-4", { targetR7: "約60件", actualR7: { error: "#N/A" } })], columns);
      expect(suggestKpiValues(rows, 7)).toEqual([]);
    });

    test("a blank cell is empty: it gets a suggestion", () => {
      const rows = rowsOf([seedRow("A1-4", { targetR7: " ", actualR7: null })], columns);
      expect(project(suggestKpiValues(rows, 7)).map((s) => s.slice(1, 3))).toEqual([
        ["target", 60],
        ["actual", 28],
      ]);
    });

    test("a value for another year does not count for this one", () => {
      const rows = rowsOf([seedRow("A1-4", { targetR7: 60, actualR7: 28 })], columns);
      expect(project(suggestKpiValues(rows, 8))).toEqual([
        ["A1-4", "actual", 28, null, "進捗状況", "28/60完了"],
      ]);
    });
  });

  test("on the whole seed list, every source is in the cell its `from` names, and the row is right", () => {
    const rows = rowsOf(seedRows());
    for (const fiscalYear of [7, 8, 9]) {
      const suggestions = suggestKpiValues(rows, fiscalYear);
      for (const s of suggestions) {
        const row = rows.find((r) => r.row === s.row);
        expect(row?.id).toBe(s.id);
        const keys = [...(row?.columns.keys() ?? [])].filter((key) => labelOfKey(key) === s.from);
        expect(keys).toHaveLength(1);
        expect(row?.text(keys[0])).toContain(s.source);
      }
    }
    expect(suggestKpiValues(rows, 7)).toHaveLength(22);
    expect(suggestKpiValues(rows, 8)).toHaveLength(6);
  });

  describe("a target against an earlier figure is offered as relative, never as an absolute 10%", () => {
    const columns: readonly ColumnSpec[] = [
      ...SEED_COLUMNS,
      { key: "unit", header: "単位" },
      { key: "baseline", header: "基準値" },
      { key: "actualR6", header: "R6実績値" },
      { key: "targetR7", header: "R7年度目標値" },
      { key: "actualR7", header: "R7実績値" },
    ];
    /** `[source, base, basis key and value, target, missing]` of each relative target. */
    const relative = (rows: readonly RowValues[], fiscalYear = 7) =>
      suggestKpiValues(rowsOf(rows, columns), fiscalYear)
        .filter((s) => s.field === "target")
        .map((s) => {
          const r = s.relative;
          if (r === null) return [s.source, "absolute", s.value];
          const base =
            r.base.kind === "year" ? `R${r.base.fiscalYear}${r.base.previous ? "(前年度)" : ""}` : "基準値";
          return [s.source, base, r.basis && `${r.basis.key}=${r.basis.value}`, r.target, r.missing];
        });

    test("A3-2 「前年度比10%増」: from R6's actual where the row has it, else from its 基準値", () => {
      expect(relative([seedRow("A3-2", { unit: "件", actualR6: 38929, baseline: 35000 })])).toEqual([
        ["前年度比10%増", "R6(前年度)", "actual[R6]=38929", 42822, null],
      ]);
      expect(relative([seedRow("A3-2", { unit: "件", baseline: 38929 })])).toEqual([
        ["前年度比10%増", "R6(前年度)", "baseline=38929", 42822, null],
      ]);
    });

    test("A3-2 without a figure to start from: still relative, with no target and the reason", () => {
      expect(relative([seedRow("A3-2")])).toEqual([["前年度比10%増", "R6(前年度)", null, null, "basis"]]);
      // Reviewing R8, the year before is R7: its 基準値 is not taken for R7's actual.
      expect(
        suggestKpiValues(rowsOf([seedRow("A3-2", { milestoneR9: "前年度比5%増" })], columns), 9).map(
          (s) => s.relative?.base,
        ),
      ).toEqual([{ kind: "year", fiscalYear: 8, previous: true }]);
    });

    test("B1-4 「50%（対R6比）」 says neither up nor down: relative to R6, no target", () => {
      // The seed writes it in the R9 milestone; here it is R7's.
      const milestoneR7 = "ペーパーレス:50% （対R6比） ＝ ・庁内向け資料：100%達成。";
      expect(relative([seedRow("B1-4", { milestoneR7, unit: "枚", actualR6: 4_779_225 })])).toEqual([
        ["ペーパーレス:50% （対R6比）", "R6(前年度)", "actual[R6]=4779225", null, "direction"],
      ]);
    });

    test("「30%削減」 moves the 基準値; a % KPI's 「10%増」 (points or a tenth?) is not worked out", () => {
      const cut = seedRow("A1-4", { milestoneR7: "印刷枚数を30%削減", unit: "枚", baseline: 2_000_000 });
      const rate = seedRow("A1-4", { milestoneR7: "利用率:前年度比10%増", unit: "%", actualR6: "40%" });
      expect(relative([cut, rate])).toEqual([
        ["30%削減", "基準値", "baseline=2000000", 1_400_000, null],
        ["前年度比10%増", "R6(前年度)", "actual[R6]=0.4", null, "percent-kpi"],
      ]);
    });

    test("a relative figure in the progress text is never an actual", () => {
      const row = seedRow("A1-4", { progress: "交付件数は前年度比12%増" });
      expect(suggestKpiValues(rowsOf([row], columns), 7).filter((s) => s.field === "actual")).toEqual([]);
    });
  });

  test("at most one target and one actual per row", () => {
    const suggestions = suggestKpiValues(rowsOf(seedRows()), 7);
    const keys = suggestions.map((s) => `${s.row}:${s.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
