/**
 * An Excel number format code read into its sections (`positive;negative;zero;text`) and each
 * section into tokens, as Excel's format language defines them: quoted and escaped literals,
 * digit placeholders, date and time parts, conditions, and the bracketed codes that change no
 * character (colours, locales).
 */

export type Token =
  | { readonly kind: "literal"; readonly text: string }
  /** `0` always a digit, `#` a digit only if significant, `?` a digit or a space. */
  | { readonly kind: "digit"; readonly placeholder: "0" | "#" | "?" }
  | { readonly kind: "point" }
  | { readonly kind: "comma" }
  | { readonly kind: "percent" }
  /** `E+` shows the exponent's sign always, `E-` only when negative. */
  | { readonly kind: "exponent"; readonly plus: boolean }
  | { readonly kind: "text" }
  | { readonly kind: "general" }
  /** A run of one date letter, lower case: `yyyy`, `m`, `ddd`, `ggg`, `aaa`… */
  | { readonly kind: "date"; readonly part: string }
  | { readonly kind: "ampm"; readonly short: boolean; readonly lower: boolean }
  /** `[h]`, `[mm]`, `[ss]`: time elapsed, not a clock time. */
  | { readonly kind: "elapsed"; readonly unit: "h" | "m" | "s"; readonly width: number };

export interface Condition {
  readonly op: "<" | ">" | "=" | "<=" | ">=" | "<>";
  readonly value: number;
}

export interface Section {
  readonly tokens: readonly Token[];
  readonly condition: Condition | null;
  /** Shows a date or time: has date, AM/PM or elapsed-time tokens. */
  readonly isDate: boolean;
}

const DATE_LETTERS = new Set(["y", "m", "d", "h", "s", "g", "e"]);

/** The sections of `code`, split on `;` outside quotes and brackets; at most four. */
export function parseSections(code: string): Section[] {
  return splitSections(code)
    .slice(0, 4)
    .map((text) => {
      const { tokens, condition } = tokenize(text);
      const isDate = tokens.some((t) => t.kind === "date" || t.kind === "ampm" || t.kind === "elapsed");
      return { tokens, condition, isDate };
    });
}

/** True when the condition holds for `value`. */
export function meets(condition: Condition, value: number): boolean {
  switch (condition.op) {
    case "<":
      return value < condition.value;
    case ">":
      return value > condition.value;
    case "=":
      return value === condition.value;
    case "<=":
      return value <= condition.value;
    case ">=":
      return value >= condition.value;
    case "<>":
      return value !== condition.value;
  }
}

function splitSections(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') i = closing(code, i, '"');
    else if (ch === "[") i = closing(code, i, "]");
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === ";") {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(code.slice(start));
  return sections;
}

function tokenize(text: string): { tokens: Token[]; condition: Condition | null } {
  const tokens: Token[] = [];
  let condition: Condition | null = null;
  const literal = (s: string) => tokens.push({ kind: "literal", text: s });
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    const rest = text.slice(i);
    if (ch === '"') {
      const end = closing(text, i, '"');
      literal(text.slice(i + 1, end));
      i = end + 1;
    } else if (ch === "\\") {
      literal(text[i + 1] ?? "");
      i += 2;
    } else if (ch === "_") {
      // Space as wide as the next character: one space in a plain-text view.
      literal(" ");
      i += 2;
    } else if (ch === "*") {
      // Repeat to fill the cell's width: nothing in a view without column widths.
      i += 2;
    } else if (ch === "[") {
      const end = closing(text, i, "]");
      const inner = text.slice(i + 1, end);
      condition = bracket(inner, tokens) ?? condition;
      i = end + 1;
    } else if (/^general/iu.test(rest)) {
      tokens.push({ kind: "general" });
      i += 7;
    } else if (/^a(m\/pm|\/p)/iu.test(rest)) {
      const short = rest[1] === "/";
      tokens.push({ kind: "ampm", short, lower: ch === "a" });
      i += short ? 3 : 5;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ kind: "digit", placeholder: ch });
      i++;
    } else if (ch === ".") {
      tokens.push({ kind: "point" });
      i++;
    } else if (ch === ",") {
      tokens.push({ kind: "comma" });
      i++;
    } else if (ch === "%") {
      tokens.push({ kind: "percent" });
      i++;
    } else if (lower === "e" && (text[i + 1] === "+" || text[i + 1] === "-")) {
      tokens.push({ kind: "exponent", plus: text[i + 1] === "+" });
      i += 2;
    } else if (ch === "@") {
      tokens.push({ kind: "text" });
      i++;
    } else if (DATE_LETTERS.has(lower) || (lower === "a" && /^a{3}/iu.test(rest))) {
      let end = i;
      while (end < text.length && text[end].toLowerCase() === lower) end++;
      tokens.push({ kind: "date", part: lower.repeat(end - i) });
      i = end;
    } else {
      literal(ch);
      i++;
    }
  }
  return { tokens, condition };
}

/** A `[...]` code: a condition (returned), elapsed time or a currency symbol (tokens), or nothing shown. */
function bracket(inner: string, tokens: Token[]): Condition | null {
  const condition = /^(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/u.exec(inner);
  if (condition) return { op: condition[1] as Condition["op"], value: Number(condition[2]) };
  const elapsed = /^(h+|m+|s+)$/iu.exec(inner);
  if (elapsed) {
    const unit = elapsed[1][0].toLowerCase() as "h" | "m" | "s";
    tokens.push({ kind: "elapsed", unit, width: elapsed[1].length });
    return null;
  }
  // [$¥-411]: the symbol before the locale; [$-411] alone only sets the locale.
  const currency = /^\$([^-]*)/u.exec(inner);
  if (currency && currency[1] !== "") tokens.push({ kind: "literal", text: currency[1] });
  // Colours ([Red], [Color10]) and [DBNum1]-style numerals change no character here.
  return null;
}

/** The index of the `close` that ends what opens at `open`, or the end of the text. */
function closing(text: string, open: number, close: string): number {
  const end = text.indexOf(close, open + 1);
  return end < 0 ? text.length : end;
}
