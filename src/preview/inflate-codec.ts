import { inflateSync } from "fflate";
import { crc32, type ZipCodec } from "../xlsx/package/codec";

/**
 * The codec the preview reads with: fflate's inflate alone, so the first screen does not carry
 * its deflate. A write opens the bytes again with the full codec (package-writer.ts), so nothing
 * ever compresses through this one.
 */
export const inflateCodec: ZipCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: () => {
    throw new Error("the preview's reading codec does not compress; writes use package-writer");
  },
  crc32,
};
