import { ChoiceIndex, type Choices } from "../choices/choices";
import { formatQuarter, parseQuarter, type Quarter } from "../calendar/fiscal-calendar";
import type { WorkbookGrid } from "../port/grid";
import { NO_VALUE, OTHER } from "./summary";
import { readSnapshot, readSummaryMarker } from "./summary-state";

/** The weather of every measure as one quarter's summary recorded it. */
export interface WeatherPoint {
  /** `R8Q1`. */
  readonly quarter: string;
  /** The summary sheet it was read from. */
  readonly sheet: string;
  readonly made: string;
  readonly measures: number;
  /** The workbook's marks, then 未入力 and その他, in that order. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Weather over the last quarters, from the summaries already in the workbook (§10): each summary
 * keeps every measure's weather in its snapshot, so the history needs nothing stored elsewhere.
 * One point per quarter, oldest first; of two summaries of one quarter the newer counts. Marks are
 * counted with today's choices, so a variant recorded then counts as its canonical mark now.
 */
export function weatherHistory(
  book: WorkbookGrid,
  choices: Choices,
  options: { readonly last?: number } = {},
): WeatherPoint[] {
  const index = new ChoiceIndex(choices.weather);
  const keys = [...index.values(), NO_VALUE, OTHER];
  const byQuarter = new Map<number, { quarter: Quarter; point: WeatherPoint }>();
  for (const sheet of book.sheets) {
    const marker = readSummaryMarker(sheet);
    const quarter = marker ? parseQuarter(marker.quarter) : null;
    const rows = marker && quarter?.ok ? readSnapshot(sheet) : null;
    if (!marker || !quarter?.ok || rows === null) continue;
    const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const row of rows) {
      const match = index.match(row.weather);
      const key = match.kind === "empty" ? NO_VALUE : match.kind === "unknown" ? OTHER : match.value;
      counts[key] += 1;
    }
    const order = quarter.value.fiscalYear * 4 + quarter.value.quarter;
    const known = byQuarter.get(order);
    if (known && known.point.made >= marker.made) continue;
    byQuarter.set(order, {
      quarter: quarter.value,
      point: {
        quarter: formatQuarter(quarter.value),
        sheet: sheet.name,
        made: marker.made,
        measures: rows.length,
        counts,
      },
    });
  }
  const points = [...byQuarter.entries()].sort(([a], [b]) => a - b).map(([, v]) => v.point);
  return points.slice(-(options.last ?? 4));
}
