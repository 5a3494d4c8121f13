/**
 * manifest.xml checked offline (Microsoft's `office-addin-manifest validate` needs its online
 * service): the repository's copy, which points at the dev server, and dist/manifest.xml, which
 * `npm run build` (run by `npm test` before Jest) writes with the production URL. The checks
 * themselves are in manifest-checks.ts; the release's manifest passes them in package.test.ts.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DEV_BASE_URL, manifestFor } from "../../scripts/addin-manifest";
import {
  EXCEL_API_MINIMUM,
  baseUrlOf,
  fileFor,
  manifestChecks,
  requirementSets,
  urlsIn,
} from "./manifest-checks";
import { compareVersions, setChecksUnder } from "./requirement-sets";
import { child, parseXml } from "./xml";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SOURCE_TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BUILT_TEXT = readFileSync(join(DIST, "manifest.xml"), "utf8");
const OFFICE_FOLDERS = ["src/excel", "src/commands", "src/taskpane"];

describe.each([
  ["manifest.xml", SOURCE_TEXT, ROOT],
  ["dist/manifest.xml", BUILT_TEXT, DIST],
])("%s", (_name, text, folder) => {
  manifestChecks(() => ({ text, folder }));
});

test("the repository's manifest points at the dev server only", () => {
  const urls = urlsIn(parseXml(SOURCE_TEXT));
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => !url.startsWith(DEV_BASE_URL))).toEqual([]);
});

test("dist/manifest.xml is the repository's with every URL moved to one https folder the build fills", () => {
  const built = parseXml(BUILT_TEXT);
  const base = baseUrlOf(built);
  expect(base).toMatch(/^https:\/\/[^/]+\/(.+\/)?$/);
  expect(BUILT_TEXT).toBe(manifestFor(SOURCE_TEXT, base));
  const missing = urlsIn(built).filter((url) => {
    if (!url.startsWith(base)) return true;
    const file = fileFor(url, base, DIST);
    return !existsSync(file) || !statSync(file).isFile();
  });
  expect(missing).toEqual([]);
});

test("the code feature-detects only requirement sets above what the manifest requires", () => {
  const manifest = parseXml(SOURCE_TEXT);
  const required = requirementSets(child(manifest, "Requirements"), "");
  // Spec §10: ExcelApi 1.8 or lower wherever possible (list validation needs 1.8).
  expect(required.ExcelApi).toBe(EXCEL_API_MINIMUM);
  const pointless = setChecksUnder(ROOT, OFFICE_FOLDERS).filter(
    (check) => check.name in required && compareVersions(check.version, required[check.name]) <= 0,
  );
  // A set at or below the manifest's minimum is always there: detecting it hides a mistake.
  expect(pointless).toEqual([]);
});
