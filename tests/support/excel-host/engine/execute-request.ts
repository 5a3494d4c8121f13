/**
 * Runs one RichApi request against the workbook: resolves object paths lazily (so a missing sheet
 * fails at the action that first needs it), runs the actions in order, and stops at the first
 * failure with Excel's `Error` and the index of the failing action. Actions before the failure
 * stay applied; Excel does not roll a batch back.
 */
import { HostError, notImplemented } from "../protocol/errors";
import {
  ActionType,
  ObjectPathType,
  type ArgumentInfo,
  type WireAction,
  type WireObjectPath,
  type WireRequest,
  type WireResponse,
  type WireResult,
} from "../protocol/wire";
import { findMember, requireVersion, type ExecContext, type HostObject } from "../objects/class-spec";
import { queryValue } from "./query";

export interface RequestContext extends ExecContext {
  readonly root: HostObject;
  /**
   * Brings formula results up to date if cells changed since the last read: Excel in automatic
   * calculation mode recalculates after each change, so a load queued after a write in the same
   * request sees the new results. Done lazily, once per read that follows writes.
   */
  settle(): void;
  /** The object a `_ReferenceId` stands for, or undefined once removed. */
  lookupReference(id: string): HostObject | undefined;
}

export function executeRequest(request: WireRequest, ctx: RequestContext): WireResponse {
  const run = new RequestRun(request, ctx);
  const results: WireResult[] = [];
  for (let index = 0; index < request.Actions.length; index++) {
    const action = request.Actions[index];
    try {
      const result = run.action(action);
      if (result !== NO_RESULT) results.push({ ActionId: action.Id, Value: result });
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      return {
        Results: results,
        Error: {
          Code: e.code,
          Message: e.message,
          Location: e.location,
          ActionIndex: index,
          HttpStatusCode: e.httpStatus,
        },
      };
    }
  }
  return { Results: results };
}

const NO_RESULT = Symbol("no result");

class RequestRun {
  private readonly resolved = new Map<number, HostObject | null>();
  private readonly references = new Map<number, string>();

  constructor(
    private readonly request: WireRequest,
    private readonly ctx: RequestContext,
  ) {}

  action(action: WireAction): unknown {
    switch (action.ActionType) {
      case ActionType.Instantiate:
        return this.instantiate(action.ObjectPathId);
      case ActionType.Query: {
        const object = this.resolve(action.ObjectPathId);
        this.ctx.settle();
        return queryValue(object, action.QueryInfo ?? {}, this.ctx);
      }
      case ActionType.Method:
        return this.method(action);
      case ActionType.SetProperty:
        this.setProperty(action);
        return NO_RESULT;
      case ActionType.Trace:
        return null;
      default:
        throw notImplemented(
          "request",
          `the RichApi action type ${action.ActionType} (${action.Name || "unnamed"})`,
        );
    }
  }

  private instantiate(pathId: number): unknown {
    const object = this.resolve(pathId);
    if (object === null) return null;
    const reference = this.references.get(pathId);
    return { ...object.spec.identity?.(object.target), ...(reference ? { _ReferenceId: reference } : {}) };
  }

  private method(action: WireAction): unknown {
    const target = this.resolve(action.ObjectPathId);
    const location = target ? `${target.spec.name}.${camelName(action.Name)}` : camelName(action.Name);
    // The client tracks every range, *OrNullObject ones included; a null object has nothing to keep.
    if (target === null && action.Name === "_KeepReference") return null;
    if (target === null) throw new HostError("ItemNotFound", location, "the object is a null object");
    if (action.Name === "_KeepReference") {
      if (!target.spec.referenceable) throw notImplemented(location, "_KeepReference on this class");
      this.references.set(action.ObjectPathId, this.ctx.keepReference(target));
      return null;
    }
    const result = this.call(target, action.Name, this.args(action.ArgumentInfo), location);
    if (typeof result === "object" && result !== null && "spec" in result) {
      throw notImplemented(location, "a method returning an object, called as an action");
    }
    return result === undefined ? null : result;
  }

  private setProperty(action: WireAction): void {
    const target = this.resolve(action.ObjectPathId);
    if (target === null)
      throw new HostError("ItemNotFound", camelName(action.Name), "the object is a null object");
    const location = `${target.spec.name}.${camelName(action.Name)}`;
    const property = findMember(target.spec.properties, action.Name);
    if (!property?.[1].set) throw notImplemented(location, `setting ${location}`);
    requireVersion(this.ctx, property[1].since, location);
    property[1].set(target.target, this.args(action.ArgumentInfo)[0], this.ctx);
  }

  private call(target: HostObject, name: string, args: unknown[], location: string): unknown {
    const method = findMember(target.spec.methods, name);
    if (!method) throw notImplemented(location, `the method ${location}`);
    requireVersion(this.ctx, method[1].since, location);
    return method[1].call(target.target, args, this.ctx);
  }

  /** Resolves a path once per request; paths under a null object are null objects too. */
  private resolve(pathId: number): HostObject | null {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId) ?? null;
    const path = this.request.ObjectPaths[String(pathId)];
    if (!path) throw notImplemented("request", `a reference to the undeclared object path ${pathId}`);
    const object = this.resolvePath(path);
    this.resolved.set(pathId, object);
    return object;
  }

  private resolvePath(path: WireObjectPath): HostObject | null {
    if (path.ObjectPathType === ObjectPathType.GlobalObject) return this.ctx.root;
    if (path.ObjectPathType === ObjectPathType.ReferenceId) {
      const object = this.ctx.lookupReference(path.Name);
      if (!object)
        throw new HostError("InvalidReference", "request", `the reference ${path.Name} was removed`);
      return object;
    }
    const parent = path.ParentObjectPathId === undefined ? undefined : this.resolve(path.ParentObjectPathId);
    if (parent === undefined) throw notImplemented("request", `the object path type ${path.ObjectPathType}`);
    if (parent === null) return null;
    const location = `${parent.spec.name}.${path.Name ? camelName(path.Name) : "getItem"}`;
    switch (path.ObjectPathType) {
      case ObjectPathType.Property: {
        const navigation = findMember(parent.spec.navigation, path.Name);
        if (!navigation) throw notImplemented(location, `the property ${location}`);
        requireVersion(this.ctx, navigation[1].since, location);
        return navigation[1].get(parent.target, this.ctx);
      }
      case ObjectPathType.Method: {
        const result = this.call(parent, path.Name, this.args(path.ArgumentInfo), location);
        if (result !== null && (typeof result !== "object" || !("spec" in result))) {
          throw notImplemented(location, "a method returning a value, used as an object");
        }
        return result as HostObject | null;
      }
      case ObjectPathType.Indexer:
        if (!parent.spec.indexer) throw notImplemented(location, `getItem on ${parent.spec.name}`);
        return parent.spec.indexer(parent.target, this.args(path.ArgumentInfo), this.ctx);
      default:
        throw notImplemented(location, `the object path type ${path.ObjectPathType}`);
    }
  }

  /** Arguments with object references replaced by the objects (`charts.add(type, range)`, `list.source`). */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => {
      const ref = refs[i];
      if (typeof ref === "number" && ref !== 0) return this.resolve(ref);
      if (Array.isArray(ref)) throw notImplemented("request", "arrays of object arguments");
      return this.objectsIn(arg);
    });
  }

  private objectsIn(value: unknown): unknown {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    if (typeof record._ObjectPathId === "number") return this.resolve(record._ObjectPathId);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, this.objectsIn(v)]));
  }
}

function camelName(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
