/**
 * The cells of a large list in the seed's layout, as plain rows and merges, for every big workbook
 * the project makes: the bench's (written by ExcelJS, bench-workbook.ts) and the tests' (written by
 * the project's own .xlsx writer, tests/builders/large-list.ts). No file format here.
 */
import type { CellRange, CellValue } from "../src/core/port/grid";
import type { SampleRow } from "../examples/sample-data";
import { sampleKpis, type SampleKpi } from "../examples/sample-kpi";

export const LARGE_LIST_SHEET = "施策リスト";

export interface LargeListShape {
  /** Data rows (measures). */
  readonly rows: number;
  /**
   * KPI columns: none; filled for the seed rows that have a KPI, as in the KPI sample ("some"); or
   * a KPI on every row, the sample's KPIs taken in turn ("every").
   */
  readonly kpi: "none" | "some" | "every";
  /** The two header rows again every 40 data rows, after a blank row, as a printed copy has them. */
  readonly headerRepeats: boolean;
}

export interface LargeListCells {
  readonly sheet: string;
  /** Row by row from A1; null is an empty cell. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly CellRange[];
  /** 0-based index of each data row, in order. */
  readonly dataRowIndexes: readonly number[];
}

/** Data rows per printed page. */
export const PAGE = 40;

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

/** The KPI columns a city adds (§3), typed as in the KPI sample: R7 targets and actuals. */
const KPI_HEADERS = ["指標名", "単位", "基準値", "R7年度目標値", "R7実績値", "目標の方向"];

/**
 * The seed rows repeated with unique ids (branch2 counts on per domain) under the title block and
 * the real two-row header, merged like the real file.
 */
export function largeListCells(seed: readonly SampleRow[], shape: LargeListShape): LargeListCells {
  const withKpi = shape.kpi !== "none";
  const kpiOf = new Map(sampleKpis.map((k) => [k.id, k]));
  const rows: CellValue[][] = [["業務改革施策リスト（令和8年9月末時点）"], []];
  const merges: CellRange[] = [];
  const dataRowIndexes: number[] = [];
  const header = () => {
    const top = rows.length;
    rows.push(withKpi ? [...HEADER_GROUP, "KPI"] : [...HEADER_GROUP]);
    rows.push(withKpi ? [...HEADER_COLUMNS, ...KPI_HEADERS] : [...HEADER_COLUMNS]);
    const merge = (left: number, right: number, bottom = top) => merges.push({ top, bottom, left, right });
    merge(0, 2);
    merge(3, 4);
    merge(5, 5, top + 1);
    merge(6, 6, top + 1);
    merge(8, 10);
    merge(12, 15);
    if (withKpi) merge(16, 15 + KPI_HEADERS.length);
  };
  const perDomain = new Map<string, number>();
  for (let i = 0; i < shape.rows; i++) {
    if (i === 0 || (shape.headerRepeats && i % PAGE === 0)) {
      if (i > 0) rows.push([]);
      header();
    }
    const source = seed[i % seed.length];
    const n = (perDomain.get(source.branch1) ?? 0) + 1;
    perDomain.set(source.branch1, n);
    const cells: CellValue[] = KEYS.map((k) => (k === "branch2" ? n : source[k] === "" ? null : source[k]));
    const kpi = kpiFor(shape.kpi, `${source.branch1}-${source.branch2}`, i, kpiOf);
    if (kpi) cells.push(kpi.kpiName, kpi.unit, kpi.baseline, kpi.target, kpi.actual, kpi.polarity);
    dataRowIndexes.push(rows.length);
    rows.push(cells);
  }
  return { sheet: LARGE_LIST_SHEET, rows, merges, dataRowIndexes };
}

function kpiFor(
  kpi: LargeListShape["kpi"],
  id: string,
  index: number,
  byId: ReadonlyMap<string, SampleKpi>,
): SampleKpi | undefined {
  if (kpi === "none") return undefined;
  if (kpi === "some") return byId.get(id);
  return byId.get(id) ?? sampleKpis[index % sampleKpis.length];
}
