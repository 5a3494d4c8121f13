import type { WriteFailure } from "../port/failures";
import type { HostError } from "./write-port";

/**
 * A host's refusal as the failure every front end words (core/messages): Excel's codes never
 * reach a person as they are. `sheet` names the sheet when the engine found which one it was.
 */
export function failureOfHost(error: HostError, sheet: string | null = error.sheet): WriteFailure {
  switch (error.code) {
    case "protected":
      return { code: "sheet-protected", sheet: sheet ?? "" };
    case "not-found":
      return { code: "sheet-gone", sheet: sheet ?? "" };
    case "invalid":
      return { code: "excel-refused", detail: error.detail };
    case "too-large":
      return { code: "payload-too-large" };
    case "cell-edit":
      return { code: "cell-edit-mode" };
    case "busy":
      return { code: "excel-busy", detail: error.detail };
    case "connection":
      return { code: "connection-lost", detail: error.detail };
    case "unsupported":
      return { code: "requirement-missing", needs: error.needs ?? error.detail };
    case "other":
      return { code: "excel-error", detail: error.detail };
  }
}
