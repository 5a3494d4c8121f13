import { computeAttainment, paceDisagreement, type RowAttainment } from "../kpi/attainment";
import { ChoiceIndex, type Choices } from "../choices/choices";
import { formatLocalTime, formatQuarter, type LocalTime, type Quarter } from "../calendar/fiscal-calendar";
import { cellText, type SheetGrid, type WorkbookGrid } from "../port/grid";
import type { IssueCounts } from "../validation/issues";
import type { ListLayout } from "../list/layout";
import { idPart, readMeasureRows, type MeasureRow } from "../list/measure-row";
import { BRANCH1 } from "../validation/rules/ids";
import { majorityLabels } from "../validation/rules/labels";
import { DOMAIN, PILLAR, parseCoded } from "../validation/rules/codes";
import { findPreviousSummary, type PreviousSummary, type SnapshotRow } from "./summary-state";

/** The columns of every weather table: the workbook's marks, then 未入力 and その他 (§8). */
export const NO_VALUE = "未入力";
export const OTHER = "その他";

/** Weather counts of one group (a pillar, a domain, a department) or of the whole list. */
export interface WeatherGroup {
  readonly key: string;
  readonly label: string;
  readonly total: number;
  /** Canonical mark (and 未入力, その他) → rows. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface PillarRate {
  readonly key: string;
  readonly label: string;
  /** Mean 達成率 of the pillar's rows that have one; null when none has. */
  readonly average: number | null;
  readonly rows: number;
}

/** A row the review meeting should look at: ☁, ☂, or a weather its pace disagrees with (§8.6). */
export interface WatchItem {
  readonly row: number;
  readonly id: string | null;
  readonly item: string;
  readonly department: string;
  readonly weather: string;
  readonly progress: string;
  readonly direction: string;
  readonly reason: string;
  /** The weather the pace suggests, when it disagrees with the PL's. */
  readonly suggestedWeather: string | null;
  readonly rate: number | null;
  readonly grade: string | null;
  readonly pace: number | null;
}

export interface Move {
  readonly id: string;
  readonly item: string;
  readonly from: string;
  readonly to: string;
}

export interface SummaryChanges {
  readonly previousSheet: string;
  readonly previousQuarter: string;
  readonly weather: readonly Move[];
  readonly direction: readonly Move[];
  readonly added: readonly { readonly id: string; readonly item: string }[];
  readonly removed: readonly { readonly id: string; readonly item: string }[];
}

/** Everything §8 puts on the summary sheet; the sheet writers and the §9 JSON read only this. */
export interface SummaryModel {
  readonly sheet: string;
  readonly source: string;
  readonly quarter: string;
  readonly fiscalYear: string;
  /** Local time the summary was made, `2026-11-20 09:00`. */
  readonly made: string;
  readonly measures: number;
  readonly validation: IssueCounts;
  /** Column order of weather tables: the workbook's marks, 未入力, その他. */
  readonly weatherKeys: readonly string[];
  /** Meanings of the marks (順調…), for table headers. */
  readonly weatherMeanings: Readonly<Record<string, string>>;
  readonly weather: Readonly<Record<string, number>>;
  readonly byPillar: readonly WeatherGroup[];
  readonly byDomain: readonly WeatherGroup[];
  readonly byDepartment: readonly WeatherGroup[];
  /** Direction values in list order, then 未入力 (and その他 when some value is no choice). */
  readonly direction: Readonly<Record<string, number>>;
  readonly grades: Readonly<Record<string, number>>;
  /** Whether the list has a target column at all; without one grades say nothing. */
  readonly hasTargets: boolean;
  readonly averageRateByPillar: readonly PillarRate[];
  readonly watchlist: readonly WatchItem[];
  /** Null when the workbook has no earlier quarter's summary. */
  readonly changes: SummaryChanges | null;
  /** The state the next quarter's summary compares with. */
  readonly snapshot: readonly SnapshotRow[];
}

export interface SummaryInput {
  readonly book: WorkbookGrid;
  readonly sheet: SheetGrid;
  readonly layout: ListLayout;
  readonly choices: Choices;
  readonly quarter: Quarter;
  readonly validation: IssueCounts;
  /** When the summary is made, as the person's clock shows it. */
  readonly now: LocalTime;
}

