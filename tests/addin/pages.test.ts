/**
 * The built pages as Office loads them (dist/, built by `npm test` before Jest): each carries a
 * Content-Security-Policy that lets scripts come only from the add-in's origin and Microsoft's
 * office.js folder and lets the page connect nowhere but its own origin, and each loads nothing
 * from anywhere else.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_JS, OFFICE_JS_FOLDER, policyOf, tagsOf } from "./page";

const DIST = join(__dirname, "..", "..", "dist");
// preview.html is not an add-in page: Office never loads it, it needs no office.js, and its own
// stricter policy (it may connect nowhere at all) is checked in tests/pane/preview-page.test.ts.
// support.html, the manifest's SupportUrl, is text a person reads in a browser: checked below.
const NOT_ADDIN_PAGES = ["preview.html", "support.html"];
const PAGES = readdirSync(DIST).filter((name) => name.endsWith(".html") && !NOT_ADDIN_PAGES.includes(name));

/** Sources no directive may name: each would let a page load or run what it does not ship. */
const NEVER = [
  "*",
  "https:",
  "http:",
  "data:",
  "blob:",
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
];

test("the build has the task pane, which is also the ribbon commands' function file", () => {
  expect(PAGES).toContain("taskpane.html");
  const scripts = tagsOf(read("taskpane.html"), "script").map((tag) => tag.attributes.get("src") ?? "");
  expect(scripts.filter((src) => /^taskpane\.[^/]*js$/.test(src))).toHaveLength(1);
  expect(scripts.filter((src) => /^commands\.[^/]*js$/.test(src))).toHaveLength(1);
});

describe.each(PAGES)("dist/%s", (page) => {
  const html = read(page);
  const policy = policyOf(html);

  test("sets its policy before anything that loads", () => {
    const meta = tagsOf(html, "meta").find(
      (t) => t.attributes.get("http-equiv") === "Content-Security-Policy",
    )!;
    const loaders = [...tagsOf(html, "script"), ...tagsOf(html, "link"), ...tagsOf(html, "style")];
    expect(loaders.filter((tag) => tag.offset < meta.offset)).toEqual([]);
  });

  test("runs scripts only from its own origin and the office.js folder on Microsoft's CDN", () => {
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_JS_FOLDER]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("connects to nothing but its own origin", () => {
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  test("allows no plugins, no other base URL and no form posts, and nothing broad anywhere", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    const broad = [...policy].flatMap(([directive, sources]) =>
      sources.filter((s) => NEVER.includes(s)).map((s) => `${directive} ${s}`),
    );
    expect(broad).toEqual([]);
    const hosts = [...policy.values()].flat().filter((s) => !s.startsWith("'"));
    expect(hosts.filter((s) => s !== OFFICE_JS_FOLDER)).toEqual([]);
  });

  test("loads office.js from the CDN first and blocking, then only its own files", () => {
    const scripts = tagsOf(html, "script");
    expect(scripts.filter((s) => s.body.trim() !== "")).toEqual([]);
    const [officeJs, ...bundles] = scripts;
    expect(officeJs.attributes.get("src")).toBe(OFFICE_JS);
    expect(officeJs.attributes.has("defer") || officeJs.attributes.has("async")).toBe(false);
    const links = tagsOf(html, "link").map((l) => l.attributes.get("href") ?? "");
    const others = [...bundles.map((s) => s.attributes.get("src") ?? ""), ...links];
    expect(others.filter((ref) => !isOwnFile(ref))).toEqual([]);
  });
});

test("the support page is text in Japanese, then English, that loads, runs and sends nothing", () => {
  const html = read("support.html");
  const policy = policyOf(html);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'none'"]);
  expect([...policy.keys()].sort()).toEqual(["base-uri", "default-src", "form-action"]);
  const loaders = ["script", "link", "style", "img", "iframe", "form", "a"].flatMap((name) =>
    tagsOf(html, name),
  );
  expect(loaders.map((tag) => tag.name)).toEqual([]);
  expect(tagsOf(html, "html")[0].attributes.get("lang")).toBe("ja");
  const headings = tagsOf(html, "h1").map((tag) => tag.attributes.get("lang") ?? "ja");
  expect(headings).toEqual(["ja", "en"]);
});

function read(page: string): string {
  return readFileSync(join(DIST, page), "utf8");
}

/** A relative path to a file the build produced (no scheme, no //host, no way out of dist/). */
function isOwnFile(ref: string): boolean {
  if (ref === "" || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("/") || ref.includes(".."))
    return false;
  return existsSync(join(DIST, ref.split(/[?#]/)[0]));
}
