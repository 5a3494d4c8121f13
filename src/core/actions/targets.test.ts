import { openList } from "../list/open-list";
import type { WorkbookGrid } from "../port/grid";
import {
  kpiColumns,
  listSheet,
  paperRow,
  seedRow,
  seedRows,
  workbookOf,
  type RowValues,
} from "../../../tests/builders/list-sheet";
import {
  SEED_KGI_ROW,
  SEED_TARGET_ROWS,
  targetsSheet,
  type TargetRowSpec,
  type TargetsSheetSpec,
} from "../../../tests/builders/targets-sheet";
import { targets, targetsServedBy } from "./targets";
import type { TargetsModel } from "../targets/model";

/** Three measures whose KPIs count hours saved in R8: what 職員の年間作業時間 adds up. */
const HOURS_MEASURES: RowValues[] = [
  seedRow("A1-1", {
    kpiName: "書かない窓口による削減時間",
    unit: "時間",
    targetR8: "5,000時間",
    actualR8: "4,000時間",
  }),
  seedRow("B1-3", {
    kpiName: "電子決裁による削減時間",
    unit: "時間",
    targetR8: "3,000時間",
    actualR8: "2,500時間",
  }),
  seedRow("C3-1", {
    kpiName: "生成AIによる削減時間",
    unit: "時間",
    targetR8: "2,000時間",
    actualR8: "1,535時間",
  }),
];

/** The seed list with KPI columns: B1-4's copy paper, the three hour-saving measures, A1-4's improvements. */
function kpiList(): ReturnType<typeof listSheet> {
  const byId = new Map(
    [
      paperRow({ actualR8: "4,540,000枚" }),
      ...HOURS_MEASURES,
      seedRow("A1-4", { kpiName: "改善実施数", unit: "件", targetR8: 60, actualR8: 28 }),
    ].map((r) => [`${String(r.branch1)}-${String(r.branch2)}`, r]),
  );
  const rows = seedRows().map((r) => byId.get(`${String(r.branch1)}-${String(r.branch2)}`) ?? r);
  return listSheet({ columns: kpiColumns(8), rows });
}

function run(
  spec: TargetsSheetSpec,
  options: { fiscalYear?: number; quarter?: 1 | 2 | 3 | 4 } = {},
): TargetsModel {
  const book: WorkbookGrid = workbookOf(kpiList(), targetsSheet(spec));
  const list = openList(book);
  if (!list.ok) throw new Error(list.error.code);
  const report = targets(list.value, {
    quarter: { fiscalYear: 8, quarter: options.quarter ?? 2 },
    fiscalYear: options.fiscalYear,
  });
  if (!report.model) throw new Error("no model");
  return report.model;
}

const seed = (name: string, extra: Partial<TargetRowSpec>): TargetRowSpec => {
  const row = SEED_TARGET_ROWS.find((r) => r.name === name);
  if (!row) throw new Error(name);
  return { ...row, ...extra };
};

describe("2026 standing with typed actuals", () => {
  const rows = SEED_TARGET_ROWS.map((r) => ({ ...r, actuals: [null, null, null] as (string | null)[] }));
  rows[0] = { ...rows[0], actuals: ["8,035時間削減", null, null] };
  rows[1] = { ...rows[1], actuals: ["4,540,000枚", null, null] };
  rows[2] = { ...rows[2], actuals: ["14％", null, null] };
  rows[3] = { ...rows[3], actuals: ["100%", null, null] };
  const model = run({ rows });

  test("達成率 from the baseline, reduction-aware; pace against half the way at Q2; grade and status", () => {
    expect(
      model.targets
        .filter((r) => r.standing.kind === "numeric")
        .map(
          (r) =>
            r.standing.kind === "numeric" && [
              r.target.name,
              r.standing.target,
              r.standing.actual,
              r.standing.rate,
              r.standing.pace,
              r.standing.grade,
              r.standing.status,
            ],
        ),
    ).toEqual([
      ["職員の年間作業時間", 10000, 8035, 0.5, 1, "C", "on-track"],
      ["A4コピー用紙購入枚数", 4480000, 4540000, 0.5, 1, "C", "on-track"],
      ["テレワーク実施率", 20, 14, 0.333333333333, 0.666666666666, "D", "behind"],
      ["文書管理システムの電子決裁（発意起案）", 100, 100, 1, 2, "A", "achieved"],
    ]);
    expect(model).toMatchObject({
      sheet: "目標",
      fiscalYear: 2026,
      quarter: 2,
      years: [2026, 2027, 2028],
      baselineYear: 2025,
    });
  });

  test("in 2027 the pace runs from 2026's target: A4 paper expected at 4,395,000 by Q2", () => {
    const later = SEED_TARGET_ROWS.slice(1, 2).map((r) => ({ ...r, actuals: [null, "4,395,000枚", null] }));
    const standing = run({ rows: later }, { fiscalYear: 2027 }).targets[0].standing;
    expect(standing).toMatchObject({
      kind: "numeric",
      year: 2027,
      target: 4310000,
      actual: 4395000,
      status: "on-track",
    });
    expect(standing.kind === "numeric" && standing.pace).toBe(1);
    expect(standing.kind === "numeric" && standing.rate).toBeCloseTo(205000 / 290000, 10);
  });

  test("a year with no actual yet, and a year with no target", () => {
    const noActual = run({ rows: SEED_TARGET_ROWS.slice(2, 3) }).targets[0].standing;
    expect(noActual).toMatchObject({ status: "no-actual", rate: null, target: 20 });
    const kgi = run({ rows: [SEED_KGI_ROW], columns: ["kind"] }).targets[0].standing;
    expect(kgi).toMatchObject({ status: "no-target", target: null });
  });
});

