import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { cliWords } from "../../core/messages/cli-words";
import type { CliArgs } from "../args";
import { EXIT, type CliIo, type CommandOutput } from "../io";
import { samplePath } from "../package-root";
import { runAttainment } from "./attainment";
import { runFill } from "./fill";
import { runSummary } from "./summary";
import { runTargets } from "./targets";
import { runValidate } from "./validate";

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja").demo;

/** The demo stays short: a long report is cut, and its file named, after this many lines. */
const MAX_LINES = 18;

function brief(text: string, file: string): string {
  const lines = text.trimEnd().split("\n");
  if (lines.length <= MAX_LINES) return text;
  return [...lines.slice(0, MAX_LINES), `  ${WORDS.more(lines.length - MAX_LINES, file)}`].join("\n") + "\n";
}

/** The sample's own date: its title reads 令和7年9月末時点, so its quarter is R7Q2. */
const SAMPLE_QUARTER = "R7Q2";

/** The first year of the targets sample's 目標 sheet (seed 004: 2026年度). */
const TARGETS_YEAR = "R8";

/**
 * `measure-list demo`: every command on the bundled sample, a short Japanese report on stdout and
 * each command's output (report, JSON, workbook) under the out directory. The samples are never
 * changed: each command writes a new workbook.
 */
export async function runDemo(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const outDir = resolve(io.cwd, args.outDir ?? "out");
  await mkdir(outDir, { recursive: true });
  const shown = (path: string) => relative(io.cwd, path) || path;
  // Paths as a person would type them from where the demo runs; files are written there too.
  const outFile = (name: string) => relative(process.cwd(), join(outDir, name));
  const sample = relative(process.cwd(), samplePath());
  const kpiSample = relative(process.cwd(), samplePath("kpi"));
  const files: string[] = [];
  const save = async (name: string, output: CommandOutput) => {
    await writeFile(join(outDir, `${name}.txt`), output.text);
    await writeFile(join(outDir, `${name}.json`), JSON.stringify(output.json, null, 2) + "\n");
    files.push(`${name}.txt`, `${name}.json`);
  };
  const base = { json: false, dryRun: false } as const;
  const sections: string[] = [WORDS.sample(sample)];

  const validated = await runValidate({ ...base, command: "validate", input: sample });
  await save("validate", validated);
  sections.push(`${WORDS.validate}\n${validated.text}`);

  const filled = await runFill(
    { ...base, command: "fill", input: sample, output: outFile("filled.xlsx") },
    io,
  );
  await save("fill", filled);
  files.push("filled.xlsx");
  sections.push(`${WORDS.fill}\n${filled.text}`);

  const attained = await runAttainment(
    {
      ...base,
      command: "attainment",
      input: kpiSample,
      output: outFile("attainment.xlsx"),
      quarter: SAMPLE_QUARTER,
    },
    io,
  );
  await save("attainment", attained);
  files.push("attainment.xlsx");
  sections.push(
    `${WORDS.attainment(SAMPLE_QUARTER)}\n${brief(attained.text, shown(join(outDir, "attainment.txt")))}`,
  );

  const summarized = await runSummary(
    {
      ...base,
      command: "summary",
      input: outFile("attainment.xlsx"),
      output: outFile("summary.xlsx"),
      quarter: SAMPLE_QUARTER,
    },
    io,
  );
  await save("summary", summarized);
  files.push("summary.xlsx");
  sections.push(`${WORDS.summary(SAMPLE_QUARTER)}\n${summarized.text}`);

  // The 目標 sheet's years start at 2026 (R8), the year after the sample's.
  const targeted = await runTargets(
    {
      ...base,
      command: "targets",
      input: relative(process.cwd(), samplePath("targets")),
      year: TARGETS_YEAR,
    },
    io,
  );
  await save("targets", targeted);
  sections.push(
    `${WORDS.targets(TARGETS_YEAR)}\n${brief(targeted.text, shown(join(outDir, "targets.txt")))}`,
  );

  sections.push(WORDS.outputs(shown(outDir), files));
  return { code: EXIT.done, json: { outDir, files }, text: sections.join("\n") + "\n" };
}
