/**
 * A measure list of any length with a KPI on every row (copy paper sheets, a reduction target,
 * R7), built from the seed rows: each row's 達成率 is computable, so attainment writes every row.
 */
import { kpiColumns, listSheet, paperRow, seedRows, workbookOf } from "./list-sheet";
import { toExcelJs } from "./xlsx";

export async function kpiListBytes(rows: number): Promise<Buffer> {
  const base = seedRows();
  const data = Array.from({ length: rows }, (_, i) => ({
    ...paperRow({ targetR7: "4,480,000枚", actualR7: String(4_600_000 - i * 100) }),
    ...base[i % base.length],
    branch2: String(i + 1),
  }));
  const book = workbookOf(listSheet({ columns: kpiColumns(7), rows: data }));
  return Buffer.from(await toExcelJs(book).xlsx.writeBuffer());
}
