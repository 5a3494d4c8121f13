/**
 * What a page under test must not do, recorded as it happens: open a dialog (alert, confirm), throw
 * an uncaught error, log an error (a CSP violation is one), or ask for anything over the network.
 */
import type { Page } from "playwright-core";

export interface PageGuards {
  readonly dialogs: string[];
  readonly errors: string[];
  readonly consoleErrors: string[];
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
}

export function guardPage(page: Page): PageGuards {
  const guards: PageGuards = { dialogs: [], errors: [], consoleErrors: [], requests: [] };
  page.on("dialog", (dialog) => {
    guards.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => guards.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") guards.consoleErrors.push(message.text());
  });
  page.on("request", (request) => guards.requests.push(request.url()));
  return guards;
}
