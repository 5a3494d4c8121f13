import { errorCode } from "./office-errors";

/**
 * Excel on the web refuses a request or a response over 5 MB. Reads and writes are cut into
 * pieces of about this many bytes, leaving room for the protocol's own wrapping and for the
 * estimates being estimates.
 */
export const PAYLOAD_BUDGET = 3 * 1024 * 1024;

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
