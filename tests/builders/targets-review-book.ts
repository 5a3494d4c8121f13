/**
 * The workbook the pane's 目標 view is tested on: seed 004's table as printed beside the seed
 * list with KPI columns, plus what a city adds as the year goes on: 関連施策, 集計 and 実績 for
 * 令和8年度 (2026). Copy paper and telework have typed actuals, staff hours are 施策の合計 of three
 * measures, the online notices have reached next year's stage, and the electronic approval has
 * no measure behind it, the generative AI row names a measure the list lacks (D9-9); A1-1's KPI
 * serves no target. Seed 001's KGI row (業務量 30%減) has the three
 * hours measures behind it and no base.
 */
import { openList } from "../../src/core/list/open-list";
import { targets } from "../../src/core/actions/targets";
import type { TargetsModel } from "../../src/core/targets/model";
import { writeXlsx } from "./xlsx";
import { kpiColumns, listSheet, paperRow, seedRow, seedRows, type BuiltBook } from "./list-sheet";
import { SEED_KGI_ROW, SEED_TARGET_ROWS, targetsBook, type TargetRowSpec } from "./targets-sheet";

const hoursRow = (id: string, actual: string) =>
  seedRow(id, {
    kpiName: "削減した作業時間",
    unit: "時間",
    baseline: "0時間",
    targetR8: "3,000時間",
    actualR8: actual,
    polarity: "増加",
  });

const MEASURES: Readonly<Record<string, ReturnType<typeof seedRow>>> = {
  "A1-1": seedRow("A1-1", {
    kpiName: "オンライン申請の件数",
    unit: "件",
    baseline: "1,200件",
    targetR8: "2,000件",
    polarity: "増加",
  }),
  "B1-4": paperRow({ actualR8: "4,540,000枚" }),
  "B1-5b": seedRow("B1-5b", {
    kpiName: "テレワーク実施率",
    unit: "％",
    baseline: "11％",
    targetR8: "20％",
    actualR8: "24％",
    polarity: "増加",
  }),
  "B1-9": hoursRow("B1-9", "4,000時間"),
  "B1-10": hoursRow("B1-10", "3,000時間"),
  "C3-1": hoursRow("C3-1", "1,000時間"),
};

const EXTRA: Readonly<Record<string, Partial<TargetRowSpec>>> = {
  職員の年間作業時間: { links: "B1-9、B1-10、C3-1", aggregate: "施策の合計" },
  A4コピー用紙購入枚数: { links: "B1-4", actuals: ["4,540,000枚", null, null] },
  テレワーク実施率: { links: "B1-5b", actuals: ["24％", null, null] },
  処分通知等オンライン化の推進: { links: "A2-1", actuals: ["実証・導入開始", null, null] },
  生成AIツールの機能拡充: { links: "C3-2、D9-9" },
};

/** Seed 004's table with links and actuals, beside the seed list with KPI columns. */
export function targetsReviewBook(): BuiltBook {
  const rows = seedRows().map((r) => MEASURES[`${String(r.branch1)}-${String(r.branch2)}`] ?? r);
  const list = listSheet({ columns: kpiColumns(8), rows });
  const targets = [
    ...SEED_TARGET_ROWS.map((row) => ({ ...row, ...EXTRA[row.name] })),
    { ...SEED_KGI_ROW, links: "B1-9、B1-10、C3-1" },
  ];
  return targetsBook({ rows: targets, columns: ["kind", "links", "aggregate"] }, list);
}

export function writeTargetsReviewBook(path: string): Promise<string> {
  return writeXlsx(targetsReviewBook(), path);
}

/** The core's model of the book for 令和8年度 第2四半期 (2026 Q2), as the pane gets it. */
export function targetsReviewModel(): TargetsModel {
  const list = openList(targetsReviewBook());
  if (!list.ok) throw new Error(list.error.code);
  const model = targets(list.value, { quarter: { fiscalYear: 8, quarter: 2 }, language: "ja" }).model;
  if (!model) throw new Error("no 目標 sheet");
  return model;
}
