import type { WriteFailure } from "../core/port/failures";

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
