import { parseArgs } from "node:util";
import { z } from "zod";
import { cliWords } from "../core/messages/cli-words";
import { CliFailure } from "./io";

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja").args;

export const USAGE = `使い方 / Usage:
  measure-list validate <in.xlsx> [--sheet NAME] [--quarter R8Q2] [--json]
  measure-list fill <in.xlsx> -o <out.xlsx> [--dry-run] [--by NAME] [--json]
  measure-list attainment <in.xlsx> -o <out.xlsx> [--quarter R8Q2] [--by NAME] [--json]
  measure-list summary <in.xlsx> -o <out.xlsx> [--quarter R8Q2] [--by NAME] [--json]
  measure-list targets <in.xlsx> [--year R8] [--quarter R8Q2] [--json]
  measure-list targets <in.xlsx> --add -o <out.xlsx> [--year R8] [--by NAME]
  measure-list demo [--out-dir DIR]`;

const OPTION_SPECS = {
  sheet: { type: "string" },
  quarter: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
  "dry-run": { type: "boolean" },
  "out-dir": { type: "string" },
  by: { type: "string" },
  year: { type: "string" },
  add: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type OptionName = keyof typeof OPTION_SPECS;

/** Which options each command takes, and whether it needs an input file and -o. */
const COMMANDS = {
  validate: { input: true, output: false, options: ["sheet", "quarter", "json"] },
  fill: { input: true, output: true, options: ["output", "dry-run", "json", "sheet", "by"] },
  attainment: { input: true, output: true, options: ["output", "quarter", "json", "sheet", "by"] },
  summary: { input: true, output: true, options: ["output", "quarter", "json", "sheet", "by"] },
  // -o only with --add: reading the targets writes nothing.
  targets: {
    input: true,
    output: false,
    options: ["year", "quarter", "json", "sheet", "add", "output", "by"],
  },
  demo: { input: false, output: false, options: ["out-dir"] },
} as const satisfies Record<string, { input: boolean; output: boolean; options: readonly OptionName[] }>;

export type CommandName = keyof typeof COMMANDS;

const ParsedArgs = z.object({
  command: z.enum(Object.keys(COMMANDS) as [CommandName, ...CommandName[]]),
  input: z.string().min(1).optional(),
  output: z.string().min(1).optional(),
  sheet: z.string().min(1, WORDS.emptySheet).optional(),
  quarter: z.string().min(1, WORDS.emptyQuarter).optional(),
  json: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  outDir: z.string().min(1).optional(),
  /** 変更者 in 変更履歴; the OS user when not given. */
  by: z.string().trim().min(1, WORDS.emptyBy).optional(),
  /** `targets`: the fiscal year to place the targets in (R8, 2026年度). */
  year: z.string().min(1, WORDS.emptyYear).optional(),
  /** `targets --add`: add an empty 目標 sheet. */
  add: z.boolean().optional(),
});

export type CliArgs = z.infer<typeof ParsedArgs>;

export type ParseOutcome = { readonly kind: "help" } | { readonly kind: "run"; readonly args: CliArgs };

/** Reads the command line; anything wrong is a CliFailure with one line saying what. */
export function parseCliArgs(argv: readonly string[]): ParseOutcome {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliFailure(WORDS.noCommand);
  if (command === "--help" || command === "-h" || command === "help") return { kind: "help" };
  if (!(command in COMMANDS)) throw new CliFailure(WORDS.unknownCommand(command));
  const spec = COMMANDS[command as CommandName];
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTION_SPECS; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTION_SPECS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliFailure(optionError(e));
  }
  const values = parsed.values;
  if (values.help) return { kind: "help" };
  for (const name of Object.keys(values) as OptionName[]) {
    if (name !== "help" && !(spec.options as readonly OptionName[]).includes(name)) {
      throw new CliFailure(WORDS.optionNotFor(command, name === "output" ? "-o" : `--${name}`));
    }
  }
  const positionals = parsed.positionals;
  const maxPositionals = spec.input ? 1 : 0;
  if (positionals.length > maxPositionals)
    throw new CliFailure(WORDS.extraArgument(positionals[maxPositionals]));
  if (spec.input && positionals.length === 0) throw new CliFailure(WORDS.noInput(command));
  if (spec.output && values.output === undefined && !values["dry-run"])
    throw new CliFailure(WORDS.noOutput(command));
  if (command === "targets" && values.add && values.output === undefined)
    throw new CliFailure(WORDS.noOutput("targets --add"));
  if (command === "targets" && !values.add && values.output !== undefined)
    throw new CliFailure(WORDS.outputNeedsAdd);
  const result = ParsedArgs.safeParse({
    command,
    input: positionals[0],
    output: values.output,
    sheet: values.sheet,
    quarter: values.quarter,
    json: values.json,
    dryRun: values["dry-run"],
    outDir: values["out-dir"],
    by: values.by,
    year: values.year,
    add: values.add,
  });
  if (!result.success) throw new CliFailure(result.error.issues[0]?.message ?? WORDS.invalid);
  return { kind: "run", args: result.data };
}

function optionError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const unknown = /Unknown option '([^']+)'/u.exec(message);
  if (unknown) return WORDS.unknownOption(unknown[1]);
  const missing = /Option '([^']+)' argument missing/u.exec(message);
  if (missing) return WORDS.optionValue(missing[1].split(",").pop()?.trim() ?? missing[1]);
  return WORDS.unreadable(message.split("\n")[0]);
}
