/**
 * Numbers written through a number section's digit placeholders, and Excel's General format.
 * Digits come from the value's 15 significant digits, as Excel keeps them, rounded half away
 * from zero on those decimal digits (so 0.145 at 0% is 15%, not the 14% binary rounding gives).
 */
import type { Token } from "./format-sections";

/** `abs` (not negative) through a section's tokens: placeholders, separators, %, E+ and literals. */
export function formatDigits(abs: number, tokens: readonly Token[]): string {
  const percents = tokens.filter((t) => t.kind === "percent").length;
  const exponentAt = tokens.findIndex((t) => t.kind === "exponent");
  const mantissa = exponentAt < 0 ? tokens : tokens.slice(0, exponentAt);
  const pointAt = mantissa.findIndex((t) => t.kind === "point");
  const integerEnd = pointAt < 0 ? mantissa.length : pointAt;
  const lastIntegerDigit = lastIndexOf(mantissa, integerEnd, (t) => t.kind === "digit");
  const firstIntegerDigit = mantissa.findIndex((t, i) => i < integerEnd && t.kind === "digit");
  // A comma between integer placeholders groups thousands; commas right after the last
  // placeholder of the number (0,  0.0,,) divide it by 1,000 each.
  const grouped = mantissa.some(
    (t, i) => t.kind === "comma" && i > firstIntegerDigit && i < lastIntegerDigit && firstIntegerDigit >= 0,
  );
  const lastDigit = lastIndexOf(mantissa, mantissa.length, (t) => t.kind === "digit");
  let scaleCommas = 0;
  for (let i = lastDigit + 1; mantissa[i]?.kind === "comma"; i++) scaleCommas++;
  const decimals = mantissa.filter((t, i) => i > integerEnd && t.kind === "digit").length;

  let value = abs * 100 ** percents;
  if (scaleCommas > 0) value /= 1000 ** scaleCommas;
  let exponent = 0;
  if (exponentAt >= 0 && value !== 0) {
    const integerPlaces = mantissa.filter((t, i) => i < integerEnd && t.kind === "digit").length || 1;
    exponent = Math.floor(Math.log10(value));
    // ##0.0E+0 keeps the exponent a multiple of the integer places (engineering notation).
    if (integerPlaces > 1) exponent = Math.floor(exponent / integerPlaces) * integerPlaces;
    value /= 10 ** exponent;
    // Rounding may carry into one more integer digit (9.99 at one decimal is 10.0): step up.
    if (decimalDigits(value, decimals).integer.length > integerPlaces) {
      exponent += integerPlaces;
      value /= 10 ** integerPlaces;
    }
  }
  const digits = decimalDigits(value, decimals);

  const out: string[] = [];
  const integerText = integerDigits(digits.integer, mantissa, integerEnd, grouped);
  mantissa.forEach((token, i) => {
    if (i < integerEnd) {
      if (token.kind === "digit") out.push(integerText.get(i) ?? "");
      else if (token.kind !== "comma") out.push(plainText(token));
    } else if (i === integerEnd) out.push(".");
    else if (token.kind === "digit") out.push(fractionText(digits.fraction, mantissa, integerEnd, i));
    else if (token.kind !== "comma") out.push(plainText(token));
  });
  if (exponentAt >= 0) {
    const exponentToken = tokens[exponentAt];
    const places = tokens.slice(exponentAt + 1).filter((t) => t.kind === "digit").length;
    const sign = exponent < 0 ? "-" : exponentToken.kind === "exponent" && exponentToken.plus ? "+" : "";
    out.push("E", sign, String(Math.abs(exponent)).padStart(places, "0"));
    for (const token of tokens.slice(exponentAt + 1)) if (token.kind !== "digit") out.push(plainText(token));
  }
  return out.join("");
}

