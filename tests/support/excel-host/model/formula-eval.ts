/**
 * Evaluates parsed formulas for their cached result. Arithmetic, comparison, `&`, and SUM, COUNT,
 * COUNTA, AVERAGE, MIN, MAX, COUNTIF and IF are computed; an unknown name gives `#NAME?` as in
 * Excel. A real Excel function the emulator does not compute raises FormulaGap, so the host can
 * fail loudly instead of caching a wrong result.
 */
import type { Rect } from "./address";
import type { Expr } from "./formula-parse";

export type EvalError = { error: string };
export type EvalScalar = number | string | boolean | null | EvalError;
type Value = EvalScalar | EvalScalar[][];

export class FormulaGap extends Error {}

export interface Resolver {
  /** The value of one cell, null when empty; undefined sheet means the formula's own sheet. */
  cell(sheet: string | undefined, row: number, column: number): EvalScalar;
  sheetExists(sheet: string): boolean;
}

// Common Excel functions not computed here: a formula using one is a gap, not `#NAME?`.
const KNOWN_UNCOMPUTED = new Set(
  "VLOOKUP HLOOKUP XLOOKUP INDEX MATCH XMATCH IFERROR IFS SUMIF SUMIFS COUNTIFS AVERAGEIF ROUND ROUNDUP ROUNDDOWN INT ABS TEXT VALUE DATE TODAY NOW YEAR MONTH DAY LEN LEFT RIGHT MID TRIM CONCAT CONCATENATE TEXTJOIN AND OR NOT ISBLANK ISNUMBER ISTEXT ISERROR SUBTOTAL AGGREGATE OFFSET INDIRECT ROW COLUMN ROWS COLUMNS FILTER UNIQUE SORT SEQUENCE LET".split(
    " ",
  ),
);

const err = (code: string): EvalError => ({ error: code });
const isError = (v: unknown): v is EvalError => typeof v === "object" && v !== null && "error" in v;

export function evaluate(expr: Expr, resolve: Resolver): EvalScalar {
  const value = evalExpr(expr, resolve);
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0].length === 1) return value[0][0] ?? 0;
    throw new FormulaGap("a formula that returns a range (a spilling array) is not evaluated");
  }
  return value === null ? 0 : value;
}

function evalExpr(expr: Expr, resolve: Resolver): Value {
  switch (expr.kind) {
    case "number":
    case "string":
    case "boolean":
      return expr.value;
    case "name":
      return err("#NAME?");
    case "error":
      return err(expr.code);
    case "ref":
      return readRef(expr.sheet, expr.rect, resolve);
    case "unary": {
      const n = toNumber(single(evalExpr(expr.operand, resolve)));
      return isError(n) ? n : expr.op === "-" ? -n : n;
    }
    case "binary":
      return binaryOp(expr.op, single(evalExpr(expr.left, resolve)), single(evalExpr(expr.right, resolve)));
    case "call":
      return call(expr.name, expr.args, resolve);
  }
}

