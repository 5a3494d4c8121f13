/** The .xlsx adapter's Node part: files in and out around the browser-safe package code. */
export { nodeCodec } from "./node-codec";
export { readWorkbookFile, type OpenedWorkbook, type ReadFailure } from "./read-file";
export { writeFileAtomic, folderOf, type WriteFailure } from "./write-file";
