import type { ReadFailure } from "../core/port/read";
import type { HostError, HostErrorCode } from "../core/write/write-port";
import { MINIMUM_NEEDS } from "./requirements";

/**
 * An Office.js error met while reading, as the failure every front end words the same way: Excel's
 * codes as a write sorts them (hostErrorOf), worded as a read. A read names no sheet and writes
 * nothing, so a protected, missing or refused object is not told as a refused write: it is an
 * Excel error, with Excel's own words kept in `detail` for a support person.
 */
export function readFailureOf(error: unknown): ReadFailure {
  return readFailureOfHost(hostErrorOf(error));
}

/** A read's failure as the write engine's port reported it (an undo's preview reads through it). */
export function readFailureOfHost(host: HostError): ReadFailure {
  switch (host.code) {
    case "protected":
    case "not-found":
    case "invalid":
    case "other":
      return { code: "excel-error", detail: host.detail };
    case "too-large":
      return { code: "payload-too-large" };
    case "cell-edit":
      return { code: "cell-edit-mode" };
    case "busy":
      return { code: "excel-busy", detail: host.detail };
    case "connection":
      return { code: "connection-lost", detail: host.detail };
    case "unsupported":
      return { code: "requirement-missing", needs: host.needs ?? MINIMUM_NEEDS };
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
  const mapped = HOST_CODES[code ?? ""] ?? "other";
  return {
    code: mapped,
    sheet: null,
    detail: `${code ?? "Error"}: ${messageOf(error)}`,
    ...(mapped === "unsupported" ? { needs: MINIMUM_NEEDS } : {}),
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
