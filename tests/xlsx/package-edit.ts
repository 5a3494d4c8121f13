/** Test fixtures need XML ExcelJS cannot write: these edit a package's parts by name. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readZip } from "../../src/xlsx/package/zip";

export type Parts = Record<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

export function textOf(parts: Parts, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** A new package with some parts' text replaced or added. */
export function withParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = partsOf(bytes);
  for (const [name, edit] of Object.entries(edits))
    parts[name] = strToU8(edit(parts[name] ? strFromU8(parts[name]) : ""));
  return zipSync(parts);
}

/** Each zip entry's local record (header and compressed bytes), by name: equal means byte for byte. */
export function rawEntries(bytes: Uint8Array): Map<string, Buffer> {
  const zip = readZip(bytes);
  if (!zip.ok) throw new Error(zip.error.code);
  return new Map(
    zip.value.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.localStart, e.localEnd))]),
  );
}

/** Every `<c>` element of a sheet part by its reference. */
export function cellElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/gu)) out.set(m[1], m[0]);
  return out;
}

/**
 * The package as LibreOffice and Apache POI save it: every part listed as an Override with the
 * type it had, and no Default for `rels` or `xml` (Defaults for media such as png stay).
 */
export function everyPartOverridden(bytes: Uint8Array): Uint8Array {
  const parts = partsOf(bytes);
  const types = contentTypes(textOf(parts, "[Content_Types].xml"));
  const overrides = Object.keys(parts)
    .filter((name) => name !== "[Content_Types].xml" && !name.endsWith("/"))
    .map((name) => {
      const type = typeOf(types, name);
      if (type === null) throw new Error(`no content type for ${name} in the fixture`);
      return `<Override PartName="/${name}" ContentType="${type}"/>`;
    });
  const defaults = [...types.defaults]
    .filter(([ext]) => ext !== "rels" && ext !== "xml")
    .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`);
  parts["[Content_Types].xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      [...defaults, ...overrides].join("") +
      "</Types>",
  );
  return zipSync(parts);
}

/** [Content_Types].xml read plainly: Defaults by extension and Overrides by part, in lower case. */
export function contentTypes(xml: string): {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
  overrideNames: string[];
} {
  const defaults = new Map(
    [...xml.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"\/>/gu)].map((m) => [
      m[1].toLowerCase(),
      m[2],
    ]),
  );
  const overrideList = [...xml.matchAll(/<Override PartName="\/([^"]+)" ContentType="([^"]+)"\/>/gu)].map(
    (m) => [m[1].toLowerCase(), m[2]] as const,
  );
  return { defaults, overrides: new Map(overrideList), overrideNames: overrideList.map(([name]) => name) };
}

/** A part's content type as a package reader finds it: its Override, else its extension's Default. */
export function typeOf(types: ReturnType<typeof contentTypes>, name: string): string | null {
  const lower = name.toLowerCase();
  const ext = lower.slice(lower.lastIndexOf(".") + 1);
  return types.overrides.get(lower) ?? types.defaults.get(ext) ?? null;
}
