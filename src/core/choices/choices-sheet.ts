import { DEFAULT_CHOICES, type Choice, type Choices, type DirectionChoice } from "./choices";
import { CHOICES_SHEET } from "../list/find-list";
import {
  cellAddress,
  cellAt,
  cellText,
  isBlank,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../port/grid";
import type { ChoicesProblem, IssueDraft } from "../validation/issues";
import { normalizeHeader } from "../list/normalize";
import { readNumber } from "../kpi/numbers";
import type { DropdownSource } from "../port/plan";

/**
 * The 選択肢 sheet (§4): four small tables side by side, each under a header cell in row 1. A city
 * may edit, reorder or extend them; the reader finds each table by its header text, not position.
 */
export const CHOICE_TABLES = {
  weather: { title: "天気", columns: ["意味", "言い換え"] },
  direction: { title: "今後の方向性", columns: ["意味", "方向性理由", "言い換え"] },
  grades: { title: "達成度", columns: ["達成率の下限"] },
  pace: { title: "天気の目安", columns: ["ペースの下限"] },
} as const;

export type ChoiceTable = keyof typeof CHOICE_TABLES;

/** Where each table sits in a 選択肢 sheet: 0-based header row and columns. */
export interface ChoiceTablePlace {
  readonly row: number;
  readonly col: number;
  /** 0-based column of each named column of the table, when present. */
  readonly columns: Readonly<Record<string, number>>;
  /** How many value rows the table has (up to the first blank value cell). */
  readonly length: number;
}

export interface ChoicesFromSheet {
  readonly choices: Choices;
  /** Tables that could not be used; the defaults stand in for each. */
  readonly issues: readonly IssueDraft[];
  /** Where each usable table is; a table that is missing or unusable has no place here. */
  readonly places: Readonly<Partial<Record<ChoiceTable, ChoiceTablePlace>>>;
}

/** The workbook's 選択肢 sheet, if it has one (any case of visibility). */
export function findChoicesSheet(book: WorkbookGrid): SheetGrid | null {
  return book.sheets.find((s) => normalizeHeader(s.name) === CHOICES_SHEET) ?? null;
}

/** The lists in force: the sheet's tables where they are usable, the defaults elsewhere (§4). */
export function readChoicesSheet(sheet: SheetGrid | null): ChoicesFromSheet {
  if (!sheet) return { choices: DEFAULT_CHOICES, issues: [], places: {} };
  const places = locateTables(sheet);
  const issues: IssueDraft[] = [];
  const pick = <T>(
    table: ChoiceTable,
    read: (place: ChoiceTablePlace) => readonly T[] | ChoicesProblem,
    fallback: readonly T[],
  ): readonly T[] => {
    const place = places[table];
    if (!place) return fallback;
    const result = read(place);
    if (!isProblem(result)) return result;
    issues.push(sheetIssue(sheet.name, place, CHOICE_TABLES[table].title, result));
    delete places[table];
    return fallback;
  };
  const choices: Choices = {
    weather: pick("weather", (p) => readWeather(sheet, p), DEFAULT_CHOICES.weather),
    direction: pick("direction", (p) => readDirections(sheet, p), DEFAULT_CHOICES.direction),
    grades: pick(
      "grades",
      (p) => mapThresholds(readThresholds(sheet, p, "達成率の下限"), (grade, min) => ({ grade, min })),
      DEFAULT_CHOICES.grades,
    ),
    pace: pick(
      "pace",
      (p) => mapThresholds(readThresholds(sheet, p, "ペースの下限"), (weather, min) => ({ weather, min })),
      DEFAULT_CHOICES.pace,
    ),
  };
  return { choices, issues, places };
}

const HEADER_ROWS = 5;

function locateTables(sheet: SheetGrid): Partial<Record<ChoiceTable, ChoiceTablePlace>> {
  const places: Partial<Record<ChoiceTable, ChoiceTablePlace>> = {};
  for (let r = 0; r < Math.min(HEADER_ROWS, sheet.rows.length); r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const name = normalizeHeader(cellText(cells[c]));
      for (const [table, spec] of Object.entries(CHOICE_TABLES) as [
        ChoiceTable,
        (typeof CHOICE_TABLES)[ChoiceTable],
      ][]) {
        if (places[table] || name !== normalizeHeader(spec.title)) continue;
        const columns: Record<string, number> = {};
        for (let k = c + 1; k < cells.length && !isBlank(cells[k]); k++) {
          const sub = normalizeHeader(cellText(cells[k]));
          const known = spec.columns.find((col) => normalizeHeader(col) === sub);
          if (known && columns[known] === undefined) columns[known] = k;
        }
        let length = 0;
        while (!isBlank(cellAt(sheet, r + 1 + length, c))) length++;
        places[table] = { row: r, col: c, columns, length };
      }
    }
  }
  return places;
}

