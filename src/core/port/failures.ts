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
  | { readonly code: "unreadable"; readonly path: string; readonly problem: PackageProblem };

/** Why a zip is not a readable .xlsx package, as the .xlsx adapter finds it. */
export type PackageProblem =
  | { readonly code: "not-a-zip" }
  | { readonly code: "zip64" }
  | { readonly code: "encrypted"; readonly entry: string }
  | { readonly code: "compression"; readonly entry: string; readonly method: number }
  | { readonly code: "duplicate-entry"; readonly entry: string }
  | { readonly code: "missing-part"; readonly part: string }
  | { readonly code: "bad-part"; readonly part: string }
  /** Damage the reader did not foresee: its own words, for support. */
  | { readonly code: "damaged"; readonly detail: string };

/**
 * Why a result could not be written. Returned by a write, it means nothing was written; a failure
 * part-way through a write is told by the outcome's `interrupted`, with what was put back.
 */
export type WriteFailure =
  | { readonly code: "same-as-input"; readonly path: string }
  | { readonly code: "no-folder"; readonly path: string }
  | { readonly code: "output-is-directory"; readonly path: string }
  | { readonly code: "write-failed"; readonly path: string; readonly detail: string }
  /** A plan the host cannot carry out as planned without losing something: refused whole. */
  | { readonly code: "cannot-keep"; readonly path: string | null; readonly problem: KeepProblem }
  | { readonly code: "sheet-protected"; readonly sheet: string }
  | { readonly code: "cell-edit-mode" }
  | { readonly code: "payload-too-large" }
  /** This host lacks what the step needs, named in the host's own terms (`ExcelApi 1.8`). */
  | { readonly code: "requirement-missing"; readonly needs: string }
  /** A sheet the write needed was deleted or renamed while it was being written. */
  | { readonly code: "sheet-gone"; readonly sheet: string }
  /** Excel refused an operation as invalid; `detail` keeps Excel's own words for support. */
  | { readonly code: "excel-refused"; readonly detail: string }
  | { readonly code: "excel-busy"; readonly detail: string }
  /** The answer to a request did not come back: whether it was applied is found out by reading. */
  | { readonly code: "connection-lost"; readonly detail: string }
  | { readonly code: "excel-error"; readonly detail: string }
  /** The person stopped the write between two of its requests. */
  | { readonly code: "stopped" };

/**
 * Why a host refuses a plan before writing anything: what could not be kept as it is, or could
 * not be written as Excel allows.
 */
export type KeepProblem =
  | { readonly code: "strict-ooxml" }
  | { readonly code: "sheet-not-found"; readonly sheet: string }
  | { readonly code: "sheet-name-taken"; readonly sheet: string }
  | { readonly code: "sheet-name-invalid"; readonly sheet: string }
  | { readonly code: "last-visible-sheet"; readonly sheet: string }
  | { readonly code: "not-finite"; readonly sheet: string; readonly cell: string }
  | { readonly code: "text-too-long"; readonly sheet: string; readonly cell: string }
  | { readonly code: "outside-grid"; readonly sheet: string; readonly cell: string }
  | { readonly code: "name-refers-to-removed-sheet"; readonly sheet: string; readonly name: string };
