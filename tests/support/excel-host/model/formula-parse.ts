/**
 * A small A1 formula parser: numbers, strings, TRUE/FALSE, error literals (`#N/A`, and `#REF!A1`
 * left by a deleted sheet), cell and range references (optionally on another sheet), unary and
 * binary operators, and function calls. Enough to cache the results of
 * the formulas the add-in writes; see formula-eval.ts for which functions are evaluated.
 */
import { parseAddress, type Rect } from "./address";

export type Expr =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "ref"; sheet?: string; rect: Rect }
  | { kind: "name"; name: string }
  | { kind: "unary"; op: "+" | "-"; operand: Expr }
  | { kind: "binary"; op: string; left: Expr; right: Expr }
  | { kind: "call"; name: string; args: Expr[] };

export class FormulaSyntaxError extends Error {}

type Token = {
  type: "num" | "str" | "ref" | "err" | "ident" | "op" | "lparen" | "rparen" | "comma";
  text: string;
};

/** Parses the text after `=`; throws FormulaSyntaxError when Excel would refuse the formula. */
export function parseFormula(body: string): Expr {
  const tokens = tokenize(body);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const take = (): Token => {
    const t = tokens[at++];
    if (!t) throw new FormulaSyntaxError("unexpected end of formula");
    return t;
  };
  const levels: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

  const binary = (level: number): Expr => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    for (let t = peek(); t?.type === "op" && levels[level].includes(t.text); t = peek()) {
      take();
      left = { kind: "binary", op: t.text, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): Expr => {
    const t = peek();
    if (t?.type === "op" && (t.text === "+" || t.text === "-")) {
      take();
      return { kind: "unary", op: t.text, operand: unary() };
    }
    return primary();
  };
  const primary = (): Expr => {
    const t = take();
    if (t.type === "num") return { kind: "number", value: Number(t.text) };
    if (t.type === "str") return { kind: "string", value: t.text };
    if (t.type === "ref") return reference(t.text);
    // `#REF!A1` is what a reference to a deleted sheet became: the error, whatever followed it.
    if (t.type === "err") return { kind: "error", code: t.text.startsWith("#REF!") ? "#REF!" : t.text };
    if (t.type === "lparen") {
      const inner = binary(0);
      if (take().type !== "rparen") throw new FormulaSyntaxError("missing )");
      return inner;
    }
    if (t.type === "ident") {
      if (peek()?.type === "lparen") {
        take();
        const args: Expr[] = [];
        if (peek()?.type !== "rparen") {
          do args.push(binary(0));
          while (peek()?.type === "comma" && take());
        }
        if (take().type !== "rparen") throw new FormulaSyntaxError("missing ) after arguments");
        return { kind: "call", name: t.text.toUpperCase(), args };
      }
      const upper = t.text.toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
      return { kind: "name", name: t.text };
    }
    throw new FormulaSyntaxError(`unexpected ${t.text}`);
  };

  const expr = binary(0);
  if (at !== tokens.length) throw new FormulaSyntaxError(`unexpected ${tokens[at].text}`);
  return expr;
}

function reference(text: string): Expr {
  const parsed = parseAddress(text);
  if (!parsed) throw new FormulaSyntaxError(`bad reference ${text}`);
  return { kind: "ref", sheet: parsed.sheetName, rect: parsed.rect };
}

const REF = String.raw`(?:(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const PATTERNS: [Token["type"], RegExp][] = [
  ["num", /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|^\.\d+/u],
  ["str", /^"(?:[^"]|"")*"/u],
  ["ref", new RegExp(`^${REF}(?![\\p{L}\\p{N}_(])`, "u")],
  [
    "err",
    /^(?:#REF!(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)?|#(?:NULL!|DIV\/0!|VALUE!|NAME\?|NUM!|N\/A))/u,
  ],
  ["ident", /^[\p{L}_][\p{L}\p{N}_.]*/u],
  ["op", /^(?:<>|<=|>=|[-+*/^&=<>])/u],
  ["lparen", /^\(/u],
  ["rparen", /^\)/u],
  ["comma", /^,/u],
];

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let rest = body;
  while (rest.length > 0) {
    const space = /^\s+/u.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const hit = PATTERNS.map(([type, re]) => ({ type, m: re.exec(rest) })).find((p) => p.m);
    if (!hit?.m) throw new FormulaSyntaxError(`cannot read ${rest.slice(0, 10)}`);
    const text = hit.m[0];
    tokens.push({ type: hit.type, text: hit.type === "str" ? text.slice(1, -1).replace(/""/gu, '"') : text });
    rest = rest.slice(text.length);
  }
  return tokens;
}
