/**
 * The task pane's size as the browser first loads it: the scripts taskpane.html and preview.html
 * name (the built pages in dist/, from `npm run build`), gzipped as a server sends them. What the
 * first screen does not need (the PL's view, the other PMO sections, the write confirmation, the
 * .xlsx writer) is in chunks loaded later and not counted. Budget (issue 11): 300 KiB gzip;
 * goal 120 KiB.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { packageRoot } from "../src/cli/package-root";

export const PANE_BUDGET_GZIP = 300 * 1024;
export const PANE_GOAL_GZIP = 120 * 1024;

export interface ScriptSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PageScripts {
  readonly page: string;
  /** The page's own <script src> files, in order; office.js from Microsoft's CDN is not ours. */
  readonly initial: readonly ScriptSize[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PaneSizeFigures {
  readonly taskpane: PageScripts;
  readonly preview: PageScripts;
  /** Every other script in dist/: loaded only when a view or an action needs it. */
  readonly later: { readonly files: number; readonly gzipBytes: number };
  readonly budgetGzip: number;
  readonly goalGzip: number;
}

/** Reads the built pages; `npm run build` must have run (the bench builds first). */
export function paneSizeFigures(dist = join(packageRoot(__dirname), "dist")): PaneSizeFigures {
  const taskpane = pageScripts(dist, "taskpane.html");
  const preview = pageScripts(dist, "preview.html");
  const initial = new Set([...taskpane.initial, ...preview.initial].map((s) => s.file));
  const others = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.has(f));
  return {
    taskpane,
    preview,
    later: { files: others.length, gzipBytes: others.reduce((n, f) => n + sizeOf(dist, f).gzipBytes, 0) },
    budgetGzip: PANE_BUDGET_GZIP,
    goalGzip: PANE_GOAL_GZIP,
  };
}

export function paneSizeText(f: PaneSizeFigures): string[] {
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const line = (p: PageScripts) =>
    `${p.page.padEnd(24)} ${kib(p.gzipBytes)} gzip in ${p.initial.length} scripts (${kib(p.bytes)}); ` +
    `budget ${kib(f.budgetGzip)}, goal ${kib(f.goalGzip)}${p.gzipBytes > f.budgetGzip ? "  OVER BUDGET" : ""}`;
  return [
    line(f.taskpane),
    line(f.preview),
    `  loaded later           ${kib(f.later.gzipBytes)} gzip in ${f.later.files} chunks (views, sections, writer)`,
  ];
}

function pageScripts(dist: string, page: string): PageScripts {
  const path = join(dist, page);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  const html = readFileSync(path, "utf8");
  const files = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/giu)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/iu.test(src) && !src.startsWith("//"));
  const initial = files.map((file) => sizeOf(dist, file));
  return {
    page,
    initial,
    bytes: initial.reduce((n, s) => n + s.bytes, 0),
    gzipBytes: initial.reduce((n, s) => n + s.gzipBytes, 0),
  };
}

function sizeOf(dist: string, file: string): ScriptSize {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}
