import ExcelJS from "exceljs";
import type { SampleRow } from "../examples/sample-data";
import { sampleKpis } from "../examples/sample-kpi";

const HEADER_GROUP = [
  "担当部/課",
  null,
  null,
  "業革施策分類",
  null,
  "管理項目",
  "目的",
  "マイルストーン",
  "ロードマップ（実施内容）と四半期ごと達成目標",
  null,
  null,
  "マイルストーン",
  "進捗・課題・アクション・今後の方向性",
  null,
  null,
  null,
];
const HEADER_COLUMNS = [
  "進捗管理枝番1 （9領域）",
  "進捗管理枝番2 （施策番号）",
  "主担当部",
  "施策3本柱",
  "施策9領域",
  null,
  null,
  "R7年度末時点",
  "R7年度 実施内容",
  "Q4末 到達目標",
  "R8年度 実施内容",
  "R9年度末時点",
  "進捗状況",
  "天気",
  "今後の方\n向性",
  "方向性理由",
];
const KEYS: (keyof SampleRow)[] = [
  "branch1",
  "branch2",
  "department",
  "pillar",
  "domain",
  "item",
  "purpose",
  "milestoneR7",
  "planR7",
  "quarterTargetQ4",
  "planR8",
  "milestoneR9",
  "progress",
  "weather",
  "direction",
  "directionReason",
];
const PAGE = 40;

/** The KPI columns a city adds (§3), typed as in the KPI sample: R7 targets and actuals. */
const KPI_HEADERS = ["指標名", "単位", "基準値", "R7年度目標値", "R7実績値", "目標の方向"];

/**
 * A large list in the seed's layout: the seed rows repeated with unique ids, the two header rows
 * (merged like the real file) repeated every 40 rows as a printed copy has them. With `kpi`, the
 * KPI sample's columns follow, filled for the seed rows that have a KPI.
 */
export function benchWorkbook(
  seed: readonly SampleRow[],
  rows: number,
  options: { readonly kpi?: boolean } = {},
): ExcelJS.Workbook {
  const kpiOf = new Map(sampleKpis.map((k) => [k.id, k]));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("施策リスト");
  sheet.addRow(["業務改革施策リスト（令和8年9月末時点）"]);
  sheet.addRow([]);
  const perDomain = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    if (i % PAGE === 0) {
      if (i > 0) sheet.addRow([]);
      const top = sheet.rowCount + 1;
      sheet.addRow(options.kpi ? [...HEADER_GROUP, "KPI"] : HEADER_GROUP);
      sheet.addRow(options.kpi ? [...HEADER_COLUMNS, ...KPI_HEADERS] : HEADER_COLUMNS);
      sheet.mergeCells(top, 1, top, 3);
      sheet.mergeCells(top, 4, top, 5);
      sheet.mergeCells(top, 6, top + 1, 6);
      sheet.mergeCells(top, 7, top + 1, 7);
      sheet.mergeCells(top, 9, top, 11);
      sheet.mergeCells(top, 13, top, 16);
      if (options.kpi) sheet.mergeCells(top, 17, top, 16 + KPI_HEADERS.length);
    }
    const source = seed[i % seed.length];
    const n = (perDomain.get(source.branch1) ?? 0) + 1;
    perDomain.set(source.branch1, n);
    const cells = KEYS.map((k) => (k === "branch2" ? n : source[k] === "" ? null : source[k]));
    const kpi = options.kpi ? kpiOf.get(`${source.branch1}-${source.branch2}`) : undefined;
    if (kpi) cells.push(kpi.kpiName, kpi.unit, kpi.baseline, kpi.target, kpi.actual, kpi.polarity);
    sheet.addRow(cells);
  }
  return workbook;
}
