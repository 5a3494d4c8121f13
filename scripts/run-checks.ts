/**
 * `npm test` before Jest: the type checks, lint and the production build side by side. The three
 * are single-threaded for most of their time, so on a two-core machine they end in about the time
 * of the slowest instead of the sum. Each one's output is held and printed whole when it ends, so
 * lines do not interleave; a failure fails the run once all three have ended, every error shown.
 */
import { spawn } from "node:child_process";

const STEPS = ["typecheck", "lint", "build"] as const;

/** `npm run --silent <script>` with the npm that runs us (npm_execpath), or the one on PATH. */
function npmRun(script: string): { command: string; args: string[]; shell: boolean } {
  const npmCli = process.env.npm_execpath;
  return npmCli
    ? { command: process.execPath, args: [npmCli, "run", "--silent", script], shell: false }
    : { command: "npm", args: ["run", "--silent", script], shell: process.platform === "win32" };
}

function step(script: string): Promise<{ script: string; ok: boolean; output: string; seconds: number }> {
  const started = Date.now();
  const { command, args, shell } = npmRun(script);
  return new Promise((resolve) => {
    const child = spawn(command, args, { shell, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
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

async function main(): Promise<number> {
  const results = await Promise.all(
    STEPS.map((s) =>
      step(s).then((r) => {
        // The build's log is long and says nothing when it passes; failures show everything.
        const shown = r.ok && r.script === "build" ? "" : r.output.trimEnd();
        process.stdout.write(`${r.ok ? "✓" : "✗"} npm run ${r.script} (${r.seconds.toFixed(0)} s)\n`);
        if (shown) process.stdout.write(`${shown}\n`);
        return r;
      }),
    ),
  );
  return results.every((r) => r.ok) ? 0 : 1;
}

void main().then((code) => (process.exitCode = code));
