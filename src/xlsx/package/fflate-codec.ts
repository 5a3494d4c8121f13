import { deflateSync, inflateSync } from "fflate";
import { crc32, type ZipCodec } from "./codec";

/** The codec for the browser (and any host without zlib): fflate, pure JavaScript. */
export const fflateCodec: ZipCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
  crc32,
};
