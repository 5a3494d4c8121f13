import { errorCode } from "./office-errors";

/**
 * Excel on the web refuses a request or a response over 5 MB. A piece whose size is only estimated
 * (the first block of a read, sized from the head's rows) aims at this many bytes, leaving room
 * for the estimate being an estimate and for the protocol's own wrapping.
 */
export const ESTIMATED_BUDGET = 3.5 * 1024 * 1024;

/**
 * A piece whose size is measured (a write's values, a read sized from the rows just read) may come
 * closer to the cap.
 */
export const MEASURED_BUDGET = 4.2 * 1024 * 1024;

export function isPayloadError(error: unknown): boolean {
  const code = errorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** The bytes a value takes in a request body, near enough to cut writes into pieces. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return n;
}
