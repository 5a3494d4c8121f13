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
 * one adds KPI columns holding the numbers the seed's texts state.
 */
export function samplePath(kind: "plain" | "kpi" = "plain"): string {
  return join(
    packageRoot(),
    "examples",
    kind === "kpi" ? "measure-list-sample-kpi.xlsx" : "measure-list-sample.xlsx",
  );
}
