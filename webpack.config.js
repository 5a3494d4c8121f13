// Browser bundles, two configurations:
// - "core": src/core/ and the browser-safe part of src/xlsx/ as libraries in dist/web/ (webpack 5
//   provides no Node built-ins, so building them proves they run in a browser; tests/web/ runs them);
// - "addin": the Excel add-in in dist/ (taskpane.html, its bundles, assets/ and manifest.xml), and
//   preview.html, the same pane outside Office on a workbook held in the browser.
// The CLI's tsc output also lives in dist/ (dist/src/, dist/bench/), so the add-in build cleans
// only what it owns: files at the top of dist/ and dist/assets/.
//
// Production URL: `npm run build -- --env url=https://…/` or ADDIN_URL=https://…/ npm run build.
// The dev server (`npm run dev-server`) always serves https://localhost:3000/. What IT deploys is
// `npm run package -- --url https://…/` (scripts/package-addin.ts): only the add-in's files, from
// the list this build writes to dist/addin-files.json, and a zip of them.
const { createHash } = require("node:crypto");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const tsx = require("tsx/cjs/api");

const { addinBaseUrl, manifestFor, DEV_BASE_URL } = tsx.require("./scripts/addin-manifest.ts", __filename);

const DIST = path.resolve(__dirname, "dist");
const DEV_PORT = Number(new URL(DEV_BASE_URL).port);
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const EMPTY_STYLE_HASH = `sha256-${createHash("sha256").update("").digest("base64")}`;

