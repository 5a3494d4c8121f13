import type { CellValue } from "./grid";
import type { CellRun, PlannedValue, WritePurpose } from "./plan";

/** One planned cell write, before it is grouped into runs. Rows and columns 0-based. */
export interface CellWrite {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly col: number;
  readonly value: PlannedValue;
  readonly expected: CellValue;
  readonly field: string | null;
  readonly purpose: WritePurpose;
  readonly style?: CellRun["style"];
  readonly format?: string | null;
}

/**
 * Groups cell writes into column runs: writes to vertically adjacent cells of one column, with the
 * same field, purpose and style, become one rectangle, so a host makes one write per run (one
 * `range.values` in Office.js) instead of one per cell. Order: by sheet, column, then row.
 */
export function toRuns(writes: readonly CellWrite[]): CellRun[] {
  const sorted = [...writes].sort(
    (a, b) =>
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.col - b.col || a.rowIndex - b.rowIndex,
  );
  const runs: CellRun[] = [];
  let group: CellWrite[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0];
    const formats = group.some((w) => w.format !== undefined)
      ? group.map((w) => [w.format ?? null])
      : undefined;
    runs.push({
      sheet: first.sheet,
      top: first.rowIndex,
      left: first.col,
      values: group.map((w) => [w.value]),
      expected: group.map((w) => [w.expected]),
      field: first.field,
      purpose: first.purpose,
      ...(first.style ? { style: first.style } : {}),
      ...(formats ? { formats } : {}),
    });
    group = [];
  };
  for (const w of sorted) {
    const last = group[group.length - 1];
    const continues =
      last !== undefined &&
      last.sheet === w.sheet &&
      last.col === w.col &&
      last.rowIndex + 1 === w.rowIndex &&
      last.field === w.field &&
      last.purpose === w.purpose &&
      last.style === w.style;
    if (!continues) flush();
    group.push(w);
  }
  flush();
  return runs;
}

/** Every cell of some runs as single writes again: what a preview lists, cell by cell. */
export function cellsOf(runs: readonly CellRun[]): CellWrite[] {
  const out: CellWrite[] = [];
  for (const run of runs) {
    run.values.forEach((row, i) =>
      row.forEach((value, j) =>
        out.push({
          sheet: run.sheet,
          rowIndex: run.top + i,
          col: run.left + j,
          value,
          expected: run.expected[i]?.[j] ?? null,
          field: run.field,
          purpose: run.purpose,
          ...(run.style ? { style: run.style } : {}),
          ...(run.formats ? { format: run.formats[i]?.[j] ?? null } : {}),
        }),
      ),
    );
  }
  return out;
}