describe("施策の合計: a target computed from three linked measures", () => {
  const model = run({
    rows: [
      seed("職員の年間作業時間", { links: "A1-1、B1-3、生成AIによる削減時間", aggregate: "施策の合計" }),
    ],
    columns: ["links", "aggregate"],
  });

  test("the actual is the sum of their R8 actuals, each measure's share shown", () => {
    const [result] = model.targets;
    expect(result.links.measures.map((m) => [m.id, m.kpiUnit])).toEqual([
      ["A1-1", "時間"],
      ["B1-3", "時間"],
      ["C3-1", "時間"],
    ]);
    expect(result.standing).toEqual({
      kind: "numeric",
      year: 2026,
      target: 10000,
      actual: 8035,
      rate: 0.5,
      pace: 1,
      grade: "C",
      status: "on-track",
      shares: [
        { measureId: "A1-1", value: 4000, share: 0.497822028625 },
        { measureId: "B1-3", value: 2500, share: 0.31113876789 },
        { measureId: "C3-1", value: 1535, share: 0.191039203485 },
      ],
    });
    expect(targetsServedBy(model, "B1-3").map((r) => r.target.name)).toEqual(["職員の年間作業時間"]);
    expect(targetsServedBy(model, "A1-4")).toEqual([]);
  });
});

describe("a staged target ahead, on schedule and behind", () => {
  const online = (actuals: (string | null)[]) => seed("処分通知等オンライン化の推進", { actuals });
  const status = (actuals: (string | null)[], fiscalYear: number) =>
    run({ rows: [online(actuals)] }, { fiscalYear }).targets[0].standing;

  test("ahead: 2027's stage reached in 2026", () => {
    expect(status(["実証・導入開始", null, null], 2026)).toEqual({
      kind: "staged",
      year: 2026,
      planned: "導入に向けた調査・研究",
      reached: "実証・導入開始",
      reachedYear: 2027,
      status: "ahead",
    });
  });

  test("on schedule: 2026's stage in 2026; the seed's 拡⼤ matches 拡大 typed", () => {
    expect(status(["導入に向けた調査・研究", null, null], 2026)).toMatchObject({
      status: "on-schedule",
      reachedYear: 2026,
    });
    expect(status([null, null, "対象手続き拡大"], 2028)).toMatchObject({
      status: "on-schedule",
      reachedYear: 2028,
    });
  });

  test("behind: in 2027 still at 2026's stage", () => {
    expect(status(["導入に向けた調査・研究", null, null], 2027)).toMatchObject({
      planned: "実証・導入開始",
      reached: "導入に向けた調査・研究",
      reachedYear: 2026,
      status: "behind",
    });
  });

  test("a merged stage counts for both years it spans", () => {
    const ai = seed("生成AIツールの機能拡充", {
      actuals: [null, "機能拡充した生成AIツールの導入・全庁運⽤", null],
    });
    const in2028 = run({ rows: [ai] }, { fiscalYear: 2028 }).targets[0].standing;
    expect(in2028).toMatchObject({
      planned: "機能拡充した生成AIツールの導入・全庁運⽤",
      status: "on-schedule",
      reachedYear: 2028,
    });
  });
});

