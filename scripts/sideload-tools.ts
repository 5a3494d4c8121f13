/**
 * Microsoft's sideloading tools (office-addin-debugging, office-addin-dev-certs) live in their own
 * package folder, tools/sideload/, installed the first time `npm start`, `npm run start:web`,
 * `npm run stop` or `npm run dev-server` needs them, not by `npm ci`. Through a peer dependency
 * they would pull in the Microsoft 365 Agents Toolkit and keytar, whose install downloads a binary
 * from github.com or compiles against libsecret: on a machine without either, the project's own
 * `npm ci` failed. tools/sideload/.npmrc leaves peer dependencies out; the toolkit only serves
 * JSON manifests and Outlook (office-addin-dev-settings runs it through npx when asked), and this
 * add-in has an XML manifest for Excel.
 *
 * `tsx scripts/sideload-tools.ts <bin> [args…]` installs the folder when needed and runs one of its
 * commands; webpack.config.js takes office-addin-dev-certs through `requireSideloadTool`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export const SIDELOAD_DIR = join(__dirname, "..", "tools", "sideload");

/** Installs tools/sideload from its lockfile unless an install at least as new is there. */
export function ensureSideloadTools(): void {
  const lock = join(SIDELOAD_DIR, "package-lock.json");
  const installed = join(SIDELOAD_DIR, "node_modules", ".package-lock.json");
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  process.stderr.write("Installing the sideloading tools in tools/sideload (once)…\n");
  // npm_execpath is the npm that runs this script; without it (run by hand) the npm on PATH.
  const npmCli = process.env.npm_execpath;
  const args = ["ci", "--no-audit", "--no-fund", "--prefix", SIDELOAD_DIR];
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { stdio: ["ignore", process.stderr, "inherit"] })
    : spawnSync("npm", args, {
        stdio: ["ignore", process.stderr, "inherit"],
        shell: process.platform === "win32",
      });
  if (result.status !== 0) throw new Error(`npm ci in ${SIDELOAD_DIR} failed`);
}

/** One of the sideloading packages, installed first when needed. */
export function requireSideloadTool<T = unknown>(
  name: "office-addin-dev-certs" | "office-addin-debugging",
): T {
  ensureSideloadTools();
  return createRequire(join(SIDELOAD_DIR, "package.json"))(name) as T;
}

function run(bin: string, args: readonly string[]): number {
  ensureSideloadTools();
  const packageJson = createRequire(join(SIDELOAD_DIR, "package.json")).resolve(`${bin}/package.json`);
  const manifest = createRequire(__filename)(packageJson) as { bin: Record<string, string> | string };
  const entry = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[bin];
  const result = spawnSync(process.execPath, [join(packageJson, "..", entry), ...args], { stdio: "inherit" });
  return result.status ?? 1;
}

if (require.main === module) {
  const [bin, ...args] = process.argv.slice(2);
  if (bin !== "office-addin-debugging" && bin !== "office-addin-dev-certs") {
    process.stderr.write(
      "usage: tsx scripts/sideload-tools.ts office-addin-debugging|office-addin-dev-certs [args…]\n",
    );
    process.exitCode = 2;
  } else process.exitCode = run(bin, args);
}
