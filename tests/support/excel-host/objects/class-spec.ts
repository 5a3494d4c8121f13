/**
 * How an emulated Excel class is declared: its scalar properties, navigation properties, methods
 * and indexer, each with the ExcelApi version it needs. Names are the protocol's PascalCase names.
 * Anything a class does not declare is a loud NotImplementedInEmulator error, never a silent no-op.
 */
import { HostError } from "../protocol/errors";
import type { Workbook } from "../model/workbook";

/** A resolved object path: which class it is and the model thing it stands for. */
export interface HostObject<T = unknown> {
  readonly spec: ClassSpec<T>;
  readonly target: T;
}

export interface ExecContext {
  readonly workbook: Workbook;
  /** True when the configured ExcelApi set is at least `version`. */
  supports(version: string): boolean;
  /** Remembers that cell values changed, so formulas are recalculated before the next read and the answer. */
  touched(): void;
  /** Records which cell contents a request read or wrote (`values` of `Sheet1!A1:B2`), for the records. */
  noteAccess(kind: "read" | "write", property: string, address: string): void;
  /** Records something the emulator met but could not model (a formula function, a number format). */
  gap(message: string): void;
  /** Reference ids given out for `_KeepReference`, resolved back for reference-id paths. */
  keepReference(object: HostObject): string;
  removeReference(id: string): void;
}

export interface PropertySpec<T> {
  since?: string;
  get?(target: T, ctx: ExecContext): unknown;
  set?(target: T, value: unknown, ctx: ExecContext): void;
}

export interface NavigationSpec<T> {
  since?: string;
  get(target: T, ctx: ExecContext): HostObject;
}

export interface MethodSpec<T> {
  since?: string;
  /** Object arguments arrive as HostObjects; the result is a HostObject, null (a null object) or a JSON value. */
  call(target: T, args: unknown[], ctx: ExecContext): unknown;
}

export interface ClassSpec<T> {
  readonly name: string;
  /** What an Instantiate action answers: Excel sends the id of objects it can find again by id. */
  identity?(target: T): Record<string, unknown>;
  readonly properties?: Record<string, PropertySpec<T>>;
  readonly navigation?: Record<string, NavigationSpec<T>>;
  readonly methods?: Record<string, MethodSpec<T>>;
  /** `collection.getItem(key)` arrives as an indexer path. */
  indexer?(target: T, args: unknown[], ctx: ExecContext): HostObject;
  /** Collection members, for `load("items/…")`. */
  items?(target: T, ctx: ExecContext): HostObject[];
  /** Objects the client may keep across syncs with `_KeepReference` (ranges). */
  readonly referenceable?: boolean;
}

export function hostObject<T>(spec: ClassSpec<T>, target: T): HostObject<T> {
  return { spec, target } as HostObject<T>;
}

export function isHostObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && "spec" in value && "target" in value;
}

/** Finds a member case-insensitively, since load() names arrive as the add-in typed them. */
export function findMember<M>(table: Record<string, M> | undefined, name: string): [string, M] | undefined {
  if (!table) return undefined;
  const lower = name.toLowerCase();
  for (const key of Object.keys(table)) if (key.toLowerCase() === lower) return [key, table[key]];
  return undefined;
}

/** The ExcelApi version check the real host applies to members newer than the configured set. */
export function requireVersion(ctx: ExecContext, since: string | undefined, location: string): void {
  if (since && !ctx.supports(since)) {
    throw new HostError("ApiNotFound", location, `needs ExcelApi ${since}`);
  }
}
