/**
 * The emulated Excel host for tests: Microsoft's Office.js client (the pinned `@microsoft/office-js`)
 * driven against an in-memory workbook. See docs/excel-host.md. Chromium helpers are in ./chromium.
 */
export {
  createExcelHost,
  DEFAULT_SETS,
  type ExcelHostOptions,
  type NodeExcelHost,
} from "./create-excel-host";
export { useExcelHost, type ExcelHostFixture } from "./jest";
export { ExcelHost, type WorkbookHook } from "./host/excel-host";
export type { LostResponseFault, RequestFault } from "./host/faults";
export type { ProtectOptions } from "./host/co-author";
export { DEFAULT_PAYLOAD_LIMIT, type Budget, type SyncRecord, type SyncStats } from "./host/instruments";
export type { CellInfo, SheetSnapshot } from "./host/snapshot";
export type { SheetSpec } from "./host/sheet-spec";
export type { DialogControl, OfficeEvent, OfficeThemeConfig, ShimControl } from "./client/office-shim";
