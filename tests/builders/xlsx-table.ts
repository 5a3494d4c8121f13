/**
 * Formats part of a built sheet as an Excel table (a ListObject), as Home > Format as Table does
 * over a list whose first row holds the column names. ExcelJS writes the table part; its column
 * names are escaped as OOXML wants line breaks (`_x000A_`), which ExcelJS would turn into spaces,
 * and the cells keep exactly the values they had.
 */
import type ExcelJS from "exceljs";
import { escapeXstring } from "../support/excel-host/host/xlsx-tables";

export interface TableSpec {
  readonly sheet: string;
  readonly name: string;
  /** The header row and the body, `A3:V35`. */
  readonly ref: string;
  readonly style?: string;
}

export function formatAsTable(workbook: ExcelJS.Workbook, spec: TableSpec): void {
  const ws = workbook.getWorksheet(spec.sheet);
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(spec.ref);
  if (!ws || !m) throw new Error(`cannot format ${spec.sheet}!${spec.ref} as a table`);
  const [top, bottom] = [Number(m[2]), Number(m[4])];
  const [left, right] = [ws.getColumn(m[1]).number, ws.getColumn(m[3]).number];
  const header = ws.getRow(top);
  const names: string[] = [];
  for (let c = left; c <= right; c++) {
    const name = header.getCell(c).value;
    if (typeof name !== "string" || names.includes(name))
      throw new Error(`a table's header cells must be distinct texts: ${String(name)} in ${spec.ref}`);
    names.push(name);
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row = ws.getRow(r);
    rows.push(names.map((_, i) => row.getCell(left + i).value));
  }
  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: `${m[1]}${top}`,
    headerRow: true,
    style: {
      theme: (spec.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: names.map((name) => ({ name: escapeXstring(name), filterButton: true })),
    rows,
  });
  // ExcelJS wrote the escaped names into the header cells: put the texts back.
  names.forEach((name, i) => (header.getCell(left + i).value = name));
}
