/**
 * Runs one piece of add-in code (`async (context) => result`) through `Excel.run` on a host and
 * reports what happened: the result or Office's error, and the round trips it took.
 */
import type { ExcelHost } from "./host/excel-host";

export type Snippet = (context: Excel.RequestContext) => Promise<unknown>;

export interface SnippetReport {
  result: unknown;
  error: { code: string; message: string } | null;
  syncs: number;
  requests: { kind: "sync" | "cleanup"; requestBytes: number; responseBytes: number }[];
}

export async function runSnippet(host: ExcelHost, snippet: Snippet): Promise<SnippetReport> {
  let result: unknown = null;
  let error: SnippetReport["error"] = null;
  try {
    result = (await Excel.run(snippet)) ?? null;
  } catch (e) {
    error =
      e instanceof OfficeExtension.Error
        ? { code: e.code, message: e.message }
        : { code: "SnippetError", message: e instanceof Error ? e.message : String(e) };
  }
  return {
    result: JSON.parse(JSON.stringify(result ?? null)) as unknown,
    error,
    syncs: host.syncs,
    requests: host.records.map((r) => ({
      kind: r.kind,
      requestBytes: r.requestBytes,
      responseBytes: r.responseBytes,
    })),
  };
}
