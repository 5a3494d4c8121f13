/**
 * Numbers hidden in free text (§6, last paragraph). PLs write 「28/60完了」 or 「改善実施数:60」 in
 * the milestone and progress cells long before a KPI column exists; the add-in may offer these as
 * suggested values, always with the text they came from, and never fills them in by itself. So
 * this module is deliberately cautious: when a number could be a date, a time, a range or part of
 * a code, it is not a hint.
 */
import { parseFiscalYearLabel } from "../calendar/fiscal-calendar";
import { NUMBER_UNITS, readNumber } from "./numbers";

/**
 * A number found in free text.
 * - `ratio`: 「28/60完了」: `value` 28 `of` 60 (done of total).
 * - `labelled`: 「改善実施数:60」: the writer named the number with a colon.
 * - `percent`: 「Q1平均50.1%」: a percentage inside a sentence, labelled by the words just before it.
 */
export interface KpiHint {
  readonly kind: "ratio" | "labelled" | "percent";
  /** The name written before the number (改善実施数, Q1平均), or null when there is none. */
  readonly label: string | null;
  readonly value: number;
  /** The denominator of a ratio; null for the other kinds. */
  readonly of: number | null;
  /** One of NUMBER_UNITS (`%` for percent hints), or null. */
  readonly unit: string | null;
  /**
   * The exact text the hint was read from, label and qualifiers included (「受講人数:90人以上」,
   * 「約20%」), so the PMO sees what the number meant; `text.slice(start, end) === source`.
   */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /**
   * A percentage measured against an earlier figure (「前年度比10%増」「50%（対R6比）」「30%削減」):
   * never a value on its own. Null for every other hint.
   */
  readonly relative: RelativeHint | null;
}

/** What a relative percentage is measured from, and which way it moves. */
export interface RelativeHint {
  /**
   * The previous fiscal year (前年度比), a named one (R6比, 令和6年度比: its Reiwa year), or the
   * level now, when the text names none (「印刷枚数を30%削減」).
   */
  readonly base:
    | { readonly kind: "previous-year" }
    | { readonly kind: "year"; readonly fiscalYear: number }
    | { readonly kind: "current" };
  /**
   * Up or down by the percentage (増, 削減, or a ▲ before it); `of` for a share of the base
   * (前年度比110%); null when the text does not say (「前年度比10%」 could be either).
   */
  readonly change: "increase" | "decrease" | "of" | null;
}

/**
 * Every ratio, labelled number and percentage in the text, in text order. A text without numbers
 * gives []. Dates are not ratios: `2025/6/20` (any a/b/c chain) never is, and an `m/d` that could be
 * a date (m ≤ 12, d ≤ 31) is one unless a count word follows it (件, 人, 完了, …): 「8/25に」
 * 「8/28GIS研修」 「(8/1)」 are dates, 「3/5件」 and 「28/60完了」 are ratios. This is stricter than
 * looking for に/から/まで/時点 after it, because progress text also writes 「8/5入札」 and 「(9/3)」.
 * Times (`10:30`) are not labelled numbers, and neither is a number right before 年, 月, 日 or 時
 * (「全部で23個：7月」).
 */
export function findKpiHints(text: string): KpiHint[] {
  const tokens = findNumberTokens(text);
  const slashed = new Set(tokens.filter((token, i) => isSlashNeighbour(text, tokens, i)));
  const ratios = findRatios(text, tokens);
  const ratioLabels = new Map<NumberToken, { label: string; start: number }>();
  const used = new Set<NumberToken>();
  const hints: KpiHint[] = [];

  for (const colon of text.matchAll(/[:：]/gu)) {
    const found = labelledAt(text, colon.index, tokens);
    if (!found) continue;
    if (ratios.some((ratio) => ratio.numerator === found.token)) {
      ratioLabels.set(found.token, { label: found.label, start: found.labelStart });
    } else if (!slashed.has(found.token) && !found.token.malformed) {
      const hint = readLabelled(text, found);
      if (hint) {
        hints.push(hint);
        used.add(found.token);
      }
    }
  }
  for (const token of tokens) {
    if (used.has(token) || slashed.has(token) || token.malformed) continue;
    const hint = readPercent(text, token);
    if (hint) hints.push(hint);
  }
  for (const ratio of ratios) hints.push(withLabel(text, ratio.hint, ratioLabels.get(ratio.numerator)));
  return hints.sort((a, b) => a.start - b.start);
}

