/**
 * The emulated Excel host by hand, driven by Microsoft's Office.js client:
 *
 *   npm run excel-host -- --xlsx <file> --action check|fill|attainment|summary|fix|targets-sheet|undo [--action …]
 *       [--quarter R7Q2] [--by NAME] [--fail-request N] [--lose-response N] [--coauthor "Sheet!A1=value@N"]
 *       [--protect "Sheet@N"] [--rename "Old=New@N"] [--replace "Sheet@N"] [--payload-limit BYTES]
 *       [--out <file.xlsx>] [--sets ExcelApi=1.8]
 *   npm run excel-host -- --xlsx <file> --script <snippet.mjs> [--out <file.xlsx>] [--sets ExcelApi=1.8]
 *
 * With --action it runs the add-in's own actions, in order, as the pane's buttons do (an undo
 * takes back the write before it), with the faults asked for injected just before request N
 * (1-based, every request counted, across all the actions), and prints one JSON document for the
 * last action: `{ action, outcome, message, written, skipped, sheetsAdded, sheetsRemoved,
 * history, syncs, requests, before }`. With --script it runs a snippet (`async (context) =>
 * result`) and prints `{ result, error, syncs, requests }`. Exit code 0 when it ran, 1 when a
 * snippet raised an error, 2 when the command itself could not run.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseQuarter } from "../src/core/calendar/fiscal-calendar";
import { createExcelHost } from "../tests/support/excel-host/create-excel-host";
import { ACTIONS, runActions, type ActionName, type Fault } from "../tests/support/excel-host/run-action";
import { runSnippet, type Snippet } from "../tests/support/excel-host/run-snippet";

const USAGE = [
  "usage: npm run excel-host -- --xlsx <file> --action check|fill|attainment|summary|fix|targets-sheet|undo [--action …]",
  "         [--quarter R7Q2] [--by NAME] [--fail-request N] [--lose-response N] [--coauthor 'Sheet!A1=value@N']",
  "         [--protect 'Sheet@N'] [--rename 'Old=New@N'] [--replace 'Sheet@N'] [--payload-limit BYTES]",
  "         [--out <file.xlsx>] [--sets ExcelApi=1.8]",
  "       npm run excel-host -- --xlsx <file> --script <snippet.mjs> [--out <file.xlsx>] [--sets ExcelApi=1.8]",
].join("\n");

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      xlsx: { type: "string" },
      script: { type: "string" },
      action: { type: "string", multiple: true },
      quarter: { type: "string" },
      by: { type: "string" },
      "fail-request": { type: "string", multiple: true },
      "lose-response": { type: "string", multiple: true },
      coauthor: { type: "string", multiple: true },
      protect: { type: "string", multiple: true },
      rename: { type: "string", multiple: true },
      replace: { type: "string", multiple: true },
      "payload-limit": { type: "string" },
      out: { type: "string" },
      sets: { type: "string", multiple: true },
    },
  });
  if (!values.xlsx || (!values.script && !values.action)) throw new UsageError(USAGE);
  const sets = values.sets?.flatMap((s) => s.split(",")).filter((s) => s.trim() !== "");
  if (values.action) {
    const actions = values.action.map((a) => {
      if (!(ACTIONS as readonly string[]).includes(a))
        throw new UsageError(`unknown action "${a}"\n${USAGE}`);
      return a as ActionName;
    });
    const quarter = values.quarter === undefined ? undefined : parseQuarter(values.quarter);
    if (quarter && !quarter.ok)
      throw new UsageError(`--quarter: "${values.quarter}" is not a quarter (R7Q2)`);
    const { report, excel } = await runActions({
      xlsx: resolve(values.xlsx),
      actions,
      faults: faultsOf(values),
      ...(quarter ? { quarter: quarter.value } : {}),
      ...(values.by ? { by: values.by } : {}),
      ...(values["payload-limit"] ? { payloadLimit: count("--payload-limit", values["payload-limit"]) } : {}),
      ...(sets ? { sets } : {}),
    });
    if (values.out) await excel.saveXlsx(resolve(values.out));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (excel.gaps.length > 0)
      process.stderr.write(`excel-host: not modelled:\n- ${excel.gaps.join("\n- ")}\n`);
    return 0;
  }
  const module = (await import(pathToFileURL(resolve(values.script as string)).href)) as {
    default?: unknown;
  };
  if (typeof module.default !== "function")
    throw new UsageError(`${values.script} has no default export function`);
  const host = await createExcelHost({ xlsx: resolve(values.xlsx), sets });
  const report = await runSnippet(host, module.default as Snippet);
  if (values.out) await host.saveXlsx(resolve(values.out));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (host.gaps.length > 0) process.stderr.write(`excel-host: not modelled:\n- ${host.gaps.join("\n- ")}\n`);
  return report.error ? 1 : 0;
}

/** The faults of the command line, each "…@N": before request N. */
function faultsOf(values: Record<string, string | string[] | boolean | undefined>): Fault[] {
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  const at = (option: string, text: string): [string, number] => {
    const m = /^(.*)@(\d+)$/su.exec(text);
    if (!m) throw new UsageError(`--${option} "${text}": end it with @N, the request it comes before`);
    return [m[1], Number(m[2])];
  };
  return [
    ...list("fail-request").map((n): Fault => ({ kind: "fail-request", at: count("--fail-request", n) })),
    ...list("lose-response").map((n): Fault => ({ kind: "lose-response", at: count("--lose-response", n) })),
    ...list("coauthor").map((text): Fault => {
      const [edit, n] = at("coauthor", text);
      const eq = edit.indexOf("=");
      if (eq < 0) throw new UsageError(`--coauthor "${text}": write it as Sheet!A1=value@N`);
      return { kind: "coauthor", at: n, address: edit.slice(0, eq), value: edit.slice(eq + 1) };
    }),
    ...list("protect").map((text): Fault => {
      const [sheet, n] = at("protect", text);
      return { kind: "protect", at: n, sheet };
    }),
    ...list("rename").map((text): Fault => {
      const [names, n] = at("rename", text);
      const [from, to] = names.split("=");
      if (!from || !to) throw new UsageError(`--rename "${text}": write it as Old=New@N`);
      return { kind: "rename", at: n, from, to };
    }),
    ...list("replace").map((text): Fault => {
      const [sheet, n] = at("replace", text);
      return { kind: "replace", at: n, sheet };
    }),
  ];
}

function count(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} "${text}": give a whole number from 1`);
  return n;
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
