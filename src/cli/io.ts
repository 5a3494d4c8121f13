import { userInfo } from "node:os";

/** What a command may touch besides files: its output streams and the clock, injectable for tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today, for the default quarter (§7). */
  now(): Date;
  /** Who runs the command, for 変更者 in 変更履歴 when --by names no one: the OS user. */
  user(): string;
  readonly cwd: string;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  user: osUser,
  cwd: process.cwd(),
};

/** The OS account's name; "" where the system has none to give (a container without a passwd entry). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "";
  }
}

/**
 * A closed standard output (`measure-list validate … | head`) is the reader's choice, not a
 * failure: EPIPE ends the writing quietly and the exit code stays the command's own.
 */
export function quietOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") process.exitCode = EXIT.couldNotRun;
    });
  }
}

/** A command that could not run: one line for stderr, exit code 2 (§9). */
export class CliFailure {
  constructor(readonly message: string) {}
}

/** What a command produced: its exit code, the §9 JSON and the readable Japanese report. */
export interface CommandOutput {
  readonly code: number;
  readonly json: object;
  readonly text: string;
  /** A line about how the input was read (which of several lists); stderr beside --json. */
  readonly note?: string | null;
}

/** Exit codes of §9. */
export const EXIT = { done: 0, listHasErrors: 1, couldNotRun: 2 } as const;
