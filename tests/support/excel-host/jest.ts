/**
 * Jest wiring: a fresh emulated workbook before each test, and a failing test when the emulator met
 * something it does not model during it, even if the add-in code caught the error.
 */
import { createExcelHost, type ExcelHostOptions, type NodeExcelHost } from "./create-excel-host";

export interface ExcelHostFixture {
  /** The current test's host; read it inside tests and hooks, not at module level. */
  readonly host: NodeExcelHost;
}

/** Throws, listing them, when the host met things it does not model. */
export function assertNoGaps(host: { readonly gaps: readonly string[] }): void {
  if (host.gaps.length === 0) return;
  throw new Error(
    `The emulated Excel host met ${host.gaps.length} thing(s) it does not model:\n- ${host.gaps.join("\n- ")}`,
  );
}

export function useExcelHost(options: ExcelHostOptions | (() => ExcelHostOptions) = {}): ExcelHostFixture {
  let current: NodeExcelHost | undefined;
  beforeEach(async () => {
    current = await createExcelHost(typeof options === "function" ? options() : options);
  });
  afterEach(() => {
    if (current) assertNoGaps(current);
  });
  return {
    get host(): NodeExcelHost {
      if (!current) throw new Error("excel-host: the host exists only inside tests (beforeEach has not run)");
      return current;
    },
  };
}
