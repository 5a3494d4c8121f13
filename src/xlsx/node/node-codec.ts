import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "../package/codec";

/** Node's zlib: native deflate, about 2.7× faster than fflate or pako on the summary's sheet. */
export const nodeCodec: ZipCodec = {
  inflateRaw: (data) => inflateRawSync(data),
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};
