/**
 * The two hosts a write runs on, side by side for the contract tests: the .xlsx package in memory
 * (the command line's and the preview's) and Excel through Microsoft's client against the
 * emulated host. Each gives the workbook back as plain values, so one test can require the same
 * outcome of both, cell for cell.
 */
import { HISTORY_SHEET } from "../../src/core/history/history";
import { cellAddress, type CellValue } from "../../src/core/port/grid";
import type { ApplyOptions, WorkbookHost } from "../../src/core/port/host";
import { createOfficeHost } from "../../src/excel/office-host";
import { openPackageHost, type PackageHost } from "../../src/preview/package-host";
import * as writer from "../../src/preview/package-writer";
import { fflateCodec, openPackage, packagePort } from "../../src/xlsx";
import { createExcelHost, type NodeExcelHost } from "../support/excel-host";

export interface SheetValues {
  readonly name: string;
  readonly hidden: boolean;
  /** From A1, empty cells null, each row and the grid without trailing empties. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface HostUnderTest {
  readonly kind: "xlsx" | "excel";
  readonly host: WorkbookHost;
  /** Every sheet as its values now. */
  book(): SheetValues[];
  /** A cell's number format now. */
  format(sheet: string, rowIndex: number, col: number): Promise<string>;
  /** What the emulator met but does not model (Excel only). */
  gaps(): string[];
}

export type Hosts = Record<"xlsx" | "excel", () => Promise<HostUnderTest>>;

/** Both hosts over the same workbook bytes, each made fresh when asked. */
export function hostsOver(bytes: Uint8Array): Hosts {
  return { xlsx: async () => xlsxHost(bytes), excel: async () => excelHost(bytes) };
}

export function xlsxHost(bytes: Uint8Array): HostUnderTest {
  const opened = openPackageHost(new Uint8Array(bytes), async () => writer);
  if (!opened.ok) throw new Error(opened.error.code);
  const host: PackageHost = opened.value;
  return {
    kind: "xlsx",
    host,
    book: () =>
      host
        .grid()
        .sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: trim(s.rows.map((r) => r.map(plain))) })),
    format: async (sheet, rowIndex, col) => {
      const pkg = openPackage(host.bytes(), fflateCodec);
      if (!pkg.ok) throw new Error(pkg.error.code);
      const cell = { sheet: { name: sheet, id: null }, top: rowIndex, left: col, rows: 1, cols: 1 };
      const answer = await packagePort(pkg.value).read({
        sheets: false,
        cells: [cell],
        values: [],
        validations: [],
      });
      if (!answer.ok) throw new Error(answer.error.detail);
      return answer.value.cells[0]?.[0]?.[0]?.format ?? "General";
    },
    gaps: () => [],
  };
}

export async function excelHost(
  bytes: Uint8Array,
  options: { payloadLimit?: number } = {},
): Promise<HostUnderTest & { excel: NodeExcelHost }> {
  const excel = await createExcelHost({ xlsx: Buffer.from(bytes), ...options });
  const host = createOfficeHost(undefined, options);
  return {
    kind: "excel",
    host,
    excel,
    book: () =>
      excel.workbook.sheets.map((s) => {
        const snap = excel.snapshot(s.name);
        return {
          name: s.name,
          hidden: snap.visibility !== "Visible",
          rows: trim(snap.values.map((r) => r.map(fromExcel))),
        };
      }),
    format: async (sheet, rowIndex, col) =>
      excel.cell(`'${sheet}'!${cellAddress(rowIndex, col)}`).numberFormat,
    gaps: () => excel.takeGaps(),
  };
}

/** The 変更履歴 rows that hold anything, below the header. */
export function historyOf(book: readonly SheetValues[]): (readonly CellValue[])[] {
  const sheet = book.find((s) => s.name === HISTORY_SHEET);
  return (sheet?.rows ?? []).slice(1).filter((row) => row.some((v) => v !== null));
}

/** Who the contract's writes are logged as (変更者). */
export const BY = "行革 花子";

/** Applies a plan with a fixed 変更履歴 time and person, as the pane does. */
export function logged(operation: string): ApplyOptions {
  return { history: { operation, time: "2025-10-01 09:00", by: BY } };
}

function plain(value: CellValue): CellValue {
  return typeof value === "object" && value !== null ? value.error : value;
}

function fromExcel(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  return value as CellValue;
}

function trim(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return row.slice(0, end).map((v) => v ?? null);
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}
