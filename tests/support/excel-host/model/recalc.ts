/**
 * Recomputes every formula's cached result, as Excel's automatic calculation does after each
 * change. A circular reference evaluates to 0, as Excel shows it.
 */
import { evaluate, FormulaGap, type EvalScalar } from "./formula-eval";
import { parseFormula, type Expr } from "./formula-parse";
import type { Cell, Sheet, Workbook } from "./workbook";

const parsed = new Map<string, Expr>();

export function parseCached(formula: string): Expr {
  let expr = parsed.get(formula);
  if (!expr) {
    expr = parseFormula(formula.slice(1));
    parsed.set(formula, expr);
  }
  return expr;
}

/** Recomputes all formulas; `gap` hears of each formula the emulator cannot evaluate. */
export function recalculate(workbook: Workbook, gap: (message: string) => void): void {
  const done = new Map<Cell, EvalScalar>();
  const busy = new Set<Cell>();

  const valueOf = (sheet: Sheet, cell: Cell | undefined): EvalScalar => {
    if (!cell) return null;
    if (cell.formula === undefined) return cell.error ? { error: String(cell.value) } : cell.value;
    const known = done.get(cell);
    if (known !== undefined) return known;
    if (busy.has(cell)) return 0;
    busy.add(cell);
    let result: EvalScalar;
    try {
      result = evaluate(parseCached(cell.formula), {
        cell: (name, row, column) => {
          const target = name === undefined ? sheet : workbook.sheetByName(name);
          return target ? valueOf(target, target.cell(row, column)) : { error: "#REF!" };
        },
        sheetExists: (name) => workbook.sheetByName(name) !== undefined,
      });
    } catch (e) {
      if (!(e instanceof FormulaGap)) throw e;
      gap(`${sheet.name}: ${cell.formula}: ${e.message}`);
      result = { error: "#NAME?" };
    }
    busy.delete(cell);
    done.set(cell, result);
    store(cell, result);
    return result;
  };

  for (const sheet of workbook.sheets) {
    for (const { cell } of sheet.cells()) if (cell.formula !== undefined) valueOf(sheet, cell);
  }
}

function store(cell: Cell, result: EvalScalar): void {
  if (typeof result === "object" && result !== null) {
    cell.value = result.error;
    cell.error = true;
  } else {
    cell.value = result;
    delete cell.error;
  }
}
