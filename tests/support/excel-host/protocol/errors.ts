/**
 * Errors the emulated host answers with, in the shape Excel puts in a response (`Error.Code`,
 * `Message`, `Location`, `HttpStatusCode`). Codes and messages follow Microsoft's table "Error
 * codes and messages" (application-specific API error handling); the status numbers are our reading.
 */

export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "BadPassword"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplementedInEmulator"
  | "RangeExceedsLimit";

const MESSAGES: Record<HostErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  BadPassword: "The password you supplied is incorrect.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplementedInEmulator: "",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
};

const STATUS: Record<HostErrorCode, number> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  BadPassword: 400,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidReference: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  NotImplementedInEmulator: 501,
  RangeExceedsLimit: 400,
};

export class HostError extends Error {
  readonly httpStatus: number;

  constructor(
    readonly code: HostErrorCode,
    /** `Class.member` the error is about; the client shows it as `debugInfo.errorLocation`. */
    readonly location: string,
    /** Why, for the emulator's own diagnostics; Excel's message stays the documented one. */
    readonly detail = "",
    /** Excel's own wording where it is known to be more specific than the code's message. */
    message?: string,
  ) {
    super(message ?? (code === "NotImplementedInEmulator" ? detail : MESSAGES[code]));
    this.httpStatus = STATUS[code];
  }
}

export const fail = (code: HostErrorCode, location: string, detail = "", message?: string): never => {
  throw new HostError(code, location, detail, message);
};

/** Excel's message for a value array whose size differs from the range (OfficeDev/office-js issue 1025). */
export const SHAPE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * The emulator's loud refusal: a member, path or action it does not model. The code is not one of
 * Excel's, so no add-in error handling can mistake it for Excel's answer.
 */
export function notImplemented(location: string, what: string): HostError {
  return new HostError(
    "NotImplementedInEmulator",
    location,
    `excel-host: ${what} is not implemented by the emulated Excel host (${location}). ` +
      "Add it to tests/support/excel-host with its documented semantics, or avoid it.",
  );
}
