/**
 * `npm run package`: the release IT deploys, made from the build `npm test` runs before Jest
 * (the npm script runs that build itself), by the script's own command line, into a temporary
 * folder. The folder must hold exactly what the manifest and the pages reference, found here by
 * reading the files (the script knows its list from webpack's chunk graph instead); the manifest
 * carries the given URL and a SupportUrl and passes the same offline checks as the repository's;
 * the zip holds the same files.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { unzipSync } from "fflate";
import { manifestFor, withSupportUrl } from "../../scripts/addin-manifest";
import { packageAddin, packageArgs } from "../../scripts/package-addin";
import { tempDir } from "../builders/xlsx";
import { manifestChecks, urlsIn } from "./manifest-checks";
import { OFFICE_JS, tagsOf } from "./page";
import { attribute, child, descendants, parseXml, type XmlElement } from "./xml";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = join(ROOT, "scripts", "package-addin.ts");
const URL_GIVEN = "https://example.city.lg.jp/measure-list/";
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const NAME = `measure-list-addin-${VERSION}`;

const temp = tempDir("package-test-");
const folder = temp.path(NAME);
const zip = temp.path(`${NAME}.zip`);

beforeAll(() => {
  const run = spawnSync(TSX, [SCRIPT, "--url", URL_GIVEN, "--out", temp.dir], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`npm run package failed (${run.status}): ${run.stderr}`);
});

afterAll(() => temp.cleanup());

test("holds exactly what the manifest and the pages reference, and every reference is a file in it", () => {
  const found = references(folder);
  expect(found.missing).toEqual([]);
  expect(found.foreign).toEqual([]);
  expect(filesIn(folder)).toEqual([...found.referenced].sort());
  // The pane's page, the ribbon's dialog, the support page, scripts loaded later, icons, licences.
  expect(filesIn(folder)).toEqual(
    expect.arrayContaining([
      "manifest.xml",
      "taskpane.html",
      "dialog.html",
      "support.html",
      "assets/icon-32.png",
    ]),
  );
  expect(found.chunkMaps).toBeGreaterThan(0);
  expect(filesIn(folder).some((file) => file.endsWith(".LEGAL.txt"))).toBe(true);
});

test("holds nothing of the command line, the bench or the preview and its sample", () => {
  const files = filesIn(folder);
  expect(files.filter((file) => /preview|^src\/|^web\/|^bench|addin-files|\.ts$|\.map$/u.test(file))).toEqual(
    [],
  );
  // The sample workbook rides in a preview chunk as a data: URL of an .xlsx.
  const withSample = files.filter((file) =>
    readFileSync(join(folder, file), "latin1").includes("spreadsheetml.sheet;base64"),
  );
  expect(withSample).toEqual([]);
});

test("its manifest is the repository's, every URL moved to the given folder, with the support page", () => {
  const text = readFileSync(join(folder, "manifest.xml"), "utf8");
  const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  expect(text).toBe(withSupportUrl(manifestFor(source, URL_GIVEN), `${URL_GIVEN}support.html`));
  const urls = urlsIn(parseXml(text));
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.filter((url) => !url.startsWith(URL_GIVEN))).toEqual([]);
  expect(text).toContain(`<SupportUrl DefaultValue="${URL_GIVEN}support.html"/>`);
});

describe("its manifest passes the offline checks", () => {
  manifestChecks(() => ({ text: readFileSync(join(folder, "manifest.xml"), "utf8"), folder }));
});

test("the zip holds the same files, byte for byte, at its top level", () => {
  const entries = unzipSync(new Uint8Array(readFileSync(zip)));
  expect(Object.keys(entries).sort()).toEqual(filesIn(folder));
  const differing = filesIn(folder).filter(
    (file) => !Buffer.from(entries[file]).equals(readFileSync(join(folder, file))),
  );
  expect(differing).toEqual([]);
});

test("--support-url names the city's own page; the package then leaves its own out", () => {
  const other = temp.path("other");
  const packaged = packageAddin(
    packageArgs([
      "--url",
      URL_GIVEN,
      "--support-url",
      "https://intra.city.lg.jp/help?q=施策",
      "--out",
      other,
    ]),
  );
  const text = readFileSync(join(packaged.folder, "manifest.xml"), "utf8");
  expect(text).toContain(`<SupportUrl DefaultValue="https://intra.city.lg.jp/help?q=%E6%96%BD%E7%AD%96"/>`);
  expect(filesIn(packaged.folder)).not.toContain("support.html");
  expect(filesIn(packaged.folder)).toEqual([...references(packaged.folder).referenced].sort());
});

test("refuses what it cannot package with one line saying why, and exit code 2", () => {
  const out = temp.path("refused");
  expect(() => packageArgs([])).toThrow(/--url/u);
  expect(() => packageArgs(["--url", URL_GIVEN, "--colour", "red"])).toThrow();
  expect(() => packageAddin({ url: "http://example.city.lg.jp/x/", out })).toThrow(/--url.*https/u);
  expect(() => packageAddin({ url: `${URL_GIVEN}?v=2`, out })).toThrow(/folder/u);
  expect(() => packageAddin({ url: URL_GIVEN, supportUrl: "mailto:pmo@city.lg.jp", out })).toThrow(
    /--support-url.*https/u,
  );
  expect(() => readdirSync(out)).toThrow();
  const run = spawnSync(TSX, [SCRIPT], { cwd: ROOT, encoding: "utf8" });
  expect([run.status, run.stdout, run.stderr.trim().split("\n").length]).toEqual([2, "", 1]);
});

test("docs/deploy.md's server samples cache exactly the hashed files for long, and name every file type", () => {
  const docs = readFileSync(join(ROOT, "docs", "deploy.md"), "utf8");
  const files = filesIn(folder);
  // The folder's file types, which the samples' MIME notes list (and which IIS and nginx know).
  expect([...new Set(files.map((file) => file.replace(/^.*?((\.LEGAL)?\.\w+)$/u, "$1")))].sort()).toEqual([
    ".LEGAL.txt",
    ".html",
    ".js",
    ".png",
    ".xml",
  ]);
  const nginx = codeBlock(docs, "nginx");
  const hashedPattern = /location ~ "([^"]+)"/u.exec(nginx)?.[1];
  if (hashedPattern === undefined) throw new Error("no hashed-file location in the nginx sample");
  const hashed = new RegExp(hashedPattern, "u");
  const scripts = files.filter((file) => /\.js(\.LEGAL\.txt)?$/u.test(file));
  expect(files.filter((file) => hashed.test(`/measure-list/${file}`))).toEqual(scripts);
  expect(nginx).toContain('add_header Cache-Control "no-cache" always;');
  expect(nginx).not.toMatch(/X-Frame-Options|frame-ancestors/u);

  // IIS: a year for the folder, no-cache for each file that keeps its name.
  const config = parseXml(codeBlock(docs, "xml"));
  const cache = (element: XmlElement) =>
    descendants(element)
      .find((e) => e.name === "clientCache")
      ?.attributes.get("cacheControlMode");
  expect(cache(child(config, "system.webServer"))).toBe("UseMaxAge");
  const revalidated = config.children
    .filter((e) => e.name === "location" && cache(e) === "DisableCache")
    .map((e) => attribute(e, "path"));
  const kept = files.filter((file) => !scripts.includes(file));
  expect(
    kept.filter((file) => !revalidated.some((path) => file === path || file.startsWith(`${path}/`))),
  ).toEqual([]);
});

/** The text of the first fenced code block of that language in a Markdown file. */
function codeBlock(markdown: string, language: string): string {
  const block = new RegExp("^```" + language + "\\n([\\s\\S]*?)^```", "mu").exec(markdown);
  if (block === null) throw new Error(`no ${language} block`);
  return block[1];
}

