/**
 * Answers a Query action: the selected properties in PascalCase, nested objects for paths such as
 * `format/font/bold`, `{ _Items: [...] }` for collections (with Top and Skip), and every default
 * property for a `load()` without names. Unknown names fail loudly.
 */
import { notImplemented } from "../protocol/errors";
import type { QueryInfo } from "../protocol/wire";
import { findMember, requireVersion, type ExecContext, type HostObject } from "../objects/class-spec";

export function queryValue(object: HostObject | null, query: QueryInfo, ctx: ExecContext): unknown {
  if (object === null) return null;
  const select = query.Select && query.Select.length > 0 ? query.Select : undefined;
  if (object.spec.items) {
    // A collection's own properties (`count`) and its items' (`items/name` arrives as `name`)
    // share one Select; the answer carries the first beside `_Items`.
    const own: Record<string, unknown> = {};
    const itemSelect: string[] = [];
    for (const path of select ?? []) {
      const property = findMember(object.spec.properties, path);
      if (property?.[1].get) {
        requireVersion(ctx, property[1].since, `${object.spec.name}.${path}`);
        own[property[0]] = property[1].get(object.target, ctx);
      } else itemSelect.push(path);
    }
    const expand = query.Expand ?? [];
    if (select !== undefined && itemSelect.length === 0 && expand.length === 0) return own;
    const all = object.spec.items(object.target, ctx);
    const start = query.Skip ?? 0;
    const items = all.slice(start, query.Top === undefined ? undefined : start + query.Top);
    const itemsSelect = select === undefined ? undefined : itemSelect;
    return { ...own, _Items: items.map((item) => objectValue(item, itemsSelect, expand, ctx)) };
  }
  return objectValue(object, select, query.Expand ?? [], ctx);
}

/**
 * One object's answer. With no names every scalar property is included; `expand` adds navigation
 * properties; identity fields (`Id`) are always sent so the client can address the object by id.
 */
function objectValue(
  object: HostObject,
  select: string[] | undefined,
  expand: string[],
  ctx: ExecContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...object.spec.identity?.(object.target) };
  if (select === undefined) addDefaults(object, out, ctx);
  const nested = new Map<string, { object: HostObject; paths: string[] }>();
  for (const path of [...(select ?? []), ...expand]) {
    const [head, ...rest] = path.split("/");
    if (head === "*") {
      addDefaults(object, out, ctx);
      continue;
    }
    const location = `${object.spec.name}.${head}`;
    const property = findMember(object.spec.properties, head);
    if (property && rest.length === 0) {
      const [name, spec] = property;
      requireVersion(ctx, spec.since, location);
      if (!spec.get) throw notImplemented(location, `reading ${location}`);
      out[name] = spec.get(object.target, ctx);
      continue;
    }
    const navigation = findMember(object.spec.navigation, head);
    if (!navigation) throw notImplemented(location, `loading ${path} on ${object.spec.name}`);
    const [name, spec] = navigation;
    requireVersion(ctx, spec.since, location);
    const entry = nested.get(name) ?? { object: spec.get(object.target, ctx), paths: [] };
    if (rest.length > 0) entry.paths.push(rest.join("/"));
    nested.set(name, entry);
  }
  for (const [name, { object: child, paths }] of nested) {
    out[name] = child.spec.items
      ? queryValue(child, paths.length ? { Select: paths } : {}, ctx)
      : objectValue(child, paths.length ? paths : undefined, [], ctx);
  }
  return out;
}

function addDefaults(object: HostObject, out: Record<string, unknown>, ctx: ExecContext): void {
  for (const [name, spec] of Object.entries(object.spec.properties ?? {})) {
    if (!spec.get || (spec.since && !ctx.supports(spec.since))) continue;
    out[name] = spec.get(object.target, ctx);
  }
}