/** Excel's General: at most 11 characters, then scientific notation with 6 significant digits. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-5) {
    const [mantissa, exponent] = abs.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/u, "");
    const e = Number(exponent);
    return `${sign}${trimmed}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const integerLength = decimalDigits(abs, 0).integer.length;
  const digits = decimalDigits(abs, Math.max(0, 10 - integerLength));
  const fraction = digits.fraction.replace(/0+$/u, "");
  return `${sign}${digits.integer}${fraction === "" ? "" : `.${fraction}`}`;
}

/**
 * `value`'s decimal digits, rounded to `decimals` places: the integer part without leading zeros
 * ("0" for less than one) and exactly `decimals` fraction digits.
 */
export function decimalDigits(value: number, decimals: number): { integer: string; fraction: string } {
  const [mantissa, exponentText] = value.toExponential(14).split("e");
  const significant = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  let integer: string;
  let fraction: string;
  if (exponent >= 0) {
    const whole = significant.padEnd(exponent + 1, "0");
    integer = whole.slice(0, exponent + 1);
    fraction = significant.slice(exponent + 1);
  } else {
    integer = "0";
    fraction = "0".repeat(-exponent - 1) + significant;
  }
  const roundUp = (fraction[decimals] ?? "0") >= "5";
  fraction = fraction.slice(0, decimals).padEnd(decimals, "0");
  if (roundUp) {
    const carried = increment(integer + fraction);
    integer = carried.slice(0, carried.length - decimals);
    fraction = carried.slice(carried.length - decimals);
  }
  integer = integer.replace(/^0+(?=\d)/u, "");
  return { integer, fraction };
}

/** The text each integer placeholder shows, by token index; extra leading digits go to the first. */
function integerDigits(
  integer: string,
  tokens: readonly Token[],
  integerEnd: number,
  grouped: boolean,
): Map<number, string> {
  const places = tokens.flatMap((t, i) =>
    i < integerEnd && t.kind === "digit" ? [{ i, p: t.placeholder }] : [],
  );
  const shown = new Map<number, string>();
  if (places.length === 0) return shown;
  const digits = integer === "0" ? "" : integer;
  // Grouped: the whole number as one run at the first placeholder, padded to the zeros asked for.
  if (grouped) {
    const firstZero = places.findIndex((place) => place.p === "0");
    const width = firstZero < 0 ? 0 : places.length - firstZero;
    const padded = digits.padStart(width, "0");
    shown.set(places[0].i, padded.replace(/\B(?=(\d{3})+$)/gu, ","));
    return shown;
  }
  const fromRight = places.length - 1;
  for (let k = fromRight; k >= 0; k--) {
    const offset = fromRight - k;
    const digit = digits[digits.length - 1 - offset];
    const place = places[k];
    let text = digit ?? (place.p === "0" ? "0" : place.p === "?" ? " " : "");
    if (k === 0 && digits.length > places.length) text = digits.slice(0, digits.length - fromRight);
    shown.set(place.i, text);
  }
  return shown;
}

/** One fraction placeholder's text: trailing zeros vanish under # and become spaces under ?. */
function fractionText(fraction: string, tokens: readonly Token[], integerEnd: number, at: number): string {
  const places = tokens.flatMap((t, i) =>
    i > integerEnd && t.kind === "digit" ? [{ i, p: t.placeholder }] : [],
  );
  const k = places.findIndex((place) => place.i === at);
  const digit = fraction[k] ?? "0";
  const trailing = places.slice(k).every((place, j) => place.p !== "0" && (fraction[k + j] ?? "0") === "0");
  if (!trailing) return digit;
  return places[k].p === "?" ? " " : "";
}

function plainText(token: Token): string {
  if (token.kind === "literal") return token.text;
  if (token.kind === "percent") return "%";
  return "";
}

function lastIndexOf(tokens: readonly Token[], end: number, test: (t: Token) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (test(tokens[i])) return i;
  return -1;
}

/** A string of decimal digits plus one, keeping its length unless it carries into a new digit. */
function increment(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== "9") {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
    chars[i] = "0";
  }
  return `1${chars.join("")}`;
}
