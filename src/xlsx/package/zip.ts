import { fail, ok, type Result } from "../../core/result";
import type { ZipCodec } from "./codec";

/**
 * The zip container of an .xlsx, read through its central directory. Entries the tool does not
 * change are copied as they are, local header, compressed data and data descriptor byte for byte,
 * so nothing a person keeps in the package is re-encoded.
 */
export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly comment: Uint8Array;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly size: number;
  readonly compressedSize: number;
  /** The local record, from its header to the end of its data descriptor. */
  readonly localStart: number;
  readonly localEnd: number;
  readonly dataStart: number;
  /** The central directory record as found; only its offset field changes when copied. */
  readonly central: Uint8Array;
  readonly time: number;
  readonly date: number;
}

export type ZipFailure =
  | { readonly code: "not-a-zip" }
  | { readonly code: "zip64" }
  | { readonly code: "encrypted"; readonly entry: string }
  | { readonly code: "compression"; readonly entry: string; readonly method: number }
  | { readonly code: "duplicate-entry"; readonly entry: string };

/** What goes into the new package: an entry copied whole, or new content for a name. */
export type ZipOutput =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "data"; readonly name: string; readonly data: Uint8Array };

export function readZip(bytes: Uint8Array): Result<ZipArchive, ZipFailure> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd < 0) return fail({ code: "not-a-zip" });
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) return fail({ code: "zip64" });
  if (cdOffset + cdSize > eocd) return fail({ code: "not-a-zip" });
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return fail({ code: "not-a-zip" });
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const centralCommentLength = view.getUint16(p + 32, true);
    const localStart = view.getUint32(p + 42, true);
    const name = UTF8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const recordEnd = p + 46 + nameLength + extraLength + centralCommentLength;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localStart === 0xffffffff)
      return fail({ code: "zip64" });
    if (flags & 1) return fail({ code: "encrypted", entry: name });
    if (method !== 0 && method !== 8) return fail({ code: "compression", entry: name, method });
    if (seen.has(name)) return fail({ code: "duplicate-entry", entry: name });
    seen.add(name);
    if (localStart + 30 > bytes.length || view.getUint32(localStart, true) !== 0x04034b50)
      return fail({ code: "not-a-zip" });
    const dataStart =
      localStart + 30 + view.getUint16(localStart + 26, true) + view.getUint16(localStart + 28, true);
    let localEnd = dataStart + compressedSize;
    if (localEnd > bytes.length) return fail({ code: "not-a-zip" });
    if (flags & 8) localEnd += descriptorLength(view, localEnd);
    entries.push({
      name,
      method,
      size,
      compressedSize,
      localStart,
      localEnd,
      dataStart,
      central: bytes.subarray(p, recordEnd),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
    });
    p = recordEnd;
  }
  return ok({ bytes, entries, comment: bytes.subarray(eocd + 22, eocd + 22 + commentLength) });
}

/** An entry's uncompressed content. */
export function entryData(archive: ZipArchive, entry: ZipEntry, codec: ZipCodec): Uint8Array {
  const raw = archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return entry.method === 0 ? raw : codec.inflateRaw(raw, entry.size);
}

/**
 * A new package: copied entries keep their local records and central records byte for byte
 * (only the offset moves); entries with new data are deflated, stamped with `stamp`'s time.
 */
export function writeZip(
  archive: ZipArchive,
  outputs: readonly ZipOutput[],
  codec: ZipCodec,
  stamp: { readonly time: number; readonly date: number },
): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const out of outputs) {
    let local: Uint8Array;
    let central: Uint8Array;
    if (out.kind === "copy") {
      local = archive.bytes.subarray(out.entry.localStart, out.entry.localEnd);
      central = out.entry.central.slice();
    } else {
      [local, central] = newRecords(out.name, out.data, codec, stamp);
    }
    new DataView(central.buffer, central.byteOffset, central.byteLength).setUint32(42, offset, true);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22 + archive.comment.length);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, outputs.length, true);
  view.setUint16(10, outputs.length, true);
  view.setUint32(12, cdSize, true);
  view.setUint32(16, offset, true);
  view.setUint16(20, archive.comment.length, true);
  end.set(archive.comment, 22);
  return concat([...locals, ...centrals, end]);
}

const UTF8 = new TextDecoder("utf-8");
const ENCODE = new TextEncoder();

function findEndRecord(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= min; p--) {
    if (view.getUint32(p, true) === 0x06054b50) return p;
  }
  return -1;
}

/** A data descriptor: crc and sizes, with or without its optional signature. */
function descriptorLength(view: DataView, at: number): number {
  return at + 4 <= view.byteLength && view.getUint32(at, true) === 0x08074b50 ? 16 : 12;
}

function newRecords(
  name: string,
  data: Uint8Array,
  codec: ZipCodec,
  stamp: { readonly time: number; readonly date: number },
): [Uint8Array, Uint8Array] {
  const nameBytes = ENCODE.encode(name);
  const deflated = codec.deflateRaw(data);
  const crc = codec.crc32(data);
  const utf8Flag = nameBytes.length !== name.length ? 0x0800 : 0;
  const local = new Uint8Array(30 + nameBytes.length + deflated.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, utf8Flag, true);
  lv.setUint16(8, 8, true);
  lv.setUint16(10, stamp.time, true);
  lv.setUint16(12, stamp.date, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(deflated, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, utf8Flag, true);
  cv.setUint16(10, 8, true);
  cv.setUint16(12, stamp.time, true);
  cv.setUint16(14, stamp.date, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  return [local, central];
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
