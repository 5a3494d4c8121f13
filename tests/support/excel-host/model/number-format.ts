/**
 * The display text of a cell (`Range.text`) for the number formats the add-in and the sample use:
 * General, fixed decimals, thousands separators, percentages, text (`@`) and y/m/d dates. Any
 * other format gives null, which the host reports as a gap instead of guessing.
 */
import type { Cell } from "./workbook";

/** Excel's serial day number (1900 date system, with its phantom 29 February 1900). */
export function dateSerial(year: number, month: number, day: number): number {
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days;
}

export function cellText(cell: Cell | undefined): string | null {
  if (!cell || cell.value === null) return "";
  const value = cell.value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, cell.numberFormat ?? "General");
}

export function formatNumber(value: number, format: string): string | null {
  const sections = format.split(";");
  const negative = value < 0 && sections.length > 1;
  const section = negative ? sections[1] : sections[0];
  const body = negative ? Math.abs(value) : value;
  const text = formatSection(body, section);
  return text;
}

function formatSection(value: number, section: string): string | null {
  if (section === "General" || section === "@") return general(value);
  if (/[ymd]/iu.test(section) && !/[#0]/u.test(section)) return formatDate(value, section);
  const m =
    /^((?:"[^"]*"|\\.|[^"\\[\]#0?@*_;])*)(#,##)?0(\.0+)?(%)?((?:"[^"]*"|\\.|[^"\\[\]#0?@*_;])*)$/u.exec(
      section,
    );
  if (!m) return null;
  const decimals = m[3] ? m[3].length - 1 : 0;
  const scaled = m[4] ? value * 100 : value;
  let text = roundHalfAway(scaled, decimals).toFixed(decimals);
  if (m[2]) text = group(text);
  return `${literal(m[1])}${text}${m[4] ?? ""}${literal(m[5])}`;
}

/** Literal text around the number: quoted strings and backslash escapes as written. */
function literal(text: string): string {
  return text.replace(
    /"([^"]*)"|\\(.)/gu,
    (_m, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? "",
  );
}

/** General shows up to 11 characters of a number, switching to scientific notation for large magnitudes. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e11 || (abs !== 0 && abs < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const exp = Number(exponent);
    const trimmed = mantissa.replace(/\.?0+$/u, "");
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const digitsBeforePoint = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - digitsBeforePoint - (value < 0 ? 1 : 0));
  return String(Number(value.toFixed(decimals)));
}

function formatDate(serial: number, section: string): string | null {
  const d = new Date(Math.round(serial * 86_400_000) + Date.UTC(1899, 11, 30));
  const pad = (n: number) => String(n).padStart(2, "0");
  const tokens = section.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|"[^"]*"|\\.|[^ymdhs"\\]+/gu) ?? [];
  let afterHour = false;
  let out = "";
  for (const token of tokens) {
    const minutes = afterHour && (token === "mm" || token === "m");
    if (token === "yyyy") out += d.getUTCFullYear();
    else if (token === "yy") out += pad(d.getUTCFullYear() % 100);
    else if (minutes) out += token === "mm" ? pad(d.getUTCMinutes()) : d.getUTCMinutes();
    else if (token === "mm") out += pad(d.getUTCMonth() + 1);
    else if (token === "m") out += d.getUTCMonth() + 1;
    else if (token === "dd") out += pad(d.getUTCDate());
    else if (token === "d") out += d.getUTCDate();
    else if (token === "hh") out += pad(d.getUTCHours());
    else if (token === "h") out += d.getUTCHours();
    else if (token === "ss") out += pad(d.getUTCSeconds());
    else if (token === "s") out += d.getUTCSeconds();
    else if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith("\\")) out += token.slice(1);
    else if (/[a-z]/iu.test(token.replace(/[年月日時分秒]/gu, ""))) return null;
    else out += token;
    if (token === "hh" || token === "h") afterHour = true;
    else if (!/^[:\s]+$/u.test(token)) afterHour = false;
  }
  return out;
}

function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

function group(fixed: string): string {
  const [whole, fraction] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}
