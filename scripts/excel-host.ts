/**
 * Try add-in code against the emulated Excel host by hand:
 *
 *   npm run excel-host -- --xlsx <file> --script <snippet.mjs> [--out <file.xlsx>] [--sets ExcelApi=1.8]
 *
 * The snippet's default export is `async (context) => result`; it runs through Microsoft's client
 * with `Excel.run` on a workbook loaded from the file. Prints one JSON document: `{ result, error,
 * syncs, requests }`. Exit code 0 when the snippet ran to the end, 1 when it raised an error, 2 when
 * the command itself could not run.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createExcelHost } from "../tests/support/excel-host/create-excel-host";
import { runSnippet, type Snippet } from "../tests/support/excel-host/run-snippet";

const USAGE =
  "usage: npm run excel-host -- --xlsx <file> --script <snippet.mjs> [--out <file.xlsx>] [--sets ExcelApi=1.8]";

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      xlsx: { type: "string" },
      script: { type: "string" },
      out: { type: "string" },
      sets: { type: "string", multiple: true },
    },
  });
  if (!values.xlsx || !values.script) throw new UsageError(USAGE);
  const module = (await import(pathToFileURL(resolve(values.script)).href)) as { default?: unknown };
  if (typeof module.default !== "function")
    throw new UsageError(`${values.script} has no default export function`);
  const sets = values.sets?.flatMap((s) => s.split(",")).filter((s) => s.trim() !== "");
  const host = await createExcelHost({ xlsx: resolve(values.xlsx), sets });
  const report = await runSnippet(host, module.default as Snippet);
  if (values.out) await host.saveXlsx(resolve(values.out));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (host.gaps.length > 0) process.stderr.write(`excel-host: not modelled:\n- ${host.gaps.join("\n- ")}\n`);
  return report.error ? 1 : 0;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(
      `${e instanceof UsageError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 2;
  },
);
