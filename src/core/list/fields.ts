import { normalizeHeader } from "./normalize";

/**
 * The fields of a measure row (§3). Year-labelled fields (`milestone`, `plan`, and per-year KPI
 * `target`/`actual`) may appear once per fiscal year; their column keys carry the year: `milestone[R7]`.
 */
export type FieldName =
  | "branch1"
  | "branch2"
  | "department"
  | "pillar"
  | "domain"
  | "item"
  | "purpose"
  | "milestone"
  | "plan"
  | "quarterTarget"
  | "progress"
  | "weather"
  | "direction"
  | "directionReason"
  | "kpiName"
  | "unit"
  | "baseline"
  | "target"
  | "actual"
  | "polarity"
  | "attainmentRate"
  | "grade";

/** How an empty cell is treated: an error, a warning, or fine. */
export type FieldRequirement = "error" | "warning" | "none";

export interface FieldDef {
  readonly name: FieldName;
  /** The Japanese name used in messages and in header cells the tool writes. */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly required: FieldRequirement;
}

export const FIELDS: readonly FieldDef[] = [
  def("branch1", "進捗管理枝番1（9領域）", ["進捗管理枝番1", "枝番1"], "error"),
  def("branch2", "進捗管理枝番2（施策番号）", ["進捗管理枝番2", "枝番2", "施策番号"], "error"),
  def("department", "主担当部", ["担当部", "主担当課"], "error"),
  def("pillar", "施策3本柱", ["3本柱"], "error"),
  def("domain", "施策9領域", ["9領域"], "error"),
  def("item", "管理項目", [], "error"),
  def("purpose", "目的", [], "none"),
  def("milestone", "年度末時点", [], "none"),
  def("plan", "実施内容", [], "none"),
  def("quarterTarget", "到達目標", [], "none"),
  def("progress", "進捗状況", [], "warning"),
  def("weather", "天気", [], "error"),
  def("direction", "今後の方向性", ["方向性"], "error"),
  def("directionReason", "方向性理由", [], "none"),
  def("kpiName", "指標名", ["指標", "KPI"], "none"),
  def("unit", "単位", [], "none"),
  def("baseline", "基準値", ["現状値", "現在地"], "none"),
  def("target", "年度目標値", ["目標値", "数値目標"], "none"),
  def("actual", "実績値", ["実績", "数値"], "none"),
  def("polarity", "目標の方向", [], "none"),
  def("attainmentRate", "達成率", [], "none"),
  def("grade", "達成度", [], "none"),
];

export const FIELD_BY_NAME: ReadonlyMap<FieldName, FieldDef> = new Map(FIELDS.map((f) => [f.name, f]));

/** The KPI columns a city adds (§3): the numbers and words attainment is computed from. */
export const KPI_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  "kpiName",
  "unit",
  "baseline",
  "target",
  "actual",
  "polarity",
]);

/** Fields whose columns are labelled by fiscal year (`R7年度末時点`, `R8年度目標値`). */
export const YEAR_FIELDS: ReadonlySet<FieldName> = new Set(["milestone", "plan", "target", "actual"]);

/** What a header cell names: a field, and for year-labelled fields the fiscal year (Reiwa n). */
export interface HeaderMatch {
  readonly field: FieldName;
  readonly fiscalYear: number | null;
  readonly quarter: number | null;
}

/**
 * Reads a header cell. Names are compared after NFKC with all white space removed (§2); a trailing
 * parenthetical such as 「（☀☁☂）」 is ignored when the full name is not known.
 */
export function matchHeader(text: string): HeaderMatch | null {
  // Header names are short; skipping long texts keeps scanning a 20,000-row sheet cheap.
  if (text.length > MAX_HEADER_LENGTH) return null;
  const name = normalizeHeader(text);
  return name === "" ? null : (matchName(name) ?? matchName(name.replace(TRAILING_NOTE, "")));
}

/**
 * matchHeader with a memory, for one scan of a sheet: lists repeat the same short texts (総務部,
 * ☀, 継続) on every row. Made per call, so nothing outlives the scan that filled it.
 */
