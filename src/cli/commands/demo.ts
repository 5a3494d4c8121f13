import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { CliArgs } from "../args";
import { EXIT, type CliIo } from "../io";
import { samplePath } from "../package-root";
import { validationJson, validationText } from "../validate-output";
import { validateFile } from "./validate";

/**
 * `measure-list demo`: every command on the bundled sample, a short Japanese report on stdout and
 * each command's output under the out directory. The sample itself is never changed.
 */
export async function runDemo(args: CliArgs, io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, args.outDir ?? "out");
  await mkdir(outDir, { recursive: true });
  const sample = samplePath();
  const shown = (path: string) => relative(io.cwd, path) || path;
  io.stdout(`サンプル: ${shown(sample)}（印西市の業務改革施策リスト 32 施策）\n\n`);

  const report = await validateFile(sample, undefined, null);
  const text = validationText(report, shown(sample));
  await writeFile(join(outDir, "validate.txt"), text);
  await writeFile(join(outDir, "validate.json"), JSON.stringify(validationJson(report), null, 2) + "\n");
  io.stdout(`■ チェック（measure-list validate）\n${text}\n`);
  io.stdout(`出力: ${shown(join(outDir, "validate.txt"))}, ${shown(join(outDir, "validate.json"))}\n`);
  return EXIT.done;
}
