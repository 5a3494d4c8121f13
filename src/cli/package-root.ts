import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The checkout or installed package this CLI runs from, found from the compiled or source file. */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "measure-list")
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("measure-list の package.json が見つかりません");
    dir = parent;
  }
}

/**
 * The bundled sample workbook: seed 000's 32 measures in the real two-row-header layout; the "kpi"
 * one adds KPI columns holding the numbers the seed's texts state; the "targets" one adds to that a
 * 目標 sheet with seed 004's targets and seed 001's KGI.
 */
export function samplePath(kind: "plain" | "kpi" | "targets" = "plain"): string {
  return join(packageRoot(), "examples", SAMPLE_FILES[kind]);
}

const SAMPLE_FILES = {
  plain: "measure-list-sample.xlsx",
  kpi: "measure-list-sample-kpi.xlsx",
  targets: "measure-list-sample-targets.xlsx",
} as const;
