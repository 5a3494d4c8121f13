/**
 * What the zip layer needs from a compressor. Injected so that Node uses zlib (several times
 * faster than JavaScript deflate on a 10 MB summary sheet) and the browser uses fflate.
 */
export interface ZipCodec {
  /** Inflates raw deflate data (no zlib header) known to expand to `size` bytes. */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** Deflates to raw deflate data, for entries the tool writes. */
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** CRC-32 as zip computes it, for hosts whose compressor does not offer one. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();
