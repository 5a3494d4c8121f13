/**
 * Office's RichApi protocol as the Excel client speaks it: one request per `context.sync()`, a
 * JSON body of Actions over ObjectPaths, answered with Results (docs/excel-host.md shows a captured
 * exchange). Names travel in PascalCase (`Values`, `GetRange`).
 */

export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  EnsureUnchanged: 8,
} as const;

export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: 0 for a plain value, else the ObjectPath id the argument stands for. */
  ReferencedObjectPathIds?: (number | number[])[];
}

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface WireRequest {
  AutoKeepReference?: boolean;
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireResult {
  ActionId: number;
  Value: unknown;
}

export interface WireError {
  Code: string;
  Message: string;
  Location: string;
  ActionIndex: number;
  HttpStatusCode: number;
}

export interface WireResponse {
  Results: WireResult[];
  Error?: WireError;
}

/**
 * What the host hands back to `OSF.DDA.RichApi.executeRichApiRequestAsync`'s callback: the HTTP-like
 * triple on success, or an Office error number (5103 request too large, 5104 response too large,
 * 5004 cell edit mode, 5012 session lost, 5102 throttled) that the client maps to its error codes.
 */
export type WireAnswer =
  | { status: "succeeded"; value: { data: [number, string[], string] } }
  | { status: "failed"; error: { code: number; message: string } };

/** Office's numbers for the failures the client maps itself (RichApiMessageUtility, RequestContext). */
export const OfficeErrorNumber = {
  /** Any number the client does not know becomes GeneralException carrying the message. */
  internalError: 5001,
  /** Not mapped by the client either: GeneralException. */
  requestTimeout: 5011,
  invalidOrTimedOutSession: 5012,
  activityLimitReached: 5102,
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
  invalidApiCallInContext: 5004,
} as const;

/** Request flag the client sets for `Excel.run({ delayForCellEdit: true }, …)`. */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