/** A run of digits as written, e.g. `4,779,225`, `５０．１`, `1億2,000万`. */
interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Part of something that is not one number, such as `1.2.3` or `1,234,5`. */
  readonly malformed: boolean;
}

interface RatioMatch {
  readonly numerator: NumberToken;
  readonly hint: KpiHint;
}

interface LabelledMatch {
  readonly label: string;
  readonly labelStart: number;
  readonly token: NumberToken;
  readonly sign: string;
}

const DIGIT = "[0-9０-９]";
const DIGITS = `${DIGIT}+(?:[,，]${DIGIT}{3})*(?:[.．]${DIGIT}+)?`;
const NUMBER = new RegExp(`${DIGITS}(?:億(?:${DIGITS}万)?|万)?`, "gu");
const UNIT_SOURCE = [...NUMBER_UNITS].sort((a, b) => b.length - a.length).join("|");
const SPACE = "[ \\t\\u3000]*";
const LEADING_SPACE = new RegExp(`^${SPACE}`, "u");
const TRAILING_SPACE = new RegExp(`${SPACE}$`, "u");
const PERCENT_AFTER = new RegExp(`^${SPACE}[%％]`, "u");
const UNIT_AFTER = new RegExp(`^${SPACE}(${UNIT_SOURCE})`, "u");
const RATIO_UNIT_AFTER = new RegExp(`^(${UNIT_SOURCE.replace(/\|?[%％]/gu, "")})`, "u");
/** Words after a ratio that say it counts things done: 「28/60完了」. */
const DONE_AFTER = /^(?:完了|済み|済|達成|終了)/u;
/** Qualifiers after a target: kept in the source so 「90人以上」 is not shown as just 90. */
const QUALIFIER_AFTER = /^(?:以上|以下|未満|超|程度|前後)/u;
/** Qualifiers between a colon and its number: 「研修の理解度：平均3.8」「約20%」. */
const QUALIFIER_BEFORE = /^(?:平均|約)/u;
const SIGN_CHARS = "▲△-−－";
const RANGE_MARK = /[〜~～]/u;
/** A number right before one of these is a date or a time, not a count: 「7月」「10年」「5日」. */
const DATE_WORD = /^[年月日時分秒週期末]/u;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
const SLASH = /^[/／]$/u;
const LABEL_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const HIRAGANA = /[ぁ-ゖ]/u;
/** 「2025/6/20時点でちば電子申請の…」: a time phrase that opens a label is not part of its name. */
const TIME_PHRASE = /^.*(?:時点|現在)(?:で|の|は)/u;
/** A year a percentage is measured from: 前年度, 昨年度, R6, Ｒ６年度, 令和6年度, 2024年度, FY2024. */
const BASE_YEAR = String.raw`前年度|前年|昨年度|昨年|[RＲ][0-9０-９]+(?:年度?)?|令和(?:[0-9０-９]+|元)年度?|[0-9０-９]{4}年度|FY[0-9０-９]{4}`;
const PREVIOUS_YEAR = /^(?:前年度|前年|昨年度|昨年)$/u;
/** 「前年度比」「対R6比で」「R6より」 right before a percentage. */
const RELATIVE_BEFORE = new RegExp(`(?:対)?(${BASE_YEAR})(?:比|より|から)(?:で|の|は)?${SPACE}$`, "u");
/** A label that is a base: 「R6比:50%」「前年度比：10%増」. */
const RELATIVE_LABEL = new RegExp(`(?:対)?(${BASE_YEAR})比$`, "u");
/** 「（対R6比）」「(前年度比)」 right after a percentage (and its direction word). */
const BASE_AFTER = new RegExp(`^${SPACE}[（(]${SPACE}(?:対)?(${BASE_YEAR})比${SPACE}[）)]`, "u");
const INCREASE_WORDS = ["増加", "増", "アップ", "向上", "上昇", "拡大"];
const DECREASE_WORDS = ["減少", "削減", "縮減", "低減", "減", "ダウン", "カット"];
/** The way a percentage moves, right after it: 「10%増」「30%の削減」. */
const DIRECTION_AFTER = new RegExp(`^(?:の)?(${[...INCREASE_WORDS, ...DECREASE_WORDS].join("|")})`, "u");

