import type { WriteFailure } from "../core/port/failures";
import type { HostError, HostErrorCode } from "../core/write/write-port";

/**
 * An Office.js error as the failure every front end words the same way. Codes are Excel's
 * (OfficeExtension.ErrorCodes and the Excel-specific ones the client maps from the host).
 */
export function failureOf(error: unknown, sheet: string | null = null): WriteFailure {
  const code = errorCode(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return { code: "cell-edit-mode" };
    case "AccessDenied":
      return { code: "sheet-protected", sheet: sheet ?? "" };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { code: "payload-too-large" };
    case "ApiNotFound":
      return { code: "requirement-missing", set: "ExcelApi", version: "1.8" };
    default:
      return { code: "excel-error", detail: `${code ?? "Error"}: ${messageOf(error)}` };
  }
}

export function errorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Office's debug information names the statement that failed: what a support person needs.
  const debug = (error as { debugInfo?: { errorLocation?: string; statement?: string } }).debugInfo;
  const where = debug?.errorLocation ?? debug?.statement;
  return `${text.split("\n")[0]}${where ? ` (${where})` : ""}`.slice(0, 240);
}

/**
 * An Office.js error in the write engine's terms. The code decides what the engine does next
 * (read back, undo, tell); Excel's own code and message stay in `detail` for a support person.
 */
export function hostErrorOf(error: unknown): HostError {
  const code = errorCode(error);
  return {
    code: HOST_CODES[code ?? ""] ?? "other",
    sheet: null,
    detail: `${code ?? "Error"}: ${messageOf(error)}`,
  };
}

const HOST_CODES: Readonly<Record<string, HostErrorCode>> = {
  AccessDenied: "protected",
  ItemNotFound: "not-found",
  InvalidArgument: "invalid",
  InvalidOperation: "invalid",
  InvalidReference: "invalid",
  InvalidBinding: "invalid",
  InvalidSelection: "invalid",
  UnsupportedOperation: "invalid",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  InvalidOperationInCellEditMode: "cell-edit",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "connection",
  InvalidOrTimedOutSession: "connection",
  ConnectionFailure: "connection",
  Timeout: "connection",
  ApiNotFound: "unsupported",
  GeneralException: "other",
  InternalError: "other",
};
