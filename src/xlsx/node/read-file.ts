import { promises as fs } from "node:fs";
import type { OpenFailure } from "../../core/port/failures";
import type { WorkbookGrid } from "../../core/port/grid";
import { fail, ok, type Result } from "../../core/result";
import { openPackage, type XlsxPackage } from "../read/open-package";
import { readWorkbookGrid } from "../read/read-sheets";
import { sniffPackage } from "../read/sniff";
import { nodeCodec } from "./node-codec";

/** Why a file could not be opened as a workbook: the core's failure codes, worded by its message modules. */
export type ReadFailure = OpenFailure;

export interface OpenedWorkbook {
  readonly package: XlsxPackage;
  readonly grid: WorkbookGrid;
  /** The file as read, written to -o as it is when a plan changes nothing. */
  readonly bytes: Uint8Array;
}

/** Opens an .xlsx file read-only: the package (for writing a plan later) and its grid. */
export async function readWorkbookFile(path: string): Promise<Result<OpenedWorkbook, ReadFailure>> {
  const bytes = await readBytes(path);
  if (!bytes.ok) return bytes;
  const kind = sniffPackage(bytes.value, path);
  if (kind !== "zip") return fail({ code: kind, path });
  const opened = openPackage(bytes.value, nodeCodec);
  if (!opened.ok) return fail({ code: "unreadable", path, problem: opened.error });
  try {
    return ok({ package: opened.value, grid: readWorkbookGrid(opened.value), bytes: bytes.value });
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return fail({ code: "unreadable", path, problem: { code: "damaged", detail } });
  }
}

async function readBytes(path: string): Promise<Result<Uint8Array, ReadFailure>> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return fail({ code: "is-directory", path });
    return ok(await fs.readFile(path));
  } catch {
    return fail({ code: "file-not-found", path });
  }
}
