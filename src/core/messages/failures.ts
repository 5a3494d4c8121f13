import type { QuarterFailure } from "../calendar/fiscal-calendar";
import type { FindListFailure } from "../list/find-list";
import type { OpenFailure, WriteFailure } from "../port/failures";
import { failuresEn } from "./failures-en";
import { failuresJa } from "./failures-ja";
import type { Language } from "./messages";

/** Everything that can stop an action before it has a result to show. */
export type Failure = OpenFailure | FindListFailure | QuarterFailure | WriteFailure;

export type FailureCode = Failure["code"];

/** Where the workbook came from, for messages that name it: a file path, or null in Excel. */
export interface FailureContext {
  readonly source: string | null;
}

export type FailureTable = {
  [C in FailureCode]: (failure: Extract<Failure, { code: C }>, ctx: FailureContext) => string;
};

/** Every failure code, for the test that each has words in both languages. */
export const FAILURE_CODES: readonly FailureCode[] = [
  "file-not-found",
  "is-directory",
  "empty-file",
  "csv",
  "legacy-or-encrypted",
  "not-xlsx",
  "unreadable",
  "sheet-not-found",
  "no-list",
  "quarter-empty",
  "quarter-unreadable",
  "quarter-number",
  "quarter-before-reiwa",
  "quarter-no-such-reiwa",
  "same-as-input",
  "no-folder",
  "output-is-directory",
  "write-failed",
  "cannot-keep",
  "sheet-protected",
  "cell-edit-mode",
  "payload-too-large",
  "requirement-missing",
  "sheet-gone",
  "excel-refused",
  "excel-busy",
  "connection-lost",
  "excel-error",
  "stopped",
];

const TABLES: Record<Language, FailureTable> = { ja: failuresJa, en: failuresEn };

/** One line saying what stopped the action and what to do, in the reader's language. */
export function failureMessage(
  failure: Failure,
  language: Language = "ja",
  ctx: FailureContext = { source: null },
): string {
  const write = TABLES[language][failure.code] as (f: Failure, c: FailureContext) => string;
  return write(failure, ctx);
}
