import type { OpenFailure } from "../core/port/failures";
import { fail, ok, type Result } from "../core/result";
import { sniffPackage } from "../xlsx/read/sniff";
import { openPackageHost, type PackageHost } from "./package-host";

/**
 * A file the person opened (or dropped) as the preview's workbook: told apart from CSV, old .xls
 * and encrypted files by its first bytes, like the command line does, with the same failure codes
 * so the same words explain what to do.
 */
export function openWorkbook(bytes: Uint8Array, name: string): Result<PackageHost, OpenFailure> {
  const kind = sniffPackage(bytes, name);
  if (kind !== "zip") return fail({ code: kind, path: name });
  try {
    // The writer is a chunk of its own: the first screen only reads.
    const opened = openPackageHost(bytes, () => import("./package-writer"));
    if (opened.ok) return ok(opened.value);
    return fail({ code: "unreadable", path: name, problem: opened.error });
  } catch (e) {
    // A package damaged in a way the reader did not foresee is still only an unreadable file.
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return fail({ code: "unreadable", path: name, problem: { code: "damaged", detail } });
  }
}
