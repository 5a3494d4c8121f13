/**
 * `npm run preview`: serves the built preview.html (dist/, built just before by webpack) on this
 * computer only, and prints its address. The page itself makes no request once loaded: the
 * sample is inside its scripts and the workbooks a person opens stay in the browser.
 *
 *   npm run preview                 http://127.0.0.1:3100/preview.html
 *   PREVIEW_PORT=8080 npm run preview
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const DIST = join(__dirname, "..", "dist");
const PORT = Number(process.env.PREVIEW_PORT ?? 3100);

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

if (!existsSync(join(DIST, "preview.html"))) {
  console.error(
    "dist/preview.html がありません。npm run preview で作り直してください / dist/preview.html is missing",
  );
  process.exit(2);
}

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  if (path === "/") {
    response.writeHead(302, { location: "/preview.html" }).end();
    return;
  }
  const file = normalize(join(DIST, path));
  if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});

server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `ポート ${PORT} は使用中です。PREVIEW_PORT=8080 npm run preview のように別のポートを指定してください / port ${PORT} is in use; set PREVIEW_PORT`
      : error.message,
  );
  process.exit(2);
});

// Only this computer can reach it: 127.0.0.1, not every network interface.
server.listen(PORT, "127.0.0.1", () => {
  const url = `http://127.0.0.1:${PORT}/preview.html`;
  console.log(`施策リスト プレビュー: ${url}`);
  console.log(`Measure list preview:  ${url}`);
  console.log("止めるには Ctrl+C / Ctrl+C to stop");
});
