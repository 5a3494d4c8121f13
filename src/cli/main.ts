import { cliWords } from "../core/messages/cli-words";
import { parseCliArgs, USAGE, type CliArgs } from "./args";
import { runAttainment } from "./commands/attainment";
import { runDemo } from "./commands/demo";
import { runFill } from "./commands/fill";
import { runSummary } from "./commands/summary";
import { runTargets } from "./commands/targets";
import { runValidate } from "./commands/validate";
import { CliFailure, EXIT, processIo, quietOnClosedOutput, type CliIo, type CommandOutput } from "./io";

/**
 * The one place where outcomes become exit codes (§9): 0 done, 1 the list has errors, 2 could not
 * run, with one line on stderr and never a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === "help") {
      io.stdout(USAGE + "\n");
      return EXIT.done;
    }
    const output = await run(parsed.args, io);
    const note = output.note ? `${output.note}\n` : "";
    if (parsed.args.json) {
      if (note) io.stderr(`measure-list: ${note}`);
      io.stdout(JSON.stringify(output.json, null, 2) + "\n");
    } else io.stdout(note + output.text);
    return output.code;
  } catch (e) {
    if (e instanceof CliFailure) {
      io.stderr(`measure-list: ${e.message}\n`);
      return EXIT.couldNotRun;
    }
    const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
    io.stderr(`measure-list: ${cliWords("ja").unexpected(detail)}\n`);
    return EXIT.couldNotRun;
  }
}

async function run(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  switch (args.command) {
    case "validate":
      return runValidate(args);
    case "fill":
      return runFill(args, io);
    case "attainment":
      return runAttainment(args, io);
    case "summary":
      return runSummary(args, io);
    case "targets":
      return runTargets(args, io);
    case "demo":
      return runDemo(args, io);
  }
}

/** The process entry (bin/measure-list.js): the exit code is set, never forced, so output drains. */
export async function runMain(argv: readonly string[]): Promise<void> {
  quietOnClosedOutput();
  process.exitCode = await main(argv, processIo);
}

if (require.main === module) void runMain(process.argv.slice(2));
