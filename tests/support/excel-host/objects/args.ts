/**
 * Argument checks shared by the emulated classes. Each refusal is Excel's InvalidArgument at the
 * member that received the argument.
 */
import { fail } from "../protocol/errors";
import { isHostObject, type ClassSpec, type HostObject } from "./class-spec";

export function argString(value: unknown, location: string): string {
  if (typeof value !== "string")
    return fail("InvalidArgument", location, `expected text, got ${show(value)}`);
  return value;
}

export function argInteger(value: unknown, location: string, min = 0): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    return fail("InvalidArgument", location, `expected an integer ≥ ${min}, got ${show(value)}`);
  }
  return value;
}

export function argNumber(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail("InvalidArgument", location, `expected a number, got ${show(value)}`);
  }
  return value;
}

export function argBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean")
    return fail("InvalidArgument", location, `expected true or false, got ${show(value)}`);
  return value;
}

/** An optional boolean argument the client sends as null when the add-in left it out. */
export function optionalBoolean(value: unknown, location: string, fallback: boolean): boolean {
  return value === null || value === undefined ? fallback : argBoolean(value, location);
}

export function argObject<T>(value: unknown, spec: ClassSpec<T>, location: string): HostObject<T> {
  if (!isHostObject(value) || value.spec !== spec) {
    return fail("InvalidArgument", location, `expected a ${spec.name}, got ${show(value)}`);
  }
  return value as HostObject<T>;
}

export function plainObject(value: unknown, location: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || isHostObject(value)) {
    return fail("InvalidArgument", location, `expected an object, got ${show(value)}`);
  }
  return value as Record<string, unknown>;
}

export function show(value: unknown): string {
  if (isHostObject(value)) return `a ${value.spec.name}`;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
