/** The core's browser bundle, as built, and as it would be with zod kept for one check. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { EsbuildPlugin } from "esbuild-loader";
import { packageRoot } from "../src/cli/package-root";

export interface BundleFigures {
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface CoreBundleFigures {
  readonly core: BundleFigures;
  readonly coreWithZod: BundleFigures;
}

const ROOT = packageRoot(__dirname);

export async function coreBundleFigures(): Promise<CoreBundleFigures> {
  const dir = mkdtempSync(join(tmpdir(), "measure-list-bundle-"));
  try {
    await build(dir, {
      core: join(ROOT, "src", "core", "index.ts"),
      coreWithZod: join(ROOT, "bench", "core-with-zod.ts"),
    });
    const size = (name: string): BundleFigures => {
      const bytes = readFileSync(join(dir, `${name}.js`));
      return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    };
    return { core: size("core"), coreWithZod: size("coreWithZod") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function coreBundleText(f: CoreBundleFigures): string[] {
  const kb = (b: BundleFigures) =>
    `${(b.bytes / 1024).toFixed(0)} KiB (${(b.gzipBytes / 1024).toFixed(0)} KiB gzip)`;
  return [
    `core bundle              ${kb(f.core)}`,
    `  with zod for one check ${kb(f.coreWithZod)}: zod would add ${((f.coreWithZod.bytes - f.core.bytes) / 1024).toFixed(0)} KiB`,
  ];
}

function build(dir: string, entry: Record<string, string>): Promise<void> {
  const compiler = webpack({
    mode: "production",
    target: "web",
    context: ROOT,
    entry,
    output: { path: dir, filename: "[name].js", library: { type: "umd", name: "MeasureList" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/u,
          exclude: /node_modules/u,
          loader: "esbuild-loader",
          options: { target: "es2022" },
        },
      ],
    },
    // Minified as the add-in's build minifies (webpack.config.js).
    optimization: {
      minimizer: [new EsbuildPlugin({ target: "es2022", format: undefined, legalComments: "external" })],
    },
    performance: { hints: false },
    devtool: false,
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}
