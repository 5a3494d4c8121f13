/**
 * What the add-in's code feature-detects, read from its source text, for comparing with the
 * manifest's requirement sets: `isSetSupported("ExcelApi", "1.9")` anywhere in the Office-facing
 * folders.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface SetCheck {
  readonly file: string;
  readonly name: string;
  /** As written; Office reads a missing version as 1.1. */
  readonly version: string;
}

/** Every isSetSupported call in `text`; a call whose arguments are not string literals throws. */
export function setChecksIn(text: string, file: string): SetCheck[] {
  const calls = [...text.matchAll(/isSetSupported\s*\(([^)]*)\)/g)];
  return calls.map((call) => {
    const literal = /^\s*["'`]([A-Za-z]+)["'`]\s*(?:,\s*["'`](\d+(?:\.\d+)*)["'`]\s*)?$/.exec(call[1]);
    if (literal === null) {
      throw new Error(
        `${file}: write isSetSupported's arguments as string literals so the manifest check can read them: ${call[0]}`,
      );
    }
    return { file, name: literal[1], version: literal[2] ?? "1.1" };
  });
}

/** The checks in every .ts and .tsx file under `folders` (those that exist), tests excluded. */
export function setChecksUnder(root: string, folders: readonly string[]): SetCheck[] {
  return folders
    .map((folder) => join(root, folder))
    .filter((dir) => exists(dir))
    .flatMap((dir) => sourceFiles(dir))
    .flatMap((file) => setChecksIn(readFileSync(file, "utf8"), relative(root, file)));
}

/** Numeric comparison by parts: 1.13 is above 1.9. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function exists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
