import { check } from "../core/actions/check";
import { readListFor } from "../core/actions/read-for";
import { summary } from "../core/actions/summary";
import {
  defaultQuarter,
  formatLocalTime,
  formatQuarter,
  localTime,
  todayFrom,
} from "../core/calendar/fiscal-calendar";
import { OPERATION_LABELS } from "../core/history/history";
import { tallyText } from "../core/messages/counts";
import { failureMessage } from "../core/messages/failures";
import { ribbonWords } from "../core/messages/ribbon-words";
import { writeResultText } from "../core/messages/write-result";
import type { Language } from "../core/messages/messages";
import type { WorkbookHost } from "../core/port/host";

/** What a ribbon button tells the person when it is done, in a small dialog. */
export interface RibbonResult {
  readonly ok: boolean;
  readonly title: string;
  readonly lines: readonly string[];
  /** Whether the dialog offers to open the task pane at the issues (チェック). */
  readonly offerPane: boolean;
}

/**
 * サマリー作成 in one click: the summary of the last quarter that has ended, on the open workbook,
 * logged in 変更履歴 like every write, under the name the person gave in the pane (`by`, "" when
 * none yet). No pane is needed.
 */
export async function summaryFromRibbon(
  host: WorkbookHost,
  now: Date,
  language: Language,
  by: string,
): Promise<RibbonResult> {
  const words = ribbonWords(language);
  const list = await readListFor(host, "summary");
  if (!list.ok) return failed(words.summaryTitle, failureMessage(list.error, language));
  const quarter = defaultQuarter(todayFrom(now));
  const { report, plan } = summary(list.value, { quarter, now: localTime(now), language });
  if (report.model === null)
    return {
      ok: true,
      title: words.summaryTitle,
      lines: [words.nothingToSummarise(report.source)],
      offerPane: false,
    };
  const applied = await host.apply(plan, {
    history: { operation: OPERATION_LABELS.summary, time: formatLocalTime(localTime(now)), by },
  });
  // What the write did, in the words every front end uses; the summary's own lines only once made.
  const written = writeResultText(applied, language);
  if (!applied.ok) return failed(words.summaryTitle, written.headline);
  const model = report.model;
  const made = applied.value.sheetsAdded.some((m) => m.name === model.sheet);
  if (!made || applied.value.interrupted)
    return {
      ok: false,
      title: words.summaryTitle,
      lines: [written.headline, ...written.lines],
      offerPane: false,
    };
  const weather = tallyText(model.weatherKeys.map((k) => [k, model.weather[k] ?? 0]));
  const lines = [
    words.summaryMade(model.sheet, model.source, formatQuarter(quarter)),
    words.measures(model.measures, weather),
  ];
  if (model.watchlist.length > 0) lines.push(words.watchlist(model.watchlist.length));
  lines.push(...written.lines);
  return { ok: true, title: words.summaryTitle, lines, offerPane: false };
}

/** チェック: the counts of errors and warnings, with the way to open the pane at them. */
export async function checkFromRibbon(
  host: WorkbookHost,
  now: Date,
  language: Language,
): Promise<RibbonResult> {
  const words = ribbonWords(language);
  const list = await readListFor(host, "check");
  if (!list.ok) return failed(words.checkTitle, failureMessage(list.error, language));
  const quarter = defaultQuarter(todayFrom(now));
  const { report } = check(list.value, { quarter, language });
  const { counts } = report;
  const lines = [words.checked(report.sheet, report.dataRows), words.counts(counts)];
  return { ok: true, title: words.checkTitle, lines, offerPane: counts.error + counts.warning > 0 };
}

function failed(title: string, message: string): RibbonResult {
  return { ok: false, title, lines: [message], offerPane: false };
}
