import type { WriteFailure } from "../../core/port/failures";
import type { ApplyOptions } from "../../core/port/host";
import type { ApplyOutcome } from "../../core/port/outcome";
import type { WritePlan } from "../../core/port/plan";
import type { Result } from "../../core/result";
import type { WritePort } from "../../core/write/write-port";
import { writePlan } from "../../core/write/write-run";
import type { XlsxPackage } from "../read/open-package";
import { packagePort } from "./package-port";

/** A write on a package: what the engine says it did, and the new bytes (null: unchanged). */
export interface PackageWrite {
  readonly result: Result<ApplyOutcome, WriteFailure>;
  readonly bytes: Uint8Array | null;
}

/**
 * Writes a plan onto a package through the core's write engine, as Excel's host does: the same
 * guard, refusals and 変更履歴 rows. `wrap` lets a caller pace the port's requests (the preview
 * yields to the page between them).
 */
export async function writeToPackage(
  pkg: XlsxPackage,
  plan: WritePlan,
  options: ApplyOptions = {},
  wrap: (port: WritePort) => WritePort = (port) => port,
): Promise<PackageWrite> {
  const port = packagePort(pkg);
  const result = await writePlan(wrap(port), plan, options);
  return { result, bytes: port.bytes() };
}