function readWeather(sheet: SheetGrid, place: ChoiceTablePlace): Choice[] | ChoicesProblem {
  const choices = readValues(sheet, place).map((v, i) => ({
    value: v,
    meaning: text(sheet, place, i, "意味"),
    variants: splitVariants(text(sheet, place, i, "言い換え")),
  }));
  return checkList(choices);
}

function readDirections(sheet: SheetGrid, place: ChoiceTablePlace): DirectionChoice[] | ChoicesProblem {
  const directions: DirectionChoice[] = [];
  const values = readValues(sheet, place);
  for (let i = 0; i < values.length; i++) {
    const needsReason = readYesNo(text(sheet, place, i, "方向性理由"), values[i]);
    if (typeof needsReason !== "boolean") return needsReason;
    directions.push({
      value: values[i],
      meaning: text(sheet, place, i, "意味"),
      needsReason,
      variants: splitVariants(text(sheet, place, i, "言い換え")),
    });
  }
  return checkList(directions);
}

/** A threshold table: labels top to bottom with falling lower bounds; the last may be blank (no bound). */
function readThresholds(
  sheet: SheetGrid,
  place: ChoiceTablePlace,
  column: string,
): { label: string; min: number }[] | ChoicesProblem {
  const col = place.columns[column];
  if (col === undefined) return { code: "no-column", column };
  const values = readValues(sheet, place);
  const out: { label: string; min: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    const cell = cellAt(sheet, place.row + 1 + i, col);
    if (isBlank(cell)) {
      if (i !== values.length - 1) return { code: "blank-bound", value: values[i] };
      out.push({ label: values[i], min: Number.NEGATIVE_INFINITY });
      continue;
    }
    const n = readNumber(cell);
    if (!n.ok) return { code: "bound-not-a-number", value: values[i], text: n.text };
    // 80% and 0.8 both mean 80%; a bare 80 is a percentage too, since no bound is 80 times the target.
    const min = n.unit === "%" || n.value > 2 ? n.value / 100 : n.value;
    if (out.length > 0 && min >= out[out.length - 1].min) return { code: "bounds-not-falling" };
    out.push({ label: values[i], min });
  }
  return out.length === 0 ? { code: "no-values" } : out;
}

/** A table's values are always a list; anything else is why the table cannot be used. */
function isProblem<T>(result: readonly T[] | ChoicesProblem): result is ChoicesProblem {
  return !Array.isArray(result);
}

function mapThresholds<T>(
  read: { label: string; min: number }[] | ChoicesProblem,
  make: (label: string, min: number) => T,
): T[] | ChoicesProblem {
  return isProblem(read) ? read : read.map((t) => make(t.label, t.min));
}

function readValues(sheet: SheetGrid, place: ChoiceTablePlace): string[] {
  const values: string[] = [];
  for (let i = 0; i < place.length; i++)
    values.push(cellText(cellAt(sheet, place.row + 1 + i, place.col)).trim());
  return values;
}

function text(sheet: SheetGrid, place: ChoiceTablePlace, i: number, column: string): string {
  const col = place.columns[column];
  return col === undefined ? "" : cellText(cellAt(sheet, place.row + 1 + i, col)).trim();
}

function splitVariants(text: string): string[] {
  return text.split(/[、,，\s]+/u).filter((v) => v !== "");
}

const YES = new Set(["必要", "要", "○", "〇", "はい", "yes", "true", "y", "1"]);
const NO = new Set(["", "不要", "否", "×", "いいえ", "no", "false", "n", "0", "-"]);

function readYesNo(text: string, value: string): boolean | ChoicesProblem {
  const t = text.normalize("NFKC").trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return { code: "reason-not-yes-no", value, text };
}

