/**
 * A large .xlsx loaded once: ExcelJS takes two seconds or more to read a 20,000-row list, and each
 * test of one needs a fresh workbook of its own. The loaded model is kept in the system's temp
 * folder (V8's serialization, which keeps Maps, Sets and sparse rows) under a name that hashes the
 * file's bytes and the sources that decide the model, so a change to the loader or the model loads
 * anew; each later load is a fresh copy of it, read in a tenth of the time.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { Sheet, Workbook } from "../model/workbook";
import { loadXlsx } from "./xlsx-load";

/** Files smaller than this load faster through ExcelJS than the cache would save. */
const CACHED_FROM_BYTES = 1024 * 1024;

/** The emulated workbook of an .xlsx: from the cache when the file is large, else through ExcelJS. */
export async function loadXlsxOnce(input: string | Buffer, name: string): Promise<Workbook> {
  const bytes = typeof input === "string" ? readFileSync(input) : input;
  if (bytes.length < CACHED_FROM_BYTES) return loadXlsx(bytes, name);
  const path = join(tmpdir(), `measure-list-excel-host-${cacheKey(bytes)}.v8`);
  if (existsSync(path)) return named(revive(deserialize(readFileSync(path))), name);
  const workbook = await loadXlsx(bytes, name);
  // Written beside its final name and renamed in one step, so a worker never reads half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, serialize(workbook));
  renameSync(partial, path);
  return workbook;
}

function cacheKey(bytes: Buffer): string {
  const hash = createHash("sha256").update(bytes);
  for (const dir of [__dirname, join(__dirname, "..", "model")]) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .sort())
      hash.update(file).update(readFileSync(join(dir, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The classes' methods back on the plain objects V8's serialization gives. */
function revive(plain: unknown): Workbook {
  const workbook = Object.setPrototypeOf(plain, Workbook.prototype) as Workbook;
  for (const sheet of workbook.sheets) Object.setPrototypeOf(sheet, Sheet.prototype);
  return workbook;
}

function named(workbook: Workbook, name: string): Workbook {
  workbook.name = name;
  return workbook;
}
