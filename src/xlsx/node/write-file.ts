import { existsSync, promises as fs, realpathSync, rmSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { WriteFailure } from "../../core/port/failures";
import { fail, ok, type Result } from "../../core/result";

export type { WriteFailure };

/**
 * Writes bytes to `outPath` atomically: a temporary file in the same folder, then a rename, so a
 * reader never sees half a file, and Ctrl-C or SIGTERM meanwhile leaves no temporary file behind.
 * The path is used as given, never normalised: `link/../out.xlsx` lands where the shell would put
 * it (beside the link's target), not where a textual `..` would. Refuses to write over the input.
 */
export async function writeFileAtomic(
  bytes: Uint8Array,
  outPath: string,
  inputPath: string,
): Promise<Result<string, WriteFailure>> {
  const folder = folderOf(outPath);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return fail({ code: "no-folder", path: outPath });
  if (existsSync(outPath) && statSync(outPath).isDirectory())
    return fail({ code: "output-is-directory", path: outPath });
  if (sameFile(outPath, inputPath)) return fail({ code: "same-as-input", path: outPath });
  // A short temp name of our own: the output's name may already be near the file system's limit.
  const temp = `${folder}/.measure-list-${process.pid}-${Date.now()}.tmp`;
  const release = removeOnSignal(temp);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, outPath);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return fail({
      code: "write-failed",
      path: outPath,
      detail: e instanceof Error ? e.message.split("\n")[0] : String(e),
    });
  } finally {
    release();
  }
  return ok(outPath);
}

/** The folder part of a path exactly as written (`.` for a bare name), without resolving `..`. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  if (slash < 0) return ".";
  return slash === 0 ? "/" : path.slice(0, slash);
}

/**
 * Whether the output would land on the input file, with both paths resolved as the kernel resolves
 * them: `l/../in.xlsx`, with `l` a link to `a/deep`, is `a/in.xlsx`, where a textual `..` would
 * say `in.xlsx` (Node's `realpathSync` normalises `..` first; `realpathSync.native` does not).
 * An existing output is the input when it is the same file (device and inode), which also catches
 * a link, a hard link, or another spelling on a case-insensitive disk. Where the file system gives
 * no inode, or the output does not exist yet, the real paths decide.
 */
function sameFile(outPath: string, inputPath: string): boolean {
  const input = identity(inputPath);
  if (input === null) return false;
  const out = identity(outPath);
  if (out !== null && input.ino !== 0n) return out.dev === input.dev && out.ino === input.ino;
  const inputReal = realPath(inputPath);
  const folder = realPath(folderOf(outPath));
  const outReal = out !== null ? realPath(outPath) : folder && `${folder}/${basename(outPath)}`;
  return inputReal !== null && outReal === inputReal;
}

function identity(path: string): { readonly dev: bigint; readonly ino: bigint } | null {
  try {
    const stat = statSync(path, { bigint: true });
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/** The path with every link and `..` resolved by the operating system, or null when it cannot be. */
function realPath(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/**
 * While the temporary file exists, SIGINT and SIGTERM remove it before the process ends with the
 * signal's usual status; the returned function puts the default handling back.
 */
function removeOnSignal(temp: string): () => void {
  const handler = (signal: NodeJS.Signals) => {
    rmSync(temp, { force: true });
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return release;
}
