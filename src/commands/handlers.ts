/**
 * The ribbon's function commands (manifest.xml: ExecuteFunction summary and check). Each must call
 * `event.completed()` on every path, errors included: until it does, Office queues further clicks.
 */

/** サマリー作成: the summary sheet for the default quarter, reported without opening the pane. */
export async function summaryCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Filled in by the adapter issue
  } finally {
    event.completed();
  }
}

/** チェック: the counts of errors and warnings, with a way to open the pane at them. */
export async function checkCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Filled in by the adapter issue
  } finally {
    event.completed();
  }
}