export function headerMatcher(): (text: string) => HeaderMatch | null {
  const known = new Map<string, HeaderMatch | null>();
  return (text) => {
    if (text.length > MAX_HEADER_LENGTH) return null;
    let match = known.get(text);
    if (match === undefined) {
      match = matchHeader(text);
      known.set(text, match);
    }
    return match;
  };
}

const MAX_HEADER_LENGTH = 60;

/** The column key of a binding: `weather`, `milestone[R7]`, `target[R8]`. */
export function columnKey(field: FieldName, fiscalYear: number | null): string {
  return fiscalYear === null ? field : `${field}[R${fiscalYear}]`;
}

/** The Japanese label of a column key, with its year: `R8年度目標値`, `R7年度末時点`. */
export function fieldLabel(
  field: FieldName,
  fiscalYear: number | null = null,
  quarter: number | null = null,
): string {
  const base = FIELD_BY_NAME.get(field)?.label ?? field;
  if (field === "milestone") return fiscalYear === null ? "マイルストーン" : `R${fiscalYear}年度末時点`;
  if (field === "plan") return fiscalYear === null ? base : `R${fiscalYear}年度 実施内容`;
  if (field === "quarterTarget") return quarter === null ? base : `Q${quarter}末 到達目標`;
  if (fiscalYear !== null && (field === "target" || field === "actual")) return `R${fiscalYear}${base}`;
  return base;
}

const TRAILING_NOTE = /\([^()]*\)$/u;

// Matches R8 / 令和8 / 令和元 / FY2026 / 2026 followed by an optional 年度 or 年.
const YEAR_PREFIX = "(?:(?:R|令和)(\\d{1,2}|元)|FY(\\d{4})|(\\d{4}))(?:年度|年)?";

const YEAR_PATTERNS: readonly { readonly field: FieldName; readonly pattern: RegExp }[] = [
  { field: "milestone", pattern: new RegExp(`^${YEAR_PREFIX}末(?:時点)?$`, "u") },
  { field: "plan", pattern: new RegExp(`^${YEAR_PREFIX}実施内容$`, "u") },
  { field: "target", pattern: new RegExp(`^${YEAR_PREFIX}(?:年度目標値|目標値|数値目標|目標)$`, "u") },
  { field: "actual", pattern: new RegExp(`^${YEAR_PREFIX}(?:実績値|実績|数値)$`, "u") },
];

const QUARTER_TARGET = /^Q([1-4])末(?:到達)?目標$/u;

const ALIASES: ReadonlyMap<string, FieldName> = new Map(
  FIELDS.flatMap((f) => {
    const names = f.name === "milestone" || f.name === "quarterTarget" ? f.aliases : [f.label, ...f.aliases];
    return names.map((alias) => [normalizeHeader(alias), f.name] as const);
  }),
);

function matchName(name: string): HeaderMatch | null {
  const field = ALIASES.get(name);
  if (field) return { field, fiscalYear: null, quarter: null };
  const quarter = QUARTER_TARGET.exec(name);
  if (quarter) return { field: "quarterTarget", fiscalYear: null, quarter: Number(quarter[1]) };
  for (const { field, pattern } of YEAR_PATTERNS) {
    const m = pattern.exec(name);
    if (m) return { field, fiscalYear: reiwaYear(m), quarter: null };
  }
  return null;
}

function reiwaYear(m: RegExpExecArray): number | null {
  if (m[1] !== undefined) return m[1] === "元" ? 1 : Number(m[1]);
  const western = Number(m[2] ?? m[3]);
  return western > 2018 ? western - 2018 : null;
}

function def(name: FieldName, label: string, aliases: string[], required: FieldRequirement): FieldDef {
  return { name, label, aliases, required };
}

/** The Japanese label of a column key such as `weather` or `target[R8]`. */
export function labelOfKey(key: string): string {
  const m = /^(\w+)(?:\[R(\d+)\])?$/u.exec(key);
  if (!m || !FIELD_BY_NAME.has(m[1] as FieldName)) return key;
  return fieldLabel(m[1] as FieldName, m[2] === undefined ? null : Number(m[2]));
}