function findNumberTokens(text: string): NumberToken[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const malformed = /[.．,，]$/u.test(text.slice(start - 1, start)) && isDigit(text[start - 2]);
    const continued = /^[.．,，][0-9０-９]/u.test(text.slice(end, end + 2));
    return { start, end, raw: match[0], malformed: malformed || continued };
  });
}

/** Whether the token touches a slash shared with another number (ratio, date or chain). */
function isSlashNeighbour(text: string, tokens: readonly NumberToken[], i: number): boolean {
  return slashBetween(text, tokens[i - 1], tokens[i]) || slashBetween(text, tokens[i], tokens[i + 1]);
}

function slashBetween(text: string, left: NumberToken | undefined, right: NumberToken | undefined): boolean {
  return left !== undefined && right !== undefined && SLASH.test(text.slice(left.end, right.start));
}

function findRatios(text: string, tokens: readonly NumberToken[]): RatioMatch[] {
  const ratios: RatioMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const numerator = tokens[i];
    const denominator = tokens[i + 1];
    if (!numerator || !denominator || !slashBetween(text, numerator, denominator)) continue;
    // 2025/6/20: a chain of slashes is a date, and no pair inside it is a ratio.
    const chained =
      slashBetween(text, tokens[i - 1], numerator) || slashBetween(text, denominator, tokens[i + 2]);
    if (chained || numerator.malformed || denominator.malformed) continue;
    if (LATIN.test(text.slice(numerator.start - 1, numerator.start))) continue;
    const hint = readRatio(text, numerator, denominator);
    if (hint) ratios.push({ numerator, hint });
  }
  return ratios;
}

function readRatio(text: string, numerator: NumberToken, denominator: NumberToken): KpiHint | null {
  const a = readNumber(numerator.raw);
  const b = readNumber(denominator.raw);
  // A quotient beyond what a number holds states no rate anyone could accept (1e308/0.001).
  if (!a.ok || !b.ok || b.value === 0 || !Number.isFinite(a.value / b.value)) return null;
  const rest = text.slice(denominator.end);
  const unit = RATIO_UNIT_AFTER.exec(rest)?.[0] ?? "";
  const done = DONE_AFTER.exec(rest.slice(unit.length))?.[0] ?? "";
  if (unit === "" && done === "" && looksLikeDate(a.value, b.value)) return null;
  const end = denominator.end + unit.length + done.length;
  const unitValue = unit === "" ? null : unit.normalize("NFKC");
  return hintOf(text, "ratio", null, a.value, b.value, unitValue, numerator.start, end, null);
}

