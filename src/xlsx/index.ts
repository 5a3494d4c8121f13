/**
 * The .xlsx adapter's browser-safe part: no `fs`, no Node built-ins, no Buffer. It turns a
 * package's bytes into the core's grid (which the core's in-memory reader answers reads from), and
 * applies a write plan to the bytes.
 * The Node part (`./node`) reads and writes files around it.
 */
export type { ZipCodec } from "./package/codec";
export { fflateCodec } from "./package/fflate-codec";
export { openPackage, type PackageFailure, type SheetPart, type XlsxPackage } from "./read/open-package";
export { readSheet, readWorkbookGrid, type ReadSheet } from "./read/read-sheets";
export { applyOps, type Applied } from "./write/apply-ops";
export { packagePort, type PackagePort } from "./write/package-port";
export { writeToPackage, type PackageWrite } from "./write/write-package";
export { sniffPackage, type Sniffed } from "./read/sniff";