/** Summary sheets are named `サマリー_R8Q2`; a taken name gets ` (2)`, ` (3)`… (§8). */
export function summarySheetName(quarter: Quarter, taken: readonly string[]): string {
  const base = `サマリー_${formatQuarter(quarter)}`;
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

/** Builds the §8 model: counts, groups, directions, grades, watch list and changes. */
export function buildSummary(input: SummaryInput): SummaryModel {
  const { choices, quarter } = input;
  const rows = readMeasureRows(input.sheet, input.layout);
  const weatherIndex = new ChoiceIndex(choices.weather);
  const directionIndex = new ChoiceIndex(choices.direction);
  const attainment = computeAttainment(rows, quarter, choices);
  const byRow = new Map(attainment.rows.map((r) => [r.rowIndex, r]));
  const weatherKeys = [...weatherIndex.values(), NO_VALUE, OTHER];
  const weatherOf = (row: MeasureRow) => bucket(weatherIndex, row, "weather");
  const majority = majorityLabels(rows);
  const pillarNames = namesOf(majority, "pillar", PILLAR);
  const domainNames = namesOf(majority, "domain", DOMAIN);

  const direction: Record<string, number> = Object.fromEntries(
    [...directionIndex.values(), NO_VALUE].map((k) => [k, 0]),
  );
  for (const row of rows) {
    const key = bucket(directionIndex, row, "direction");
    direction[key] = (direction[key] ?? 0) + 1;
  }

  const weather = zeros(weatherKeys);
  for (const row of rows) weather[weatherOf(row)] += 1;
  const snapshot = snapshotOf(rows, weatherIndex, directionIndex);

  const pillarOf = (row: MeasureRow) => codeOf(row, "pillar", PILLAR) ?? idPrefix(row, 1);
  const domainOf = (row: MeasureRow) => codeOf(row, "domain", DOMAIN) ?? idPrefix(row, 2);
  const departmentOf = (row: MeasureRow) => row.text("department") || NO_VALUE;

  return {
    sheet: summarySheetName(
      quarter,
      input.book.sheets.map((s) => s.name),
    ),
    source: input.sheet.name,
    quarter: formatQuarter(quarter),
    fiscalYear: attainment.fiscalYear,
    made: formatLocalTime(input.now),
    measures: rows.length,
    validation: input.validation,
    weatherKeys,
    weatherMeanings: Object.fromEntries(choices.weather.map((c) => [c.value, c.meaning])),
    weather,
    byPillar: countBy(rows, pillarOf, weatherOf, weatherKeys, (k) => pillarNames.get(k) ?? ""),
    byDomain: countBy(rows, domainOf, weatherOf, weatherKeys, (k) => domainNames.get(k) ?? ""),
    byDepartment: countBy(rows, departmentOf, weatherOf, weatherKeys, (k) => k),
    direction,
    grades: attainment.grades,
    hasTargets: input.layout.blocks.some((b) => b.columns.some((c) => c.field === "target")),
    averageRateByPillar: averageRates(rows, byRow, pillarOf, pillarNames),
    watchlist: watchlist(rows, byRow, weatherIndex, directionIndex),
    changes: changesSince(findPreviousSummary(input.book, quarter), snapshot),
    snapshot,
  };
}

/** A row's canonical value in a list, 未入力 when empty, その他 when it is no choice. */
function bucket(index: ChoiceIndex, row: MeasureRow, key: string): string {
  if (row.isError(key)) return OTHER;
  const match = index.match(row.value(key));
  if (match.kind === "empty") return NO_VALUE;
  return match.kind === "unknown" ? OTHER : match.value;
}

/** Groups in order of first appearance, codes sorted (A, A1, A2, B…), each with its weather counts. */
function countBy(
  rows: readonly MeasureRow[],
  groupOf: (row: MeasureRow) => string,
  weatherOf: (row: MeasureRow) => string,
  keys: readonly string[],
  labelOf: (key: string) => string,
): WeatherGroup[] {
  const groups = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const group = groupOf(row);
    let counts = groups.get(group);
    if (!counts) groups.set(group, (counts = zeros(keys)));
    const w = weatherOf(row);
    counts[w] = (counts[w] ?? 0) + 1;
  }
  return [...groups]
    .map(([key, counts]) => ({
      key,
      label: labelOf(key),
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    }))
    .sort(
      (a, b) =>
        groupOrder(a.key) - groupOrder(b.key) ||
        (isCode(a.key) && isCode(b.key) ? a.key.localeCompare(b.key, "en", { numeric: true }) : 0),
    );
}

/** Codes (A, A1) sort before names; 未入力 last. Names keep their order of appearance. */
function groupOrder(key: string): number {
  if (key === NO_VALUE) return 2;
  return isCode(key) ? 0 : 1;
}

function isCode(key: string): boolean {
  return /^[A-Z]\d*$/u.test(key);
}

