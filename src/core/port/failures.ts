/**
 * What can stop a host from reading or writing a workbook, as data. Each host raises these codes;
 * the message modules (messages/failures-*.ts) word them, so the CLI, the ribbon commands and the
 * task pane say the same thing.
 */

/** A workbook that cannot be opened as .xlsx. */
export type OpenFailure =
  | { readonly code: "file-not-found"; readonly path: string }
  | { readonly code: "is-directory"; readonly path: string }
  | { readonly code: "empty-file"; readonly path: string }
  | { readonly code: "csv"; readonly path: string }
  | { readonly code: "legacy-or-encrypted"; readonly path: string }
  | { readonly code: "not-xlsx"; readonly path: string }
  | { readonly code: "unreadable"; readonly path: string; readonly detail: string };

/** A result that cannot be written; nothing is half-written when one of these is returned. */
export type WriteFailure =
  | { readonly code: "same-as-input"; readonly path: string }
  | { readonly code: "no-folder"; readonly path: string }
  | { readonly code: "output-is-directory"; readonly path: string }
  | { readonly code: "write-failed"; readonly path: string; readonly detail: string }
  /** The .xlsx writer would lose something the user owns: it refuses instead. */
  | { readonly code: "cannot-keep"; readonly path: string; readonly what: string }
  | { readonly code: "sheet-protected"; readonly sheet: string }
  | { readonly code: "cell-edit-mode" }
  | { readonly code: "payload-too-large" }
  | { readonly code: "requirement-missing"; readonly set: string; readonly version: string }
  | { readonly code: "excel-error"; readonly detail: string };