/** The label before a colon and the number after it, if the colon separates a name from a number. */
function labelledAt(text: string, colon: number, tokens: readonly NumberToken[]): LabelledMatch | null {
  if (isTime(text, colon)) return null;
  const labelEnd = colon - (TRAILING_SPACE.exec(text.slice(0, colon))?.[0].length ?? 0);
  const groupStart = bracketGroupStart(text, labelEnd);
  const runStart = labelRunStart(text, groupStart);
  const stripped = text.slice(runStart, groupStart).replace(TIME_PHRASE, "");
  if (stripped === "") return null;
  const labelStart = groupStart - stripped.length;

  const valueStart = colon + 1 + (LEADING_SPACE.exec(text.slice(colon + 1))?.[0].length ?? 0);
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(valueStart))?.[0] ?? "";
  const signAt = valueStart + qualifier.length;
  const ch = text.charAt(signAt);
  const sign = ch !== "" && SIGN_CHARS.includes(ch) ? ch : "";
  const token = tokens.find((candidate) => candidate.start === signAt + sign.length);
  if (!token) return null;
  return { label: text.slice(labelStart, labelEnd), labelStart, token, sign };
}

function readLabelled(text: string, found: LabelledMatch): KpiHint | null {
  const { token } = found;
  const unit = UNIT_AFTER.exec(text.slice(token.end))?.[0] ?? "";
  if (unit === "" && DATE_WORD.test(text.slice(token.end))) return null;
  if (RANGE_MARK.test(text.slice(token.end + unit.length, token.end + unit.length + 1))) return null;
  const reading = readNumber(`${found.sign}${token.raw}${unit}`);
  if (!reading.ok) return null;
  const end = withQualifier(text, token.end + unit.length);
  if (reading.unit !== "%")
    return hintOf(
      text,
      "labelled",
      found.label,
      reading.value,
      null,
      reading.unit,
      found.labelStart,
      end,
      null,
    );
  const named = RELATIVE_LABEL.exec(found.label);
  const relative = relativeAround(text, end, reading.value, named ? baseOf(named[1]) : null);
  return hintOf(
    text,
    "labelled",
    found.label,
    reading.value,
    null,
    "%",
    found.labelStart,
    relative?.end ?? end,
    relative?.hint ?? null,
  );
}

function readPercent(text: string, token: NumberToken): KpiHint | null {
  const percent = PERCENT_AFTER.exec(text.slice(token.end))?.[0];
  if (percent === undefined) return null;
  const after = token.end + percent.length;
  if (
    RANGE_MARK.test(text.slice(token.start - 1, token.start)) ||
    RANGE_MARK.test(text.slice(after, after + 1))
  ) {
    return null;
  }
  const sign = signBefore(text, token.start);
  const reading = readNumber(`${sign}${token.raw}%`);
  if (!reading.ok) return null;
  const runEnd = token.start - sign.length;
  const run = text.slice(labelRunStart(text, runEnd), runEnd);
  const qualifier = run.endsWith("約") ? "約" : "";
  const named = run.slice(0, run.length - qualifier.length);
  const label = named.slice(lastHiraganaEnd(named));
  const start = runEnd - qualifier.length - label.length;
  const end = withQualifier(text, after);
  const before = RELATIVE_BEFORE.exec(text.slice(0, runEnd - qualifier.length));
  const relative = relativeAround(text, end, reading.value, before ? baseOf(before[1]) : null);
  // A base written before the number belongs to what the hint shows: 「前年度比で10%増」.
  const from = before && before.index < start ? before.index : start;
  return hintOf(
    text,
    "percent",
    label || null,
    reading.value,
    null,
    "%",
    relative ? from : start,
    relative?.end ?? end,
    relative?.hint ?? null,
  );
}

function withLabel(
  text: string,
  hint: KpiHint,
  label: { label: string; start: number } | undefined,
): KpiHint {
  if (!label) return hint;
  return hintOf(text, hint.kind, label.label, hint.value, hint.of, hint.unit, label.start, hint.end, null);
}

function hintOf(
  text: string,
  kind: KpiHint["kind"],
  label: string | null,
  value: number,
  of: number | null,
  unit: string | null,
  start: number,
  end: number,
  relative: RelativeHint | null,
): KpiHint {
  return { kind, label, value, of, unit, source: text.slice(start, end), start, end, relative };
}