function zeros(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

function codeOf(row: MeasureRow, key: string, pattern: RegExp): string | null {
  const text = row.text(key);
  return text === "" ? null : (parseCoded(text, pattern)?.code ?? null);
}

/** Without a readable pillar or domain, the id tells: 枝番1 `B1` is pillar B, domain B1. */
function idPrefix(row: MeasureRow, length: 1 | 2): string {
  const branch1 = idPart(row.value("branch1"));
  if (!BRANCH1.test(branch1)) return NO_VALUE;
  return length === 1 ? branch1.charAt(0) : branch1;
}

/** The name part of the spelling most rows give each code: 「A:市民サービスの改善・向上」 → A → 市民サービスの改善・向上. */
function namesOf(majority: ReadonlyMap<string, string>, key: string, pattern: RegExp): Map<string, string> {
  const names = new Map<string, string>();
  for (const [group, label] of majority) {
    const coded = group.startsWith(`${key}:`) ? parseCoded(label, pattern) : null;
    if (coded) names.set(coded.code, coded.name);
  }
  return names;
}

/**
 * The mean of finite rates. Their sum can pass what a number holds (a few rates near 1e307)
 * where their mean does not, so such a sum is taken again as the sum of each rate's share.
 */
function mean(values: readonly number[]): number {
  const sum = values.reduce((s, v) => s + v, 0);
  if (Number.isFinite(sum)) return sum / values.length;
  return values.reduce((s, v) => s + v / values.length, 0);
}

function averageRates(
  rows: readonly MeasureRow[],
  byRow: ReadonlyMap<number, RowAttainment>,
  pillarOf: (row: MeasureRow) => string,
  names: ReadonlyMap<string, string>,
): PillarRate[] {
  const rates = new Map<string, number[]>();
  for (const row of rows) {
    const key = pillarOf(row);
    const list = rates.get(key) ?? [];
    const rate = byRow.get(row.rowIndex)?.rate ?? null;
    if (rate !== null) list.push(rate);
    rates.set(key, list);
  }
  return [...rates]
    .map(([key, list]) => ({
      key,
      label: names.get(key) ?? "",
      average: list.length === 0 ? null : mean(list),
      rows: list.length,
    }))
    .sort(
      (a, b) => groupOrder(a.key) - groupOrder(b.key) || a.key.localeCompare(b.key, "en", { numeric: true }),
    );
}

function watchlist(
  rows: readonly MeasureRow[],
  byRow: ReadonlyMap<number, RowAttainment>,
  weather: ChoiceIndex,
  direction: ChoiceIndex,
): WatchItem[] {
  const [sunny] = weather.values();
  const items: WatchItem[] = [];
  for (const row of rows) {
    const mark = bucket(weather, row, "weather");
    const result = byRow.get(row.rowIndex);
    const suggested = paceDisagreement(result);
    // Every mark but the first (☀) signals delay or risk: the city may have added its own.
    const cloudy = mark !== sunny && mark !== NO_VALUE && mark !== OTHER;
    if (!cloudy && suggested === null) continue;
    const directionValue = bucket(direction, row, "direction");
    items.push({
      row: row.row,
      id: row.id,
      item: row.text("item"),
      department: row.text("department"),
      weather: mark,
      progress: row.text("progress"),
      direction:
        directionValue === NO_VALUE ? "" : directionValue === OTHER ? row.text("direction") : directionValue,
      reason: row.text("directionReason"),
      suggestedWeather: suggested,
      rate: result?.rate ?? null,
      grade: result ? result.grade : null,
      pace: result?.pace ?? null,
    });
  }
  return items;
}

function snapshotOf(
  rows: readonly MeasureRow[],
  weather: ChoiceIndex,
  direction: ChoiceIndex,
): SnapshotRow[] {
  const out: SnapshotRow[] = [];
  for (const row of rows) {
    if (row.id === null) continue;
    const w = bucket(weather, row, "weather");
    const d = bucket(direction, row, "direction");
    out.push({
      id: row.id,
      weather: w === NO_VALUE ? "" : w === OTHER ? cellText(row.value("weather")).trim() : w,
      direction: d === NO_VALUE ? "" : d === OTHER ? cellText(row.value("direction")).trim() : d,
      item: row.text("item"),
    });
  }
  return out;
}

/** Weather moves, direction changes, added and removed ids since the previous summary (§8.7). */
export function changesSince(
  previous: PreviousSummary | null,
  now: readonly SnapshotRow[],
): SummaryChanges | null {
  if (!previous) return null;
  const before = new Map(previous.rows.map((r) => [r.id, r]));
  const current = new Map(now.map((r) => [r.id, r]));
  const moves = (field: "weather" | "direction"): Move[] =>
    now
      .filter((r) => before.has(r.id) && before.get(r.id)?.[field] !== r[field])
      .map((r) => ({
        id: r.id,
        item: r.item,
        from: before.get(r.id)?.[field] || NO_VALUE,
        to: r[field] || NO_VALUE,
      }));
  return {
    previousSheet: previous.sheet,
    previousQuarter: formatQuarter(previous.quarter),
    weather: moves("weather"),
    direction: moves("direction"),
    added: now.filter((r) => !before.has(r.id)).map((r) => ({ id: r.id, item: r.item })),
    removed: previous.rows.filter((r) => !current.has(r.id)).map((r) => ({ id: r.id, item: r.item })),
  };
}
