/**
 * A TargetsModel built by hand from seed 004's six rows (tests/builders/targets-sheet.ts), as the
 * core reads them for 令和8年度 (2026) 第2四半期, with the actuals and links the pane's tests need:
 * the pane's view helpers are tested on it without the core's reader.
 */
import type {
  NumericStanding,
  StagedStanding,
  Target,
  TargetPathStep,
  TargetResult,
  TargetValue,
  TargetsModel,
} from "../../src/core/targets/model";

const YEARS = [2026, 2027, 2028] as const;

export function num(raw: string, value: number, unit: string, reduction = false): TargetValue {
  return { raw, kind: "number", value, unit, ...(reduction ? { reduction } : {}) };
}

export function stage(raw: string): TargetValue {
  return { raw, kind: "stage" };
}

export const BLANK_CARRIED: TargetValue = { raw: null, kind: "blank", carried: true };

function target(
  row: number,
  name: string,
  baseline: TargetValue,
  years: readonly TargetValue[],
  more: Partial<Target> & { readonly actuals?: readonly (TargetValue | undefined)[] } = {},
): Target {
  const { actuals, ...rest } = more;
  const path: TargetPathStep[] = YEARS.map((year, i) => ({
    year,
    target: years[i],
    ...(actuals?.[i] ? { actual: actuals[i] } : {}),
    carried: years[i].kind === "blank" && years[i].carried === true,
  }));
  const numeric = years.some((v) => v.kind === "number");
  return {
    row,
    name,
    kgi: false,
    kind: numeric ? "numeric" : "staged",
    direction: null,
    directionStated: false,
    aggregate: "typed",
    baseline: { year: 2025, value: baseline },
    path,
    links: [],
    ...rest,
  };
}

function numeric(partial: Partial<NumericStanding>): NumericStanding {
  return {
    kind: "numeric",
    year: 2026,
    target: null,
    actual: null,
    rate: null,
    pace: null,
    grade: null,
    status: "no-actual",
    ...partial,
  };
}

function staged(partial: Partial<StagedStanding>): StagedStanding {
  return {
    kind: "staged",
    year: 2026,
    planned: null,
    reached: null,
    reachedYear: null,
    status: "no-actual",
    ...partial,
  };
}

const hours = target(
  2,
  "職員の年間作業時間",
  num("6,070時間削減", 6070, "時間", true),
  [
    num("10,000時間削減", 10000, "時間", true),
    num("10,000時間削減", 10000, "時間", true),
    num("10,000時間削減", 10000, "時間", true),
  ],
  { direction: "increase", aggregate: "sum-of-measures", links: ["A1-1", "B2-1", "C1-1"] },
);
const paper = target(
  3,
  "A4コピー用紙購入枚数",
  num("4,600,000枚", 4600000, "枚"),
  [num("4,480,000枚", 4480000, "枚"), num("4,310,000枚", 4310000, "枚"), num("4,115,000枚", 4115000, "枚")],
  { direction: "decrease", actuals: [num("4,540,000枚", 4540000, "枚")], links: ["B1-2"] },
);
const telework = target(
  4,
  "テレワーク実施率",
  num("11％", 11, "％"),
  [num("20％", 20, "％"), num("30％", 30, "％"), num("40％", 40, "％")],
  { direction: "increase", actuals: [num("24％", 24, "％")], links: ["C2-1"] },
);
const approval = target(
  5,
  "文書管理システムの電子決裁（発意起案）",
  num("84%", 84, "%"),
  [num("100%", 100, "%"), BLANK_CARRIED, BLANK_CARRIED],
  { direction: "increase" },
);
const notices = target(
  6,
  "処分通知等オンライン化の推進",
  stage("未導入"),
  [stage("導入に向けた調査・研究"), stage("実証・導入開始"), stage("対象手続き拡⼤")],
  { actuals: [stage("実証・導入開始")], links: ["A2-1"] },
);
const genai = target(
  7,
  "生成AIツールの機能拡充",
  stage("限定的な利⽤"),
  [stage("機能拡充検証"), stage("機能拡充した生成AIツールの導入・全庁運⽤"), BLANK_CARRIED],
  { links: ["C3-2"] },
);

const links = (ids: readonly string[], names: Readonly<Record<string, string>> = {}) => ({
  measures: ids.map((id, i) => ({ id, name: names[id] ?? `施策 ${id}`, row: 10 + i })),
  unmatched: [],
});

/** The seed's six targets standing in 令和8年度 第2四半期. */
export const SEED_RESULTS: readonly TargetResult[] = [
  {
    target: hours,
    links: links(hours.links, { "A1-1": "窓口のオンライン申請", "B2-1": "RPA の導入", "C1-1": "AI 議事録" }),
    standing: numeric({
      target: 10000,
      actual: 8000,
      rate: (8000 - 6070) / (10000 - 6070),
      pace: (8000 - 6070) / (10000 - 6070) / 0.5,
      grade: "C",
      status: "on-track",
      shares: [
        { measureId: "A1-1", value: 4000, share: 0.5 },
        { measureId: "B2-1", value: 3000, share: 0.375 },
        { measureId: "C1-1", value: 1000, share: 0.125 },
      ],
    }),
  },
  {
    target: paper,
    links: links(paper.links, { "B1-2": "ペーパーレス会議" }),
    standing: numeric({
      target: 4480000,
      actual: 4540000,
      rate: 0.5,
      pace: 1,
      grade: "C",
      status: "on-track",
    }),
  },
  {
    target: telework,
    links: links(telework.links, { "C2-1": "テレワークの推進" }),
    standing: numeric({ target: 20, actual: 24, rate: 13 / 9, pace: 26 / 9, grade: "A", status: "achieved" }),
  },
  {
    target: approval,
    links: { measures: [], unmatched: [] },
    standing: numeric({ target: 100, status: "no-actual" }),
  },
  {
    target: notices,
    links: links(notices.links, { "A2-1": "処分通知のオンライン化" }),
    standing: staged({
      planned: "導入に向けた調査・研究",
      reached: "実証・導入開始",
      reachedYear: 2027,
      status: "ahead",
    }),
  },
  {
    target: genai,
    links: links(genai.links, { "C3-2": "生成AIの活用" }),
    standing: staged({ planned: "機能拡充検証", status: "no-actual" }),
  },
];

/** The model of seed 004's table beside the sample list, as the pane's view is given it. */
export function seedTargetsModel(overrides: Partial<TargetsModel> = {}): TargetsModel {
  return {
    sheet: "目標",
    fiscalYear: 2026,
    quarter: 2,
    years: [...YEARS],
    baselineYear: 2025,
    targets: SEED_RESULTS,
    kgi: {
      row: 8,
      name: "既存業務の業務量",
      targetShare: 0.3,
      base: null,
      achievedShare: null,
      hoursSaved: 8000,
      needs: "業務量の基準（年間の総作業時間）",
    },
    gaps: {
      targetsWithoutMeasures: ["文書管理システムの電子決裁（発意起案）"],
      measuresServingNoTarget: [{ id: "B3-1", name: "庁内ネットワークの更新", kpiName: "更新した拠点数" }],
    },
    notes: [{ row: 10, text: "※2026年2月末時点" }],
    issues: [],
    ...overrides,
  };
}
