/** Runs the CLI in-process with captured output, or as a real process through bin/measure-list.js. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Today for the default quarter in tests: 2026-11-20, so the default is R8Q2. */
export const TEST_TODAY = new Date(2026, 10, 20, 9, 0, 0);

/** The OS user the in-process CLI runs as: 変更者 in 変更履歴 when --by names no one. */
export const TEST_USER = "kaizen-pmo";

export async function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => TEST_TODAY,
    user: () => TEST_USER,
    cwd,
  });
  return { code, stdout, stderr };
}

const BIN = join(__dirname, "..", "..", "bin", "measure-list.js");

/** The installed command as a user runs it (needs `npm run build`, which `npm test` does first). */
export function spawnCli(args: string[], cwd = process.cwd()): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