// The pages' Content-Security-Policy, set by a <meta> at the top of <head>, before any script.
const CONTENT_SECURITY_POLICY = [
  // Anything not named below: only the add-in's own origin.
  "default-src 'self'",
  // Our bundles, and office.js from Microsoft's CDN. office.js is a loader: it adds further
  // <script> elements from its own folder on the CDN (the host's API script such as
  // excel-web-16.00.js, the locale's office_strings.js, telemetry/oteljs_agave.js). A path ending
  // in / matches that whole folder and nothing else on the host.
  `script-src 'self' ${OFFICE_JS_CDN}`,
  // Fluent UI v9 styles through Griffel, which adds empty <style> elements at run time and fills
  // them with CSSOM insertRule calls. The browser checks such an element against style-src like
  // inline CSS, so it needs 'unsafe-inline' or the hash of its (empty) text; the hash is tighter:
  // injected <style> text and style="" attributes stay blocked, while CSSOM is not restricted by
  // CSP. tests/addin/taskpane-page.test.ts shows Chromium blocks Fluent's styles without it. (A
  // nonce would need a server that rewrites every response; the add-in is static files.)
  `style-src 'self' '${EMPTY_STYLE_HASH}'`,
  // The add-in talks to nothing but its own origin. In Excel the workbook is reached through
  // office.js's messages to the host (postMessage), not over the network. This also blocks the
  // usage telemetry office.js would send to *.pipe.aria.microsoft.com; the add-in works without it.
  "connect-src 'self'",
  // Icons from assets/; Fluent's icons are inline SVG elements, not images.
  "img-src 'self'",
  // When Excel runs on a host office.js does not recognise (an on-premises Office Online Server),
  // office.js asks the user to trust it in a hidden frame from its own CDN folder.
  `frame-src ${OFFICE_JS_CDN}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

// preview.html needs no network at all: its scripts come from its own origin (chunks load as
// <script> elements, under script-src), the sample workbook is inside a script, a workbook the
// person opens is read from disk in the page, and a download is made from memory (a blob: URL).
// So it may connect nowhere, not even to its own origin, and needs no office.js.
const PREVIEW_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Griffel's empty <style> elements, as for the add-in's pages.
  `style-src '${EMPTY_STYLE_HASH}'`,
  // The page's empty inline icon, so the browser asks for no favicon.
  "img-src data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The add-in's pages and the entries each runs. taskpane.html runs the ribbon commands too
 * (shared runtime); dialog.html is where a ribbon button shows its result.
 */
const ADDIN_PAGES = { "taskpane.html": ["taskpane", "commands"], "dialog.html": ["dialog"] };
/** The page Office shows as the add-in's support page (the manifest's SupportUrl), scriptless. */
const SUPPORT_PAGE = "support.html";
/** What `npm run package` reads to know the add-in's files (scripts/package-addin.ts). */
const ADDIN_FILES = "addin-files.json";

/**
 * Writes ADDIN_FILES: the add-in's pages, the support page, and every script the pages' entries
 * load, at once or later (lazy chunks), with the licence files beside them. Lazy chunks are found
 * through the entries' chunk groups, not through their chunks: a chunk the add-in shares with
 * the preview (React, Fluent UI) also belongs to the preview's groups, whose lazy chunks (the
 * bundled sample) are no part of the add-in.
 */
class AddinFilesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = new Set();
          const visit = (group) => {
            if (groups.has(group)) return;
            groups.add(group);
            for (const child of group.getChildren()) visit(child);
          };
          for (const entries of Object.values(ADDIN_PAGES)) {
            for (const entry of entries) visit(compilation.entrypoints.get(entry));
          }
          const scripts = new Set();
          for (const group of groups) {
            for (const chunk of group.chunks) {
              for (const file of [...chunk.files, ...chunk.auxiliaryFiles]) scripts.add(file);
            }
          }
          // The minimizer puts each bundle's licence comments in a file beside it.
          for (const file of [...scripts]) {
            if (compilation.getAsset(`${file}.LEGAL.txt`)) scripts.add(`${file}.LEGAL.txt`);
          }
          const files = {
            pages: Object.keys(ADDIN_PAGES),
            support: SUPPORT_PAGE,
            scripts: [...scripts].sort(),
          };
          compilation.emitAsset(ADDIN_FILES, new sources.RawSource(`${JSON.stringify(files, null, 2)}\n`));
        },
      );
    });
  }
}

// The bundled sample rides inside a lazily loaded script: opening it needs no request.
const xlsxAssetRule = { test: /\.xlsx$/, type: "asset/inline" };

// TypeScript to JavaScript with esbuild, one file at a time, as ts-loader's transpileOnly did but
// several times faster: types are checked by `npm run typecheck`, not by the build. ES2022 is what
// tsconfig.json targets (Excel's WebView2 and current browsers run it).
const TARGET = "es2022";
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "esbuild-loader",
  options: { target: TARGET, jsx: "automatic", tsconfig: "./tsconfig.web.json" },
};

// Minified by esbuild too (a production build took a minute with terser on two cores). The
// licence comments of the bundled libraries go to a file beside each bundle (name.js.LEGAL.txt).
// `format` is named so that the plugin does not wrap each bundle in an IIFE of its own: that
// wrapper hid the UMD libraries' globals (MeasureList, MeasureListXlsx) from the page.
const minimizer = [new EsbuildPlugin({ target: TARGET, format: undefined, legalComments: "external" })];

function coreConfig(mode) {
  return {
    name: "core",
    mode,
    target: "web",
    // The .xlsx adapter's browser-safe part rides along: the preview opens and patches packages in
    // the browser, so a Node built-in reaching it fails this build.
    entry: {
      "measure-list-core": "./src/core/index.ts",
      "measure-list-xlsx": {
        import: "./src/xlsx/index.ts",
        library: { name: "MeasureListXlsx", type: "umd" },
      },
    },
    output: {
      path: path.join(DIST, "web"),
      filename: "[name].js",
      library: { name: "MeasureList", type: "umd" },
      globalObject: "globalThis",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    optimization: { minimizer },
    performance: { hints: false },
    devtool: false,
  };
}

async function addinConfig(mode, baseUrl, serving) {
  const production = mode === "production";
  return {
    name: "addin",
    mode,
    target: "web",
    // With the shared runtime (manifest.xml) the ribbon commands run in the pane's page, so
    // taskpane.html loads both entries.
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The page a ribbon button shows its result in (Excel has no notification for add-in commands).
      dialog: "./src/commands/dialog.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: DIST,
      // Hashed names, so that a new release is fetched even where the old bundles are cached;
      // taskpane.html itself keeps its name because the manifest points at it.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: { keep: (asset) => asset.includes("/") && !asset.startsWith("assets/") },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule, xlsxAssetRule] },
    // One runtime for every entry of a page: taskpane.html runs the pane and the ribbon commands
    // side by side, and a module both use (src/commands/pane-requests.ts, through which チェック's
    // dialog asks the pane to show the check) must be one instance, not one per entry. The
    // preview gets a runtime of its own, so the add-in's does not list the preview's chunks.
    optimization: {
      minimizer,
      splitChunks: { chunks: "all" },
      runtimeChunk: { name: (entrypoint) => (entrypoint.name === "preview" ? "preview-runtime" : "runtime") },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ADDIN_PAGES["taskpane.html"],
        csp: CONTENT_SECURITY_POLICY,
        officeJs: `${OFFICE_JS_CDN}office.js`,
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/commands/dialog.html",
        chunks: ADDIN_PAGES["dialog.html"],
        csp: CONTENT_SECURITY_POLICY,
        officeJs: `${OFFICE_JS_CDN}office.js`,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        csp: PREVIEW_POLICY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: `src/support/${SUPPORT_PAGE}`, to: SUPPORT_PAGE },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString("utf8"), baseUrl),
          },
        ],
      }),
      new AddinFilesPlugin(),
    ],
    // Source maps as separate files: eval-based ones would need 'unsafe-eval' in the policy.
    devtool: production ? false : "source-map",
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          static: false,
          server: { type: "https", options: await devCertificates().getHttpsServerOptions() },
        }
      : undefined,
  };
}

// The dev server's certificate comes from office-addin-dev-certs, one of the sideloading tools that
// live in tools/sideload/ and install on first use (scripts/sideload-tools.ts), not with `npm ci`.
function devCertificates() {
  return tsx.require("./scripts/sideload-tools.ts", __filename).requireSideloadTool("office-addin-dev-certs");
}

module.exports = async (env, argv) => {
  const mode = argv.mode ?? "production";
  const serving = env.WEBPACK_SERVE === true;
  if (serving) return addinConfig(mode, DEV_BASE_URL, true);
  const baseUrl = addinBaseUrl(env.url, process.env.ADDIN_URL);
  return [coreConfig(mode), await addinConfig(mode, baseUrl, false)];
};
