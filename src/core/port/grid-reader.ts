import type { CellValue, WorkbookGrid } from "./grid";
import type {
  ColumnRequest,
  ColumnSlice,
  ReadFailure,
  SheetHead,
  WorkbookHead,
  WorkbookReader,
} from "./read";
import { ok, type Result } from "../result";

/**
 * The read port over a workbook already held whole in memory (an .xlsx file the CLI or the
 * preview opened). It answers exactly as a remote host would, so the same two-step read runs on
 * every host, and it counts what was asked for: the cells and bytes a remote host would send.
 */
export function gridReader(book: WorkbookGrid): WorkbookReader & { readonly read: ReadCount } {
  const read: ReadCount = { cells: 0, bytes: 0, requests: 0 };
  const count = (rows: readonly (readonly CellValue[])[]) => {
    read.requests++;
    for (const row of rows) {
      read.cells += row.length;
      read.bytes += JSON.stringify(row).length;
    }
  };
  return {
    read,
    async readHead(rows: number): Promise<Result<WorkbookHead, ReadFailure>> {
      const sheets = book.sheets.map((sheet): SheetHead => {
        const columnCount = sheet.rows.reduce((n, r) => Math.max(n, lastFilled(r) + 1), 0);
        const rowCount = lastFilledRow(sheet.rows) + 1;
        const top = sheet.rows.slice(0, Math.min(rows, rowCount)).map((r) => pad(r, columnCount));
        count(top);
        const headMerges = sheet.merges?.filter((m) => m.top < rows);
        return {
          name: sheet.name,
          hidden: sheet.hidden,
          rowCount,
          columnCount,
          rows: top,
          ...(headMerges ? { merges: headMerges } : {}),
        };
      });
      return ok({ sheets });
    },
    async readColumns(
      requests: readonly ColumnRequest[],
    ): Promise<Result<readonly ColumnSlice[], ReadFailure>> {
      return ok(
        requests.map((request) => {
          const sheet = book.sheets.find((s) => s.name === request.sheet);
          const rows: CellValue[][] = [];
          for (let r = request.top; r <= request.bottom; r++) {
            const cells = sheet?.rows[r] ?? [];
            rows.push(request.columns.map((c) => cells[c] ?? null));
          }
          count(rows);
          return { request, rows };
        }),
      );
    },
  };
}

/** What a read asked of the host: cells, their JSON bytes, and how many requests. */
export interface ReadCount {
  cells: number;
  bytes: number;
  requests: number;
}

function lastFilled(row: readonly CellValue[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (row[c] !== null && row[c] !== undefined) return c;
  return -1;
}

function lastFilledRow(rows: readonly (readonly CellValue[])[]): number {
  for (let r = rows.length - 1; r >= 0; r--) if (lastFilled(rows[r] ?? []) >= 0) return r;
  return -1;
}

function pad(row: readonly CellValue[], width: number): CellValue[] {
  const out: CellValue[] = [];
  for (let c = 0; c < width; c++) out.push(row[c] ?? null);
  return out;
}