/**
 * What the package's files reference, followed from its manifest: the manifest's URLs under the
 * given folder, the pages' scripts and links, and for scripts the licence file beside each, the
 * pages they open (dialog.html) and the lazy chunks in webpack's runtime (its `.u` function,
 * `id + "." + {id: hash}[id] + ".js"`). `missing` are references with no file; `foreign` are
 * pages' references elsewhere than the folder and office.js.
 */
function references(root: string) {
  const referenced = new Set<string>(["manifest.xml"]);
  const missing: string[] = [];
  const foreign: string[] = [];
  let chunkMaps = 0;
  const queue = ["manifest.xml"];
  const add = (from: string, ref: string) => {
    const file = posix.normalize(posix.join(posix.dirname(from), ref.split(/[?#]/u)[0]));
    if (referenced.has(file)) return;
    referenced.add(file);
    if (!isFile(join(root, file))) missing.push(`${from} → ${file}`);
    else queue.push(file);
  };
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    const text = readFileSync(join(root, from), "utf8");
    if (from === "manifest.xml") {
      for (const url of urlsIn(parseXml(text)))
        if (url.startsWith(URL_GIVEN)) add(from, url.slice(URL_GIVEN.length));
    } else if (from.endsWith(".html")) {
      const refs = [
        ...tagsOf(text, "script").map((t) => t.attributes.get("src")),
        ...tagsOf(text, "link").map((t) => t.attributes.get("href")),
        ...tagsOf(text, "img").map((t) => t.attributes.get("src")),
        ...tagsOf(text, "a").map((t) => t.attributes.get("href")),
      ].filter((ref): ref is string => ref !== undefined);
      for (const ref of refs) {
        if (ref === OFFICE_JS) continue;
        if (/^[a-z][a-z0-9+.-]*:|^\/\//iu.test(ref)) foreign.push(`${from} → ${ref}`);
        else add(from, ref);
      }
    } else if (from.endsWith(".js")) {
      // The licences of the libraries a script bundles sit beside it (the minimizer's name.js.LEGAL.txt).
      if (isFile(join(root, `${from}.LEGAL.txt`))) add(from, `${posix.basename(from)}.LEGAL.txt`);
      for (const m of text.matchAll(/"([\w.-]+\.html)"/gu)) add(from, m[1]);
      for (const m of text.matchAll(/\.u=(\w+)=>\1\+"\."\+\{([^}]*)\}\[\1\]\+"\.js"/gu)) {
        chunkMaps++;
        for (const [, id, hash] of m[2].matchAll(/(\w+):"(\w+)"/gu)) add(from, `${id}.${hash}.js`);
      }
    }
  }
  return { referenced, missing, foreign, chunkMaps };
}

/** Every file under `root`, relative with `/`, sorted. */
function filesIn(root: string, under = ""): string[] {
  return readdirSync(join(root, under))
    .flatMap((name) => {
      const path = under === "" ? name : `${under}/${name}`;
      return statSync(join(root, path)).isDirectory() ? filesIn(root, path) : [path];
    })
    .sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
