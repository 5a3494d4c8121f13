/**
 * The workbook the summary's 目標 section is tested on (and the README's picture made from): the
 * seed list with KPI columns for R8 beside seed 004's 目標 table as printed, plus seed 001's KGI
 * row, with what a quarter's review would have typed: 2026 actuals for the numeric rows, the stage
 * reached for the staged ones, 関連施策, and 職員の年間作業時間 made 施策の合計 of three measures.
 */
import { kpiColumns, listSheet, paperRow, seedRow, seedRows, workbookOf, type BuiltBook } from "./list-sheet";
import { SEED_KGI_ROW, SEED_TARGET_ROWS, targetsSheet, type TargetRowSpec } from "./targets-sheet";

/** The seed list with KPIs: B1-4's copy paper, three measures saving hours, A1-4's improvements. */
export function targetsKpiList(): ReturnType<typeof listSheet> {
  const hours = (id: string, kpiName: string, target: string, actual: string) =>
    seedRow(id, { kpiName, unit: "時間", targetR8: target, actualR8: actual });
  const withKpi = [
    paperRow({ actualR8: "4,540,000枚" }),
    hours("A1-1", "書かない窓口による削減時間", "5,000時間", "4,000時間"),
    hours("B1-3", "電子決裁による削減時間", "3,000時間", "2,500時間"),
    hours("C3-1", "生成AIによる削減時間", "2,000時間", "1,535時間"),
    seedRow("A1-4", { kpiName: "改善実施数", unit: "件", targetR8: 60, actualR8: 28 }),
  ];
  const byId = new Map(withKpi.map((r) => [`${String(r.branch1)}-${String(r.branch2)}`, r]));
  const rows = seedRows().map((r) => byId.get(`${String(r.branch1)}-${String(r.branch2)}`) ?? r);
  return listSheet({ columns: kpiColumns(8), rows });
}

/** Seed 004's six rows with the R8 review's entries, and the KGI. */
export function reviewedTargetRows(): TargetRowSpec[] {
  const add: Record<string, Partial<TargetRowSpec>> = {
    職員の年間作業時間: { links: "A1-1、B1-3、C3-1", aggregate: "施策の合計" },
    A4コピー用紙購入枚数: { actuals: ["4,540,000枚", null, null], links: "B1-4" },
    テレワーク実施率: { actuals: ["14％", null, null] },
    "文書管理システムの電子決裁（発意起案）": { actuals: ["100%", null, null], links: "B1-3" },
    処分通知等オンライン化の推進: { actuals: ["実証・導入開始", null, null] },
  };
  return [...SEED_TARGET_ROWS.map((r) => ({ ...r, ...add[r.name] })), SEED_KGI_ROW];
}

/** The list beside the 目標 sheet; `rows` changes the 目標 rows (a co-author's edit). */
export function targetsSummaryBook(rows: readonly TargetRowSpec[] = reviewedTargetRows()): BuiltBook {
  return workbookOf(targetsKpiList(), targetsSheet({ rows, columns: ["kind", "links", "aggregate"] }));
}