function readRef(sheet: string | undefined, rect: Rect, resolve: Resolver): Value {
  if (sheet !== undefined && !resolve.sheetExists(sheet)) return err("#REF!");
  const rows: EvalScalar[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: EvalScalar[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(resolve.cell(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

function single(v: Value): EvalScalar {
  if (!Array.isArray(v)) return v;
  return v.length === 1 && v[0].length === 1 ? v[0][0] : err("#VALUE!");
}

function toNumber(v: EvalScalar): number | EvalError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v.replace(/,/gu, ""));
  return v.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

function binaryOp(op: string, a: EvalScalar, b: EvalScalar): EvalScalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") return text(a) + text(b);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compareOp(op, compare(a, b));
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  if (op === "/") return y === 0 ? err("#DIV/0!") : x / y;
  return x ** y;
}

function text(v: EvalScalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel orders numbers before text before booleans, and compares text case-insensitively. */
function compare(a: EvalScalar, b: EvalScalar): number {
  const rank = (v: EvalScalar): number => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  const x = a === null ? (typeof b === "string" ? "" : 0) : a;
  const y = b === null ? (typeof a === "string" ? "" : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

function compareOp(op: string, c: number): boolean {
  return op === "="
    ? c === 0
    : op === "<>"
      ? c !== 0
      : op === "<"
        ? c < 0
        : op === ">"
          ? c > 0
          : op === "<="
            ? c <= 0
            : c >= 0;
}

function call(name: string, args: Expr[], resolve: Resolver): EvalScalar {
  const values = (): Value[] => args.map((a) => evalExpr(a, resolve));
  switch (name) {
    case "SUM":
    case "COUNT":
    case "COUNTA":
    case "AVERAGE":
    case "MIN":
    case "MAX":
      return aggregate(name, values());
    case "COUNTIF": {
      const [range, criterion] = values();
      if (!Array.isArray(range) || criterion === undefined) return err("#VALUE!");
      const test = criterionTest(single(criterion));
      return range.flat().filter(test).length;
    }
    case "IF": {
      const cond = single(evalExpr(args[0], resolve));
      if (isError(cond)) return cond;
      const truthy = typeof cond === "string" ? null : Boolean(toNumber(cond));
      if (truthy === null) return err("#VALUE!");
      const branch = truthy ? args[1] : args[2];
      return branch ? single(evalExpr(branch, resolve)) : truthy;
    }
  }
  if (KNOWN_UNCOMPUTED.has(name))
    throw new FormulaGap(`the function ${name} is not evaluated by the emulator`);
  return err("#NAME?");
}

function aggregate(name: string, args: Value[]): EvalScalar {
  const numbers: number[] = [];
  let nonEmpty = 0;
  for (const arg of args) {
    const fromRange = Array.isArray(arg);
    for (const v of fromRange ? arg.flat() : [arg]) {
      if (v !== null) nonEmpty++;
      if (isError(v)) {
        if (name !== "COUNT" && name !== "COUNTA") return v;
        continue;
      }
      if (typeof v === "number") numbers.push(v);
      else if (!fromRange && v !== null && name !== "COUNTA") {
        const n = toNumber(v);
        if (isError(n)) {
          if (name !== "COUNT") return n;
        } else numbers.push(n);
      }
    }
  }
  if (name === "COUNT") return numbers.length;
  if (name === "COUNTA") return nonEmpty;
  if (name === "SUM") return numbers.reduce((s, n) => s + n, 0);
  if (name === "AVERAGE")
    return numbers.length ? numbers.reduce((s, n) => s + n, 0) / numbers.length : err("#DIV/0!");
  if (numbers.length === 0) return 0;
  return name === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
}

function criterionTest(criterion: EvalScalar): (v: EvalScalar) => boolean {
  if (typeof criterion !== "string") return (v) => v !== null && compare(v, criterion) === 0;
  const m = /^(<>|<=|>=|=|<|>)?(.*)$/su.exec(criterion);
  const op = m?.[1] ?? "=";
  const raw = m?.[2] ?? "";
  const asNumber = raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : null;
  const target: EvalScalar = asNumber ?? raw;
  return (v) => {
    if (v === null) return op === "<>" ? raw !== "" : raw === "" && op === "=";
    if (typeof target === "string" && /[*?]/u.test(target) && (op === "=" || op === "<>")) {
      const re = new RegExp(
        `^${target
          .replace(/[.+^${}()|[\]\\]/gu, "\\$&")
          .replace(/\*/gu, ".*")
          .replace(/\?/gu, ".")}$`,
        "iu",
      );
      const hit = typeof v === "string" && re.test(v);
      return op === "=" ? hit : !hit;
    }
    if (typeof target === "number" && typeof v !== "number") return op === "<>";
    return compareOp(op, compare(v, target));
  };
}
