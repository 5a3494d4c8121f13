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
