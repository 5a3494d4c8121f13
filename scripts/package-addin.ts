/**
 * `npm run package -- --url https://…/ [--support-url https://…] [--out DIR]`: the add-in as IT
 * deploys it. The npm script builds the add-in with webpack first; this copies out of dist/ only
 * what Excel loads — the pages, every script they load at once or later with its licence file,
 * the icons and the support page the manifest names — into DIR/measure-list-addin-<version>/,
 * writes the manifest with the given URL and SupportUrl there, and zips that folder's contents to
 * DIR/measure-list-addin-<version>.zip. Nothing of the command line (dist/src, dist/web), the
 * bench or the preview (preview.html, its scripts and the bundled sample) goes in.
 *
 * DIR defaults to release/. Exit code 2, with a one-line reason, when it cannot package.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { zipSync, type Zippable } from "fflate";
import { folderUrl, httpsUrl, manifestFor, withSupportUrl } from "./addin-manifest";

const ROOT = join(__dirname, "..");

/** What webpack.config.js's AddinFilesPlugin writes to dist/addin-files.json. */
interface AddinFiles {
  readonly pages: readonly string[];
  readonly support: string;
  readonly scripts: readonly string[];
}

export interface PackageOptions {
  /** The https folder the files will be served from. */
  readonly url: string;
  /** The manifest's SupportUrl; the package's own support page by default. */
  readonly supportUrl?: string;
  /** Where the folder and the zip are written. */
  readonly out: string;
  /** The built add-in (dist/), the repository's manifest and package.json: the project's by default. */
  readonly dist?: string;
  readonly root?: string;
  /** The time the zip's entries carry (now by default). */
  readonly now?: Date;
}

export interface Packaged {
  readonly folder: string;
  readonly zip: string;
  readonly baseUrl: string;
  readonly supportUrl: string;
  /** Every file in the folder, relative, with `/`, sorted. */
  readonly files: readonly string[];
}

export function packageAddin(options: PackageOptions): Packaged {
  const root = options.root ?? ROOT;
  const dist = options.dist ?? join(root, "dist");
  const baseUrl = folderUrl(options.url, "--url ", "--url");
  const listing = join(dist, "addin-files.json");
  if (!existsSync(listing)) {
    throw new Error(
      `${listing} がありません。npm run package で作り直してください / missing: run npm run package, which builds it`,
    );
  }
  const built = JSON.parse(readFileSync(listing, "utf8")) as AddinFiles;
  const supportUrl =
    options.supportUrl === undefined
      ? `${baseUrl}${built.support}`
      : httpsUrl(options.supportUrl, "--support-url ", "--support-url").href;
  const source = readFileSync(join(root, "manifest.xml"), "utf8");
  const manifest = withSupportUrl(manifestFor(source, baseUrl), supportUrl);

  // The manifest's own files (the pane's page, the icons, the support page when it is ours),
  // then the pages the pane opens and every script they load.
  const files = new Set<string>();
  for (const url of urlsIn(manifest))
    if (url.startsWith(baseUrl)) files.add(decodeURI(url.slice(baseUrl.length)));
  for (const file of [...built.pages, ...built.scripts]) files.add(file);
  const missing = [...files].filter((file) => !isFile(join(dist, file)));
  if (missing.length > 0) {
    throw new Error(`dist/ にないファイルがあります / not in dist/: ${missing.join(", ")}`);
  }

  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string })
    .version;
  const name = `measure-list-addin-${version}`;
  const out = resolve(options.out);
  const folder = join(out, name);
  const zip = join(out, `${name}.zip`);
  rmSync(folder, { recursive: true, force: true });
  const now = options.now ?? new Date();
  const entries: Zippable = {};
  const put = (file: string, bytes: Uint8Array) => {
    const target = join(folder, ...file.split("/"));
    if (!target.startsWith(folder + sep)) throw new Error(`outside the package: ${file}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    // Each release's time on its entries: a server that derives ETags from file times must not
    // see a new taskpane.html as the old one.
    entries[file] = [bytes, { mtime: now }];
  };
  for (const file of [...files].sort()) put(file, readFileSync(join(dist, file)));
  put("manifest.xml", new TextEncoder().encode(manifest));
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  return { folder, zip, baseUrl, supportUrl, files: Object.keys(entries).sort() };
}

/** The command line's options; a mistake is an Error with a one-line reason. */
export function packageArgs(argv: readonly string[]): PackageOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      url: { type: "string" },
      "support-url": { type: "string" },
      out: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.url === undefined || values.url.trim() === "") {
    throw new Error(
      "--url でアドインを置く https のフォルダーを指定してください / give --url, the https folder the add-in will be served from",
    );
  }
  return {
    url: values.url,
    out: values.out ?? join(ROOT, "release"),
    ...(values["support-url"] === undefined ? {} : { supportUrl: values["support-url"] }),
  };
}

/** Every absolute URL in the manifest's attributes, XML entities decoded. */
function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/\s(?!xmlns)[\w:]+="(https?:\/\/[^"]*)"/gu)].map((m) =>
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

if (require.main === module) {
  try {
    const packaged = packageAddin(packageArgs(process.argv.slice(2)));
    const shown = (path: string) => relative(process.cwd(), path) || ".";
    process.stdout.write(
      [
        `アドインのフォルダー / folder: ${shown(packaged.folder)} (${packaged.files.length} files)`,
        `zip: ${shown(packaged.zip)}`,
        `URL: ${packaged.baseUrl}`,
        `SupportUrl: ${packaged.supportUrl}`,
        "フォルダーの中身を Web サーバーの上の URL に置き、manifest.xml を管理センターにアップロードします（docs/deploy.md）。",
        "Put the folder's contents at that URL, then upload its manifest.xml in the admin center (docs/deploy.md).",
        "",
      ].join("\n"),
    );
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
