import { HISTORY_SHEET, historyPlan, historyRows, type HistoryState } from "../core/history/history";
import type { WriteFailure } from "../core/port/failures";
import type { ApplyOptions } from "../core/port/host";
import type { ApplyOutcome } from "../core/port/outcome";
import type { WritePlan } from "../core/port/plan";
import { fail, ok, type Result } from "../core/result";
import { fflateCodec } from "../xlsx/package/fflate-codec";
import { openPackage, type XlsxPackage } from "../xlsx/read/open-package";
import { readSheet } from "../xlsx/read/read-sheets";
import { applyPlan, refusalFailure } from "../xlsx/write/apply-plan";

/**
 * The write half of the preview's workbook host, loaded with the first write so the first screen
 * carries neither the .xlsx writer nor the deflate compressor. Works on bytes: the package is
 * opened here with a codec that can compress, patched, and handed back as new bytes.
 */
export interface PackageWrite {
  readonly outcome: ApplyOutcome;
  readonly bytes: Uint8Array;
}

/** Applies a plan to the workbook's bytes; nothing is committed here (the host takes the bytes). */
export function writePlan(bytes: Uint8Array, plan: WritePlan): Result<PackageWrite, WriteFailure> {
  const applied = applyPlan(opened(bytes), plan);
  return applied.ok ? ok(applied.value) : fail(refusalFailure(applied.error, null));
}

/**
 * The 変更履歴 rows for what a write did, appended to the package the write produced: the
 * history sheet is created hidden the first time, then rows go below its last used row. The
 * write's outcome stays its own, so an undo never takes the history away.
 */
export function appendHistory(
  bytes: Uint8Array,
  outcome: ApplyOutcome,
  history: NonNullable<ApplyOptions["history"]>,
): Result<Uint8Array, WriteFailure> {
  const pkg = opened(bytes);
  const rows = historyRows(
    outcome.written,
    { added: outcome.sheetsAdded, removed: outcome.sheetsRemoved },
    history.operation,
    history.time,
  );
  const logged = applyPlan(pkg, historyPlan(rows, historyState(pkg)));
  if (!logged.ok) return fail(refusalFailure(logged.error, null));
  return ok(logged.value.bytes);
}

function historyState(pkg: XlsxPackage): HistoryState {
  const sheet = pkg.sheets.find((s) => s.name === HISTORY_SHEET);
  if (!sheet) return { exists: false };
  return { exists: true, rowCount: readSheet(pkg, sheet).grid.rows.length };
}

/** The host's bytes opened once before, or the writer's own output: either always opens. */
function opened(bytes: Uint8Array): XlsxPackage {
  const pkg = openPackage(bytes, fflateCodec);
  if (!pkg.ok) throw new Error(`a package that opened before does not reopen: ${pkg.error.code}`);
  return pkg.value;
}
