/**
 * dist/preview.html as built: the same pane outside Office, so no office.js, and a policy
 * stricter than the add-in's pages: scripts from its own origin only, and no connection to
 * anywhere, its own origin included (the sample is inside a script; files are read in the page).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { policyOf, tagsOf } from "../addin/page";

const DIST = join(__dirname, "..", "..", "dist");
const html = readFileSync(join(DIST, "preview.html"), "utf8");
const policy = policyOf(html);

test("sets its policy before anything that loads", () => {
  const meta = tagsOf(html, "meta").find((t) => t.attributes.get("http-equiv") === "Content-Security-Policy");
  const loaders = [...tagsOf(html, "script"), ...tagsOf(html, "link"), ...tagsOf(html, "style")];
  expect(meta).toBeDefined();
  expect(loaders.filter((tag) => tag.offset < (meta?.offset ?? 0))).toEqual([]);
});

test("runs scripts from its own origin only, and connects nowhere", () => {
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("script-src")).toEqual(["'self'"]);
  expect(policy.get("connect-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'none'"]);
  // Griffel's empty <style> elements by their hash, and the empty inline icon; nothing else.
  expect(policy.get("style-src")).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/=]+'$/u)]);
  expect(policy.get("img-src")).toEqual(["data:"]);
  expect([...policy.keys()].sort()).toEqual(
    ["base-uri", "connect-src", "default-src", "form-action", "img-src", "script-src", "style-src"].sort(),
  );
});

test("loads only its own bundles: no office.js, no inline script, no other link than the empty icon", () => {
  const scripts = tagsOf(html, "script");
  expect(scripts.filter((s) => s.body.trim() !== "")).toEqual([]);
  const sources = scripts.map((s) => s.attributes.get("src") ?? "");
  expect(sources.filter((src) => !/^[\w.-]+\.js$/u.test(src) || !existsSync(join(DIST, src)))).toEqual([]);
  expect(sources.some((src) => /^preview\.[\w]+\.js$/u.test(src))).toBe(true);
  expect(tagsOf(html, "link").map((l) => [l.attributes.get("rel"), l.attributes.get("href")])).toEqual([
    ["icon", "data:,"],
  ]);
});