function checkList<T extends { value: string }>(list: T[]): T[] | ChoicesProblem {
  if (list.length === 0) return { code: "no-values" };
  const seen = new Set<string>();
  for (const item of list) {
    if (seen.has(item.value)) return { code: "repeated", value: item.value };
    seen.add(item.value);
  }
  return list;
}

function sheetIssue(
  sheet: string,
  place: ChoiceTablePlace,
  table: string,
  problem: ChoicesProblem,
): IssueDraft {
  return {
    code: "invalid-choices-sheet",
    params: { table, problem, cell: `${sheet}!${cellAddress(place.row, place.col)}` },
    severity: "warning",
    // Sheet level: the row is on the 選択肢 sheet, not the list, so the message names the cell.
    row: null,
    column: null,
    field: null,
    fieldName: null,
    id: null,
    value: null,
    suggestion: null,
  };
}

/**
 * The dropdown source for a list: the sheet's table when it is usable, else the values themselves,
 * which is what the defaults in force mean.
 */
export function dropdownSource(
  sheetName: string | null,
  place: ChoiceTablePlace | undefined,
  values: readonly string[],
): DropdownSource {
  if (sheetName !== null && place && place.length > 0) {
    return {
      kind: "range",
      sheet: sheetName,
      range: { top: place.row + 1, left: place.col, bottom: place.row + place.length, right: place.col },
    };
  }
  return { kind: "values", values };
}

/** Where the tables sit in a sheet written by choicesSheetRows. */
export function writtenPlaces(choices: Choices = DEFAULT_CHOICES): Record<ChoiceTable, ChoiceTablePlace> {
  return locateTables({
    name: CHOICES_SHEET,
    hidden: true,
    rows: choicesSheetRows(choices),
  }) as Record<ChoiceTable, ChoiceTablePlace>;
}

/**
 * The 選択肢 sheet as the tool first writes it: each table under its header in row 1, a blank
 * column between tables, and a note below saying how the sheet is used. Thresholds are fractions
 * (shown as %).
 */
export function choicesSheetRows(choices: Choices = DEFAULT_CHOICES): CellValue[][] {
  const tables: CellValue[][][] = [
    [
      [CHOICE_TABLES.weather.title, ...CHOICE_TABLES.weather.columns],
      ...choices.weather.map((c) => [c.value, c.meaning, c.variants.join(" ")]),
    ],
    [
      [CHOICE_TABLES.direction.title, ...CHOICE_TABLES.direction.columns],
      ...choices.direction.map((d) => [
        d.value,
        d.meaning,
        d.needsReason ? "必要" : "不要",
        d.variants.join(" "),
      ]),
    ],
    [
      [CHOICE_TABLES.grades.title, ...CHOICE_TABLES.grades.columns],
      ...choices.grades.map((g) => [g.grade, bound(g.min)]),
    ],
    [
      [CHOICE_TABLES.pace.title, ...CHOICE_TABLES.pace.columns],
      ...choices.pace.map((p) => [p.weather, bound(p.min)]),
    ],
  ];
  const height = Math.max(...tables.map((t) => t.length));
  const rows: CellValue[][] = Array.from({ length: height }, () => []);
  let col = 0;
  for (const table of tables) {
    const width = table[0].length;
    for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) rows[r][col + c] = table[r]?.[c] ?? null;
    col += width + 1;
  }
  // The blank column between tables is left as null, so every row is a dense array.
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = row[c] ?? null;
  rows.push([], ...CHOICES_NOTE.map((line) => [line]));
  return rows;
}

/** The note under the tables, for the PMO who unhides the sheet. */
export const CHOICES_NOTE = [
  "このシートは施策リストのドロップダウン（天気・今後の方向性）と達成度・天気の目安の基準です。",
  "値を足す・名前を変える・基準を変えると、次のチェック・選択肢設定・達成率計算から反映されます。",
  "言い換え: その値とみなす書き方（スペース区切り）。方向性理由: 必要なら「必要」。下限: 達成率やペースの下限（%）。最後の行は空欄で「それ未満」。",
];

function bound(min: number): CellValue {
  return Number.isFinite(min) ? min : null;
}
