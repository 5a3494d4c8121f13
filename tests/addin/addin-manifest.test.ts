/** The production URL the build writes into dist/manifest.xml (scripts/addin-manifest.ts). */
import { addinBaseUrl, DEV_BASE_URL, manifestFor } from "../../scripts/addin-manifest";

const XML = `<a><IconUrl DefaultValue="${DEV_BASE_URL}assets/icon-32.png"/><b x="${DEV_BASE_URL}taskpane.html"/></a>`;

test("takes --env url first, then ADDIN_URL, else the dev server", () => {
  expect(addinBaseUrl("https://a.example/x/", "https://b.example/y/")).toBe("https://a.example/x/");
  expect(addinBaseUrl(undefined, "https://b.example/y/")).toBe("https://b.example/y/");
  expect(addinBaseUrl("  ", "")).toBe(DEV_BASE_URL);
  expect(addinBaseUrl(undefined, undefined)).toBe(DEV_BASE_URL);
});

test("makes the URL a folder, since the manifest's URLs are the base plus a file name", () => {
  expect(addinBaseUrl("https://example.city.lg.jp/measure-list", undefined)).toBe(
    "https://example.city.lg.jp/measure-list/",
  );
  expect(addinBaseUrl("https://addin.example.jp", undefined)).toBe("https://addin.example.jp/");
});

test.each([
  ["plain http", "http://example.city.lg.jp/measure-list/"],
  ["a relative path", "measure-list/"],
  ["a query", "https://example.city.lg.jp/measure-list/?v=2"],
  ["a fragment", "https://example.city.lg.jp/measure-list/#top"],
  ["credentials", "https://user:pw@example.city.lg.jp/measure-list/"],
])("refuses %s", (_what, url) => {
  expect(() => addinBaseUrl(url, undefined)).toThrow(/ADDIN_URL/);
});

test("rewrites every development URL and nothing else", () => {
  expect(manifestFor(XML, "https://example.city.lg.jp/measure-list/")).toBe(
    `<a><IconUrl DefaultValue="https://example.city.lg.jp/measure-list/assets/icon-32.png"/>` +
      `<b x="https://example.city.lg.jp/measure-list/taskpane.html"/></a>`,
  );
  expect(manifestFor(XML, DEV_BASE_URL)).toBe(XML);
});

test("keeps the XML well-formed when the URL has an ampersand", () => {
  expect(manifestFor(XML, "https://example.jp/R&D/")).toContain(`"https://example.jp/R&amp;D/taskpane.html"`);
});

test("refuses a manifest with no development URL, which would silently keep the wrong one", () => {
  expect(() => manifestFor(`<a b="https://elsewhere.example/"/>`, "https://example.jp/")).toThrow();
});
