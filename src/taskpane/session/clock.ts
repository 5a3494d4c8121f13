import {
  defaultQuarter,
  formatLocalTime,
  formatQuarter,
  localTime,
  todayFrom,
  type Quarter,
} from "../../core/calendar/fiscal-calendar";

/** When something happened, as 変更履歴 records it: local time, `2026-11-20 09:30`. */
export function historyTime(date: Date): string {
  return formatLocalTime(localTime(date));
}

/** The summary's `now`: the person's local date and time. */
export const localNow = localTime;

/** How many quarters the picker offers, ending at the last ended one. */
const PICKER_QUARTERS = 8;

/**
 * The quarters a person can pick: the last eight up to the last ended one (the default, §7), and
 * the quarter the pane started on when it is older.
 */
export function quarterChoices(today: Date, start: Quarter | undefined): Quarter[] {
  const last = defaultQuarter(todayFrom(today));
  const out: Quarter[] = [];
  for (let i = PICKER_QUARTERS - 1; i >= 0; i--) out.push(shift(last, -i));
  if (start && !out.some((q) => formatQuarter(q) === formatQuarter(start))) {
    out.push(start);
    out.sort((a, b) => a.fiscalYear * 4 + a.quarter - (b.fiscalYear * 4 + b.quarter));
  }
  return out.reverse();
}

function shift(q: Quarter, by: number): Quarter {
  const n = q.fiscalYear * 4 + (q.quarter - 1) + by;
  return { fiscalYear: Math.floor(n / 4), quarter: ((n % 4) + 1) as Quarter["quarter"] };
}
