import { cellAddress, type CellRange } from "../port/grid";
import type { KeepProblem, WriteFailure } from "../port/failures";
import { MAX_CELL_TEXT, type PlannedValue, type WritePlan } from "../port/plan";
import { HISTORY_SHEET } from "../history/history";
import type { SheetInfo } from "./write-port";

/** Excel's grid: 1,048,576 rows and 16,384 columns (A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * What no workbook can take, known from the plan alone and so refused before anything is read:
 * a sheet name Excel does not allow, a value no cell can hold, a cell outside the grid.
 */
export function planRefusal(plan: WritePlan): WriteFailure | null {
  for (const sheet of plan.newSheets) {
    if (!validSheetName(sheet.name)) return keep({ code: "sheet-name-invalid", sheet: sheet.name });
    for (const cell of sheet.content.cells) {
      const problem = valueProblem(sheet.name, cell.rowIndex, cell.col, cell.value);
      if (problem) return keep(problem);
    }
  }
  for (const run of plan.runs) {
    for (let i = 0; i < run.values.length; i++) {
      for (let j = 0; j < run.values[i].length; j++) {
        const problem = valueProblem(run.sheet, run.top + i, run.left + j, run.values[i][j]);
        if (problem) return keep(problem);
      }
    }
  }
  for (const rule of plan.dropdowns) {
    for (const range of rule.ranges) {
      if (!inGrid(range)) return keep({ code: "outside-grid", sheet: rule.sheet, cell: corner(range) });
    }
  }
  return null;
}

/**
 * Why a plan cannot be written on the workbook as it is now, decided before anything is written,
 * the same on every host: a sheet it writes is gone or protected (変更履歴 included when the
 * write is logged), a sheet it adds has a name already taken, or removing its sheets would leave
 * no visible sheet.
 */
export function refusalOf(
  plan: WritePlan,
  sheets: readonly SheetInfo[],
  logged: boolean,
): WriteFailure | null {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const written = writtenSheets(plan);
  for (const name of written) {
    if (!byName.has(name)) return keep({ code: "sheet-not-found", sheet: name });
  }
  const history = byName.get(HISTORY_SHEET);
  for (const name of [...written, ...(logged && history ? [HISTORY_SHEET] : [])]) {
    if (byName.get(name)?.protected) return { code: "sheet-protected", sheet: name };
  }
  const removed = new Set(
    (plan.removeSheets ?? [])
      .filter((m) => sheets.some((s) => s.id === m.id && s.name === m.name))
      .map((m) => m.id),
  );
  const taken = new Set(sheets.filter((s) => !removed.has(s.id)).map((s) => s.name.toLowerCase()));
  for (const sheet of plan.newSheets) {
    if (taken.has(sheet.name.toLowerCase())) return keep({ code: "sheet-name-taken", sheet: sheet.name });
    taken.add(sheet.name.toLowerCase());
  }
  const visibleLeft =
    sheets.filter((s) => s.visible && !removed.has(s.id)).length +
    plan.newSheets.filter((s) => !s.hidden).length;
  if (removed.size > 0 && visibleLeft === 0) {
    const last = sheets.find((s) => removed.has(s.id));
    return keep({ code: "last-visible-sheet", sheet: last?.name ?? "" });
  }
  return null;
}

/** Every existing sheet a plan writes cells or validations on. */
export function writtenSheets(plan: WritePlan): string[] {
  return [
    ...new Set([
      ...plan.runs.map((r) => r.sheet),
      ...plan.dropdowns.map((d) => d.sheet),
      ...(plan.restoreValidations ?? []).map((r) => r.sheet),
    ]),
  ];
}

/** Excel's rule for a sheet name: 1–31 characters, none of \ / ? * [ ] :, not starting or ending with '. */
export function validSheetName(name: string): boolean {
  return /^[^\\/?*[\]:]{1,31}$/u.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

function valueProblem(sheet: string, rowIndex: number, col: number, value: PlannedValue): KeepProblem | null {
  const cell = () => cellAddress(Math.min(rowIndex, MAX_ROWS - 1), Math.min(col, MAX_COLUMNS - 1));
  if (rowIndex < 0 || col < 0 || rowIndex >= MAX_ROWS || col >= MAX_COLUMNS)
    return { code: "outside-grid", sheet, cell: cell() };
  if (value.kind === "number" && !Number.isFinite(value.value))
    return { code: "not-finite", sheet, cell: cell() };
  if (value.kind === "text" && value.text.length > MAX_CELL_TEXT)
    return { code: "text-too-long", sheet, cell: cell() };
  return null;
}

function inGrid(r: CellRange): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS;
}

function corner(r: CellRange): string {
  return cellAddress(Math.min(r.bottom, MAX_ROWS - 1), Math.min(r.right, MAX_COLUMNS - 1));
}

function keep(problem: KeepProblem): WriteFailure {
  return { code: "cannot-keep", path: null, problem };
}
