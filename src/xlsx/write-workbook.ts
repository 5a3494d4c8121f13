import { existsSync, promises as fs, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { WriteFailure } from "../core/port/failures";
import { fail, ok, type Result } from "../core/result";

/**
 * Writes the workbook to `outPath` atomically: a temporary file in the same folder, then a rename,
 * so a reader never sees half a file. Refuses to write over the input (§9).
 */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  outPath: string,
  inputPath: string,
): Promise<Result<string, WriteFailure>> {
  const target = resolve(outPath);
  if (samePath(target, resolve(inputPath))) return fail({ code: "same-as-input", path: outPath });
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return fail({ code: "no-folder", path: outPath });
  if (existsSync(target) && statSync(target).isDirectory())
    return fail({ code: "output-is-directory", path: outPath });
  // A short temp name of our own: the output's name may already be near the file system's limit.
  const temp = join(folder, `.measure-list-${process.pid}-${Date.now()}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return fail({
      code: "write-failed",
      path: outPath,
      detail: e instanceof Error ? e.message.split("\n")[0] : String(e),
    });
  }
  return ok(target);
}

/** Two paths name the same file, through links too, once both exist. */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
