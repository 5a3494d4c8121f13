import { ChoiceIndex, type Choice } from "../choices/choices";
import {
  CHOICE_TABLES,
  CHOICES_NOTE,
  choicesSheetRows,
  dropdownSource,
  writtenPlaces,
  type ChoiceTable,
} from "../choices/choices-sheet";
import { CHOICES_SHEET } from "../list/find-list";
import { cellText, columnLetter, type CellRange } from "../port/grid";
import type { ListLayout } from "../list/layout";
import { readMeasureRows } from "../list/measure-row";
import type { OpenedList } from "../list/open-list";
import {
  rangesA1,
  text,
  type ContentCell,
  type DropdownRule,
  type DropdownSource,
  type NewSheet,
} from "../port/plan";
import { toRuns, type CellWrite } from "../port/runs";
import type { ActionOutput } from "./action";

/** A variant rewritten to its canonical value (§9 fill JSON `changes`). */
export interface FillChange {
  readonly row: number;
  readonly column: string;
  readonly field: "weather" | "direction";
  readonly from: string;
  readonly to: string;
}

/** A value fill leaves alone because it is no choice at all; validation keeps reporting it. */
export interface UnknownChoice {
  readonly row: number;
  readonly column: string;
  readonly field: "weather" | "direction";
  readonly id: string | null;
  readonly value: string;
}

export interface FillReport {
  readonly sheet: string;
  /** A1 ranges of the cells that have (or get) dropdowns, null when the list lacks the column. */
  readonly dropdowns: { readonly weather: string | null; readonly direction: string | null };
  /** Where each dropdown's choices come from. */
  readonly sources: { readonly weather: DropdownSource | null; readonly direction: DropdownSource | null };
  readonly changes: readonly FillChange[];
  readonly unknown: readonly UnknownChoice[];
  /** True when the plan adds the hidden 選択肢 sheet. */
  readonly createsChoicesSheet: boolean;
}

const FIELDS = ["weather", "direction"] as const;
type ChoiceField = (typeof FIELDS)[number];
const TABLE_OF: Record<ChoiceField, ChoiceTable> = { weather: "weather", direction: "direction" };

/**
 * `fill` (§4): dropdowns on every data row's 天気 and 今後の方向性 cell, pointing at the 選択肢
 * sheet (added, hidden, when missing); recognised variants rewritten to their canonical value;
 * every other cell untouched. A host writes no dropdown a range already has (it reports it
 * `in-place`), so running fill on its own result writes nothing.
 */
export function fill(list: OpenedList): ActionOutput<FillReport> {
  const { sheet, layout, choices } = list;
  const createsChoicesSheet = list.choicesSheet === null;
  const places = createsChoicesSheet ? writtenPlaces(choices) : list.choicesFromSheet.places;
  const sourceSheet = createsChoicesSheet ? CHOICES_SHEET : (list.choicesSheet?.name ?? null);

  const changes: FillChange[] = [];
  const unknown: UnknownChoice[] = [];
  const cells: CellWrite[] = [];
  const indexes: Record<ChoiceField, ChoiceIndex> = {
    weather: new ChoiceIndex(choices.weather),
    direction: new ChoiceIndex(choices.direction),
  };
  for (const row of readMeasureRows(sheet, layout)) {
    for (const field of FIELDS) {
      const binding = row.columns.get(field);
      if (!binding || row.isError(field)) continue;
      const value = row.value(field);
      const match = indexes[field].match(value);
      const column = columnLetter(binding.col);
      if (match.kind === "variant") {
        changes.push({ row: row.row, column, field, from: cellText(value), to: match.value });
        cells.push({
          sheet: sheet.name,
          rowIndex: row.rowIndex,
          col: binding.col,
          value: text(match.value),
          expected: value,
          field,
          purpose: "canonical-choice",
        });
      } else if (match.kind === "unknown") {
        unknown.push({ row: row.row, column, field, id: row.id, value: cellText(value) });
      }
    }
  }

  const dropdowns: DropdownRule[] = [];
  const targets: Record<ChoiceField, string | null> = { weather: null, direction: null };
  const sources: Record<ChoiceField, DropdownSource | null> = { weather: null, direction: null };
  for (const field of FIELDS) {
    const ranges = dataRuns(layout, field);
    if (ranges.length === 0) continue;
    targets[field] = rangesA1(ranges);
    const list: readonly Choice[] = choices[field];
    const source = dropdownSource(
      sourceSheet,
      places[TABLE_OF[field]],
      list.map((c) => c.value),
    );
    sources[field] = source;
    dropdowns.push({ sheet: sheet.name, field, ranges, source, ...dropdownMessages(field, list) });
  }

  const newSheets: NewSheet[] = createsChoicesSheet ? [choicesSheet(list)] : [];
  return {
    report: { sheet: sheet.name, dropdowns: targets, sources, changes, unknown, createsChoicesSheet },
    plan: { newSheets, runs: toRuns(cells), dropdowns },
  };
}

/** The hidden 選択肢 sheet with the choices in force, its header row styled, placed last. */
export function choicesSheet(list: Pick<OpenedList, "choices">): NewSheet {
  const rows = choicesSheetRows(list.choices);
  const cells: ContentCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const planned =
        typeof value === "number" ? { kind: "number" as const, value, format: "0%" } : text(String(value));
      const style = r === 0 ? "header" : r >= rows.length - CHOICES_NOTE.length ? "note" : undefined;
      cells.push({ rowIndex: r, col: c, value: planned, style });
    }),
  );
  return {
    name: CHOICES_SHEET,
    hidden: true,
    after: null,
    content: { cells, merges: [], columnWidths: [8, 12, 28, 2, 14, 20, 12, 16, 2, 10, 14, 2, 12, 14] },
  };
}

/** Runs of consecutive data rows in a field's column, block by block: header rows never get a dropdown. */
function dataRuns(layout: ListLayout, field: ChoiceField): CellRange[] {
  const ranges: CellRange[] = [];
  for (const block of layout.blocks) {
    const binding = block.columns.find((b) => b.key === field);
    if (!binding) continue;
    const rows = block.dataRowIndexes;
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      if (rows.length > 0)
        ranges.push({ top: rows[start], left: binding.col, bottom: rows[i - 1], right: binding.col });
      start = i;
    }
  }
  return ranges;
}

function dropdownMessages(
  field: ChoiceField,
  list: readonly Choice[],
): { errorTitle: string; errorMessage: string } {
  const title = CHOICE_TABLES[field].title;
  const values = list
    .map((c) => (field === "weather" && c.meaning ? `${c.value}（${c.meaning}）` : c.value))
    .join("・");
  // Excel limits an error message to 255 characters.
  return { errorTitle: title, errorMessage: `${title}は ${values} から選んでください`.slice(0, 255) };
}