/**
 * Whether a percentage ending at `end` is relative, and where its words end: a base named before
 * it (`base`, from 「前年度比」「R6比」「対前年度比で」) or after it (「50%（対R6比）」), a direction
 * word after it (増, 削減, …), or a ▲ (a negative value). A direction alone is measured from the
 * level now. A percentage with none of these is a plain value.
 */
function relativeAround(
  text: string,
  end: number,
  value: number,
  base: RelativeHint["base"] | null,
): { hint: RelativeHint; end: number } | null {
  let at = end;
  const word = DIRECTION_AFTER.exec(text.slice(at));
  const direction = word ? directionOf(word[1]) : null;
  if (word) at += word[0].length;
  const note = BASE_AFTER.exec(text.slice(at));
  if (note) at += note[0].length;
  const named = base ?? (note ? baseOf(note[1]) : null);
  const change = direction ?? (value < 0 ? "decrease" : named !== null && value >= 100 ? "of" : null);
  if (named === null && (direction === null || value < 0)) return null;
  return { hint: { base: named ?? { kind: "current" }, change }, end: at };
}

function baseOf(written: string): RelativeHint["base"] | null {
  if (PREVIOUS_YEAR.test(written)) return { kind: "previous-year" };
  const year = parseFiscalYearLabel(written.replace(/年$/u, "年度"));
  return year === null ? null : { kind: "year", fiscalYear: year };
}

function directionOf(word: string): "increase" | "decrease" {
  return INCREASE_WORDS.includes(word) ? "increase" : "decrease";
}

/** An m/d that names a real month and day: 8/25, 12/31. */
function looksLikeDate(a: number, b: number): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 12 && b >= 1 && b <= 31;
}

/** `10:30` (hours and minutes) but not `R6:30` (a label ending in a digit). */
function isTime(text: string, colon: number): boolean {
  const hours = /(?:^|[^0-9０-９A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]{1,2}$/u.test(
    text.slice(Math.max(0, colon - 3), colon),
  );
  return hours && /^[0-9０-９]{2}(?![0-9０-９])/u.test(text.slice(colon + 1));
}

/** Where a bracketed note that ends the label starts: 「整備率（課単位）:100%」. */
function bracketGroupStart(text: string, end: number): number {
  const close = text[end - 1];
  if (close !== ")" && close !== "）") return end;
  const open = Math.max(text.lastIndexOf("(", end - 1), text.lastIndexOf("（", end - 1));
  if (open < 0 || /[()（）]/u.test(text.slice(open + 1, end - 1))) return end;
  return labelRunStart(text, open) < open ? open : end;
}

/**
 * Where the run of name characters ending at `end` starts: letters, digits and marks, with 「・」
 * kept when it joins two words (業務改革・改善) and not when it is a bullet (「 ・設定課題数」).
 */
function labelRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const ch = charBefore(text, i);
    if (LABEL_CHAR.test(ch)) {
      i -= ch.length;
    } else if (ch === "・" && i < end && LABEL_CHAR.test(charBefore(text, i - 1))) {
      i -= 1;
    } else {
      break;
    }
  }
  return i;
}

/** A percentage's label is the noun phrase right before it: after the last hiragana (particle). */
function lastHiraganaEnd(run: string): number {
  for (let i = run.length; i > 0; i--) if (HIRAGANA.test(run.charAt(i - 1))) return i;
  return 0;
}

function signBefore(text: string, start: number): string {
  const ch = text[start - 1] ?? "";
  if (ch === "▲" || ch === "△") return ch;
  if ("-−－".includes(ch) && ch !== "" && !LABEL_CHAR.test(charBefore(text, start - 1))) return ch;
  return "";
}

function withQualifier(text: string, end: number): number {
  return end + (QUALIFIER_AFTER.exec(text.slice(end))?.[0].length ?? 0);
}

/** The code point that ends at `i`, so a label scan never splits a surrogate pair. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9０-９]/u.test(ch);
}
