// KPI columns for the KPI version of the sample (examples/measure-list-sample-kpi.xlsx): the numbers
// the seed's own texts state for fiscal year R7, typed into KPI columns as a PMO would. Each row
// quotes the seed text its numbers come from. Rows not listed have no KPI yet.

export interface SampleKpi {
  /** The measure id (branch1-branch2). */
  id: string;
  kpiName: string;
  unit: string;
  baseline: number | string | null;
  /** R7年度目標値, as typed (a number, or text such as "80%"). */
  target: number | string;
  /** R7実績値 at the end of R7Q2, as typed; null when the text gives none. */
  actual: number | string | null;
  polarity: "増加" | "減少";
  /** Where in seed 000 the numbers are written. */
  source: string;
}

export const sampleKpiTitle = "KPI（令和7年度）";

export const sampleKpis: SampleKpi[] = [
  {
    id: "A1-4",
    kpiName: "改善実施数",
    unit: "件",
    baseline: null,
    target: 60,
    actual: 28,
    polarity: "増加",
    source: "R7年度末時点「改善実施数:60（要望数60個）」、進捗状況「8月末時点。28/60完了。」",
  },
  {
    id: "A2-1",
    kpiName: "ライフイベント手続きの電子化率",
    unit: "%",
    baseline: null,
    target: "100%",
    actual: "16/77",
    polarity: "増加",
    source: "R7年度末時点「ライフイベントに関する手続きの電子化率100%へ（9月末時点16/77件、約20%）」",
  },
  {
    id: "B1-3",
    kpiName: "文書の電子決裁率（Q平均）",
    unit: "%",
    baseline: null,
    target: "80%",
    actual: "50.1%",
    polarity: "増加",
    source: "Q4末 到達目標「電子決裁率Q平均80%」、進捗状況「電子決裁比率がQ1平均50.1%」",
  },
  {
    id: "B1-6",
    kpiName: "公開型GISに新規搭載する地図数",
    unit: "件",
    baseline: null,
    target: 2,
    actual: null,
    polarity: "増加",
    source: "R7年度末時点「公開型GISに新規搭載する地図数：2」",
  },
  {
    id: "B1-9",
    kpiName: "改善リストの実施数",
    unit: "件",
    baseline: null,
    target: 19,
    actual: 19,
    polarity: "増加",
    source: "R7年度末時点「改善リストの実施数:19」、進捗状況「19/23完了」",
  },
  {
    id: "C2-2",
    kpiName: "受講し改善に携わる職員数",
    unit: "人",
    baseline: null,
    target: 20,
    actual: null,
    polarity: "増加",
    source: "R7年度末時点「受講し改善に携わる職員数:20人以上」",
  },
];
