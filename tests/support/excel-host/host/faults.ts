/**
 * Faults a test can inject into the host's answers: a request refused as a whole before any action
 * runs, or a request that runs but whose answer never reaches the client (the connection dropped
 * after Excel applied the batch). Each fault is answered with an Office error number, which the
 * client maps itself (`RichApiMessageUtility.buildResponseOnError` in the client script), so the
 * add-in sees exactly the error the client would raise.
 */
import { OfficeErrorNumber } from "../protocol/wire";

/**
 * The codes a refused request can surface as, each with the Office number the host answers:
 * - `GeneralException` (5001, ooeInternalError): any number the client does not map becomes
 *   GeneralException carrying the host's message.
 * - `InvalidOrTimedOutSession` (5012): the network-like failure of Excel on the web, "Your Office
 *   Online session has expired or is invalid. To continue, refresh the page." (HTTP 408).
 * - `ActivityLimitReached` (5102): the host throttles the add-in (HTTP 429).
 * - `RequestPayloadSizeLimitExceeded` (5103): the request is refused whole as too large, as the
 *   host refuses one over its cap, here whatever its size (Excel's own count may differ from ours).
 */
export type RequestFault =
  | "GeneralException"
  | "InvalidOrTimedOutSession"
  | "ActivityLimitReached"
  | "RequestPayloadSizeLimitExceeded";

/**
 * What a lost answer surfaces as. The default, `GeneralException`, is answered with Office's
 * request-timeout number (5011, ooeRequestTimeout), which the client does not map and so raises as
 * GeneralException: our reading of what a task pane sees when the connection drops after Excel
 * applied the batch (to confirm in Excel on the web, docs/manual-test-excel-web.md).
 */
export type LostResponseFault = "GeneralException" | "InvalidOrTimedOutSession";

export type Fault = { kind: "fail"; code: RequestFault } | { kind: "lose"; code: LostResponseFault };

export interface FaultAnswer {
  /** The Office error number handed to the client's callback. */
  number: number;
  message: string;
}

const FAIL: Record<RequestFault, FaultAnswer> = {
  GeneralException: {
    number: OfficeErrorNumber.internalError,
    message: "excel-host: request refused by failRequest()",
  },
  InvalidOrTimedOutSession: {
    number: OfficeErrorNumber.invalidOrTimedOutSession,
    message: "excel-host: session lost (failRequest)",
  },
  ActivityLimitReached: {
    number: OfficeErrorNumber.activityLimitReached,
    message: "excel-host: activity limit reached (failRequest)",
  },
  RequestPayloadSizeLimitExceeded: {
    number: OfficeErrorNumber.requestPayloadSizeLimitExceeded,
    message: "excel-host: request refused as too large (failRequest)",
  },
};

const LOSE: Record<LostResponseFault, FaultAnswer> = {
  GeneralException: {
    number: OfficeErrorNumber.requestTimeout,
    message: "excel-host: the response was lost after the request ran (loseResponse)",
  },
  InvalidOrTimedOutSession: {
    number: OfficeErrorNumber.invalidOrTimedOutSession,
    message: "excel-host: session lost after the request ran (loseResponse)",
  },
};

export function faultAnswer(fault: Fault): FaultAnswer {
  return fault.kind === "fail" ? FAIL[fault.code] : LOSE[fault.code];
}

/** Checks a fault's arguments, so a typo in a test fails at once rather than injecting nothing. */
export function checkFault(method: string, n: number, code: string, allowed: readonly string[]): void {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`excel-host: ${method}(n): n is a 1-based request number, not ${String(n)}`);
  if (!allowed.includes(code))
    throw new Error(`excel-host: ${method}: unknown code ${code} (one of ${allowed.join(", ")})`);
}

export const REQUEST_FAULTS: readonly RequestFault[] = Object.keys(FAIL) as RequestFault[];
export const LOST_RESPONSE_FAULTS: readonly LostResponseFault[] = Object.keys(LOSE) as LostResponseFault[];
