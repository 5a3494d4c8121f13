/**
 * Which Chromium the browser tests drive, so that `npm test` needs nothing installed by hand and
 * downloads nothing (`npx playwright install` fetches its browser from a CDN that city networks and
 * CI block). In order:
 * 1. `CHROMIUM_PATH`, when set (a missing file there is an error, not a silent fallback);
 * 2. a Chrome, Chromium or Edge already installed in its usual place;
 * 3. the Chromium that the npm package @sparticuz/chromium carries inside itself (Linux x64),
 *    unpacked once into the system's temp folder.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { arch, platform, tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface FoundChromium {
  readonly path: string;
  readonly source: "CHROMIUM_PATH" | "installed" | "@sparticuz/chromium";
}

let found: FoundChromium | undefined;

/** The browser to launch; unpacks the npm one on first use. */
export function findChromium(): FoundChromium {
  found ??= locate();
  return found;
}

function locate(): FoundChromium {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist`);
    return { path: fromEnv, source: "CHROMIUM_PATH" };
  }
  const installed = installedBrowsers().find(runnable);
  if (installed) return { path: installed, source: "installed" };
  if (platform() === "linux" && arch() === "x64")
    return { path: unpackSparticuz(), source: "@sparticuz/chromium" };
  throw new Error(
    "No Chrome, Chromium or Edge found for the browser tests. Install one, or set CHROMIUM_PATH to its executable.",
  );
}

/** The usual places of Chromium-based browsers, per system; the first that exists wins. */
export function installedBrowsers(): string[] {
  switch (platform()) {
    case "linux":
      return [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/microsoft-edge",
        "/usr/bin/microsoft-edge-stable",
        "/snap/bin/chromium",
      ];
    case "darwin":
      return [
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      ];
    case "win32": {
      const roots = [process.env.LOCALAPPDATA, process.env.PROGRAMFILES, process.env["PROGRAMFILES(X86)"]];
      const apps = ["Google/Chrome/Application/chrome.exe", "Microsoft/Edge/Application/msedge.exe"];
      return roots.flatMap((root) => (root ? apps.map((app) => join(root, app)) : []));
    }
    default:
      return [];
  }
}

/**
 * @sparticuz/chromium unpacks its brotli archives into `os.tmpdir()` and reuses whatever it finds
 * there, even half a file left by an interrupted run. So it unpacks in a child process whose
 * TMPDIR is a fresh folder, which is then renamed into place in one step: a folder named for the
 * version exists only complete, and two Jest workers unpacking at once cannot mix their files.
 */
function unpackSparticuz(): string {
  // The package exports no package.json; its entry point is build/cjs/index.cjs.
  const manifest = join(dirname(require.resolve("@sparticuz/chromium")), "..", "..", "package.json");
  const version = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  const home = join(tmpdir(), `measure-list-chromium-${version}`);
  const binary = join(home, "chromium");
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${home}.partial-`);
  const unpack = spawnSync(
    process.execPath,
    ["-e", 'require("@sparticuz/chromium").executablePath().then((p) => console.log(p))'],
    { cwd: __dirname, env: { ...process.env, TMPDIR: staging }, encoding: "utf8" },
  );
  if (unpack.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`@sparticuz/chromium could not unpack: ${unpack.stderr.trim().split("\n").pop() ?? ""}`);
  }
  try {
    renameSync(staging, home);
  } catch {
    // Another worker finished first; its copy is complete.
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

/** A browser that is there and may be run (a left-over or broken install is passed over). */
function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