describe("the KGI", () => {
  test("without a base: the hours saved so far (the 現在地 of 職員の年間作業時間) and what base it needs", () => {
    const model = run({ rows: [...SEED_TARGET_ROWS, SEED_KGI_ROW], columns: ["kind"] });
    expect(model.kgi).toEqual({
      row: 8,
      name: "既存業務の業務量",
      targetShare: 0.3,
      base: null,
      achievedShare: null,
      hoursSaved: 6070,
      needs: expect.stringContaining("業務量の基準") as unknown as string,
    });
  });

  test("with a base row (業務量の基準): the share of the workload saved, from the measures' hours", () => {
    const base: TargetRowSpec = {
      name: "業務量の基準（年間総業務時間）",
      baseline: "1,000,000時間",
      years: [null, null, null],
    };
    const hours = seed("職員の年間作業時間", { links: "A1-1、B1-3、C3-1", aggregate: "施策の合計" });
    const model = run({ rows: [hours, SEED_KGI_ROW, base], columns: ["kind", "links", "aggregate"] });
    expect(model.kgi).toMatchObject({
      targetShare: 0.3,
      base: { name: "業務量の基準（年間総業務時間）", value: 1000000, unit: "時間" },
      hoursSaved: 8035,
      achievedShare: 0.008035,
      needs: null,
    });
    expect(model.gaps.targetsWithoutMeasures).toEqual(["既存業務の業務量"]);
  });

  test("no KGI row, no KGI", () => {
    expect(run({}).kgi).toBeNull();
  });
});

describe("the gaps", () => {
  test("targets with no measure behind them, and measures whose KPI serves no target", () => {
    const model = run({});
    // B1-4's KPI is 「A4コピー用紙購入枚数」, the target's own name: it carries that target.
    expect(model.targets.map((r) => [r.target.name, r.links.measures.map((m) => m.id)])[1]).toEqual([
      "A4コピー用紙購入枚数",
      ["B1-4"],
    ]);
    expect(model.gaps).toEqual({
      targetsWithoutMeasures: [
        "職員の年間作業時間",
        "テレワーク実施率",
        "文書管理システムの電子決裁（発意起案）",
        "処分通知等オンライン化の推進",
        "生成AIツールの機能拡充",
      ],
      measuresServingNoTarget: [
        { id: "A1-1", name: "書かない窓口の実現", kpiName: "書かない窓口による削減時間" },
        { id: "A1-4", name: "窓口業務改善", kpiName: "改善実施数" },
        { id: "B1-3", name: "紙決裁の廃止", kpiName: "電子決裁による削減時間" },
        { id: "C3-1", name: "生成AIの活用", kpiName: "生成AIによる削減時間" },
      ],
    });
  });
});

describe("the check", () => {
  const project = (model: TargetsModel) =>
    model.issues.map((i) => [i.row, i.column, i.field, i.code, i.severity]);

  test("the seed's table as printed is clean", () => {
    expect(project(run({}))).toEqual([]);
  });

  test("each problem at its cell, with the list's issue model", () => {
    const rows: TargetRowSpec[] = [
      seed("職員の年間作業時間", { links: "A1-1、Z9-9", aggregate: "施策の合計" }),
      seed("A4コピー用紙購入枚数", { years: ["4,480,000枚", "約431万枚", "4,115件"], direction: "増加" }),
      seed("テレワーク実施率", { direction: "横ばい" }),
      seed("処分通知等オンライン化の推進", { actuals: ["検討中", null, null] }),
      {
        name: "時間の合計",
        baseline: "0時間",
        years: ["1,000時間", null, null],
        links: "A1-4",
        aggregate: "施策の合計",
      },
    ];
    const model = run({
      rows,
      columns: ["links", "aggregate", "direction"],
      yearHeaders: ["2026年度", "2028年度", "2027年度"],
    });
    expect(project(model)).toEqual([
      [1, "E", "header", "target-year-order", "error"],
      [2, "I", "links", "target-link-unknown", "warning"],
      [3, "D", "target[R10]", "target-not-a-number", "error"],
      [3, "E", "target[R9]", "target-unit-changes", "error"],
      [3, "K", "polarity", "target-direction-contradiction", "warning"],
      [4, "K", "polarity", "invalid-polarity", "error"],
      [5, "F", "actual[R8]", "target-stage-unknown", "warning"],
      [6, "I", "links", "target-kpi-unit-mismatch", "warning"],
    ]);
    expect(model.issues[1].message).toBe(
      "目標「職員の年間作業時間」の関連施策「Z9-9」は施策リストのどの施策番号・指標名とも合いません",
    );
    expect(model.issues[3].suggestion).toBe("4115枚");
  });

  test("a missing year between the first and the last is told once", () => {
    expect(
      project(
        run({
          rows: SEED_TARGET_ROWS.slice(1, 2).map((r) => ({ ...r, years: r.years.slice(0, 2) })),
          yearHeaders: ["2026年度", "2028年度"],
        }),
      ),
    ).toEqual([[1, null, "header", "target-year-missing", "warning"]]);
  });
});
