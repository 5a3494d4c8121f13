import type { ContentCell, NewSheet } from "../port/plan";
import { text } from "../port/plan";

/** The name an added 目標 sheet takes, unless a sheet has it already. */
export const TARGETS_SHEET = "目標";

/** The years an empty 目標 sheet plans for: the first and the two after it, as seed 004 does. */
export const TEMPLATE_YEARS = 3;

/**
 * An empty 目標 sheet laid out as the city writes it (seed 004), with every column the reader
 * knows, and three lines under it on how to fill it in. It carries no marker: once added it is the
 * PMO's own sheet, found by its headers like any other.
 */
export function targetsSheetTemplate(fiscalYear: number, name: string, after: string | null): NewSheet {
  const years = Array.from({ length: TEMPLATE_YEARS }, (_, i) => fiscalYear + i);
  const heads = [
    "項目∕目標",
    "区分",
    "単位",
    `現在地（${fiscalYear - 1}年度）`,
    ...years.map((y) => `${y}年度`),
    ...years.map((y) => `${y}年度実績`),
    "目標の方向",
    "集計",
    "関連施策",
    "備考",
  ];
  const cells: ContentCell[] = heads.map((h, col) => ({ rowIndex: 0, col, value: text(h), style: "header" }));
  TEMPLATE_NOTES.forEach((note, i) =>
    cells.push({ rowIndex: 12 + i, col: 0, value: text(note), style: "note" }),
  );
  return {
    name,
    hidden: false,
    after,
    content: {
      cells,
      merges: [],
      columnWidths: [32, 8, 8, 18, ...years.map(() => 18), ...years.map(() => 14), 10, 12, 24, 28],
      freezeRows: 1,
    },
  };
}

/** How to fill the sheet in, under the rows left for targets; ※ keeps them out of the targets. */
export const TEMPLATE_NOTES = [
  "※1行に1つの目標。年度の列には目標（数値と単位、または段階の言葉）を書きます。空欄の年度は前の年度の目標を引き継ぎます。",
  "※区分にKGIと書いた行が重要目標達成指標です。割合を出すには、項目が業務量の基準の行を加え、現在地に年間の総業務時間を書きます。",
  "※集計が施策の合計の行は、関連施策（施策番号か指標名を、読点で区切って）の KPI 実績の合計を実績にします。空欄なら実績の列の値を使います。",
];

/** A sheet name not yet taken: 目標, then 目標 (2), 目標 (3)… */
export function freeSheetName(taken: readonly string[], base = TARGETS_SHEET): string {
  const names = new Set(taken.map((n) => n.trim()));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}
