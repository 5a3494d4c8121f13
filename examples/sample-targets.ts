// The 目標 sheet of the targets sample (examples/measure-list-sample-targets.xlsx) and of the
// tests' builder (tests/builders/targets-sheet.ts): seed 004's table exactly as printed — its
// header spellings (the ideographic ⽬ U+2F6C, the division slash ∕), its six rows with their
// units, blanks and the stage merged across 2027–2028, and the footnote under it — and seed 001's
// KGI, 既存業務の業務量 30%減. Seed 001 names no year for the KGI; the sample puts it under the
// plan's last year, 2028年度. No base for the KGI is given anywhere, so none is made up.

export type SampleCell = string | number | null;

export interface SampleTargetRow {
  readonly name: string;
  readonly baseline: SampleCell;
  /** One cell per year column (2026年度, 2027年度, 2028年度); null for a blank. */
  readonly years: readonly SampleCell[];
  /** Year columns (0-based) a merged stage spans: `[1, 2]` merges 2027–2028. */
  readonly merge?: readonly [number, number];
  /** 区分: KGI for the headline row. */
  readonly kind?: SampleCell;
}

export const sampleTargetsSheetName = "目標";
export const sampleTargetNameHeader = "項目∕⽬標";
export const sampleTargetBaselineHeader = "現在地（2025年度）";
export const sampleTargetYearHeaders = ["2026年度", "2027年度", "2028年度"] as const;

/** Seed 004's six rows, cell for cell (拡⼤ and 利⽤ keep the seed's radicals). */
export const sampleTargetRows: readonly SampleTargetRow[] = [
  {
    name: "職員の年間作業時間",
    baseline: "6,070時間削減",
    years: ["10,000時間削減", "10,000時間削減", "10,000時間削減"],
  },
  {
    name: "A4コピー用紙購入枚数",
    baseline: "4,600,000枚",
    years: ["4,480,000枚", "4,310,000枚", "4,115,000枚"],
  },
  { name: "テレワーク実施率", baseline: "11％", years: ["20％", "30％", "40％"] },
  { name: "文書管理システムの電子決裁（発意起案）", baseline: "84%", years: ["100%", null, null] },
  {
    name: "処分通知等オンライン化の推進",
    baseline: "未導入",
    years: ["導入に向けた調査・研究", "実証・導入開始", "対象手続き拡⼤"],
  },
  {
    name: "生成AIツールの機能拡充",
    baseline: "限定的な利⽤",
    years: ["機能拡充検証", "機能拡充した生成AIツールの導入・全庁運⽤", null],
    merge: [1, 2],
  },
];

/** The footnote printed under seed 004's table, naming the rows whose 現在地 it dates. */
export const sampleTargetsFootnote =
  "※現在地（2025年度）のデータについて、「文書管理システムの電子決裁（発意起案）」は2026年2月末時点。「A4コピー用紙購入枚数」は2026年2月末時点のデータをもとに3月末時点を推計したもの。";

/** Seed 001's KGI as a row of the 目標 sheet, marked KGI in 区分. */
export const sampleKgiRow: SampleTargetRow = {
  name: "既存業務の業務量",
  baseline: null,
  years: [null, null, "30%減"],
  kind: "KGI",
};
