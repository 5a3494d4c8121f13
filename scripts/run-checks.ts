/**
 * `npm test`: the builds, then Jest side by side with the type checks and lint.
 *
 * The browser, bundle and command-line tests run what the builds write (dist/), so the CLI's tsc
 * and the webpack build go first, together. Jest then runs while the type checks and lint run
 * beside it, sharing the cores: measured on two idle cores, the whole ends 10 to 20 seconds after
 * Jest alone would, where running the checks first added about a minute. Jest's output is
 * shown as it runs; each check's output is held and printed whole once Jest has ended, so lines do
 * not interleave. Any failure fails the run, with every error shown. Arguments go to Jest
 * (`npm test -- tests/cli`).
 */
import { spawn } from "node:child_process";

interface Step {
  readonly script: string;
  readonly ok: boolean;
  readonly output: string;
  readonly seconds: number;
}

/** `npm run --silent <script> [-- args]` with the npm that runs us (npm_execpath), or the one on PATH. */
function npmRun(
  script: string,
  extra: readonly string[],
): { command: string; args: string[]; shell: boolean } {
  const args = ["run", "--silent", script, ...(extra.length > 0 ? ["--", ...extra] : [])];
  const npmCli = process.env.npm_execpath;
  return npmCli
    ? { command: process.execPath, args: [npmCli, ...args], shell: false }
    : { command: "npm", args, shell: process.platform === "win32" };
}

/** Runs a script; its output is held (`shown: false`) or passed straight through. */
function run(script: string, options: { shown: boolean; args?: readonly string[] }): Promise<Step> {
  const started = Date.now();
  const { command, args, shell } = npmRun(script, options.args ?? []);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      shell,
      stdio: ["ignore", options.shown ? "inherit" : "pipe", options.shown ? "inherit" : "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", (code) =>
      resolve({
        script,
        ok: code === 0,
        output: Buffer.concat(chunks).toString("utf8"),
        seconds: (Date.now() - started) / 1000,
      }),
    );
  });
}

function report(step: Step, quietWhenOk: boolean): void {
  process.stdout.write(`${step.ok ? "✓" : "✗"} npm run ${step.script} (${step.seconds.toFixed(0)} s)\n`);
  const output = step.output.trimEnd();
  if (output && !(quietWhenOk && step.ok)) process.stdout.write(`${output}\n`);
}

async function main(jestArgs: readonly string[]): Promise<number> {
  // The builds' logs are long and say nothing when they pass; a failure shows everything.
  const builds = await Promise.all([run("build:cli", { shown: false }), run("build:web", { shown: false })]);
  for (const step of builds) report(step, true);
  const checks = [run("typecheck", { shown: false }), run("lint", { shown: false })];
  const jest = builds.every((s) => s.ok) ? await run("jest", { shown: true, args: jestArgs }) : null;
  const done = await Promise.all(checks);
  for (const step of done) report(step, false);
  if (jest === null) process.stdout.write("✗ jest not run: a build failed (above)\n");
  return [...builds, ...done].every((s) => s.ok) && jest?.ok === true ? 0 : 1;
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
