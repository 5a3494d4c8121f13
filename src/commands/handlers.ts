/**
 * The ribbon's function commands (manifest.xml: ExecuteFunction summary and check). Each calls
 * `event.completed()` on every path, errors included: until it does, Office queues further clicks.
 */
import type { RibbonResult } from "./ribbon-actions";
import { checkFromRibbon, summaryFromRibbon } from "./ribbon-actions";
import { requestPaneView } from "./pane-requests";
import { openTaskpane, showDialog, type DialogAnswer } from "../excel/dialog";
import { displayLanguage } from "../excel/environment";
import type { RibbonEvent } from "../excel/startup";
import { createOfficeHost } from "../excel/office-host";
import type { Language } from "../core/messages/messages";
import { ribbonWords } from "../core/messages/ribbon-words";
import type { WorkbookHost } from "../core/port/host";
import { browserStorage } from "../taskpane/environment";
import { readPersonName } from "../taskpane/settings/person-name";

/** One host for every click: it remembers the sheet names between clicks, never cell values. */
let host: WorkbookHost | null = null;

function workbook(): WorkbookHost {
  host ??= createOfficeHost();
  return host;
}

/** サマリー作成: the summary sheet for the default quarter, reported without opening the pane. */
export async function summaryCommand(event: RibbonEvent): Promise<void> {
  // 変更者: the name given in the task pane, kept by this computer's browser (the same runtime).
  const by = readPersonName(browserStorage());
  await runCommand(event, () => summaryFromRibbon(workbook(), new Date(), displayLanguage(), by));
}

/** チェック: the counts of errors and warnings, with a way to open the pane at them. */
export async function checkCommand(event: RibbonEvent): Promise<void> {
  await runCommand(event, () => checkFromRibbon(workbook(), new Date(), displayLanguage()));
}

async function runCommand(event: RibbonEvent, run: () => Promise<RibbonResult>): Promise<void> {
  const language = safeLanguage();
  try {
    let result: RibbonResult;
    try {
      result = await run();
    } catch (error) {
      result = unexpected(error, language);
    }
    await showDialog({ ...result, language }, answered);
  } catch {
    // No dialog could be shown (an Office without the dialog API): the work itself is done, and
    // the 変更履歴 sheet records it.
  } finally {
    event.completed();
  }
}

function answered(answer: DialogAnswer): void {
  if (answer !== "open-pane") return;
  requestPaneView("check");
  void openTaskpane();
}

function unexpected(error: unknown, language: Language): RibbonResult {
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const words = ribbonWords(language);
  return { ok: false, title: words.appTitle, lines: [words.unexpected(detail)], offerPane: false };
}

function safeLanguage(): Language {
  try {
    return displayLanguage();
  } catch {
    return "ja";
  }
}
