/**
 * The manifest the build writes to dist/: the repository's manifest.xml with every development URL
 * replaced by the production one. webpack.config.js loads this file through tsx; tests import it.
 */

/** The development server's origin and path, used by every URL in the repository's manifest.xml. */
export const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The base URL the built files will be served from: `--env url=…` first, then ADDIN_URL, else the
 * development server. Office loads add-in pages over HTTPS only, and the manifest's URLs are this
 * base plus a file name, so it must be an https URL of a folder (a missing final slash is added).
 */
export function addinBaseUrl(
  fromCommandLine: string | undefined,
  fromEnvironment: string | undefined,
): string {
  const given = [fromCommandLine, fromEnvironment].find(
    (value) => value !== undefined && value.trim() !== "",
  );
  if (given === undefined) return DEV_BASE_URL;
  return folderUrl(given, "ADDIN_URL（--env url）", "ADDIN_URL (--env url)");
}

/**
 * `given` as an https folder URL, ending in `/`; a URL that is not one is refused with a message
 * naming where it came from (`ja`, `en`: the option or variable).
 */
export function folderUrl(given: string, ja: string, en: string): string {
  const url = httpsUrl(given, ja, en);
  if (url.search !== "" || url.hash !== "") {
    throw new Error(
      `${ja}にはフォルダーの URL だけを書いてください / ${en} must be a plain folder URL: ${given}`,
    );
  }
  return url.pathname.endsWith("/") ? url.href : `${url.href}/`;
}

/** `given` as an absolute https URL without credentials; refused otherwise. */
export function httpsUrl(given: string, ja: string, en: string): URL {
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new Error(`${ja}は URL ではありません / ${en} is not a URL: ${given}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`${ja}は https: で始めてください / ${en} must use https: ${given}`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new Error(
      `${ja}に利用者名やパスワードは書けません / ${en} must not carry a user name or password: ${given}`,
    );
  }
  return url;
}

/** The manifest for `baseUrl`: every development URL rewritten, nothing else touched. */
export function manifestFor(xml: string, baseUrl: string): string {
  if (!xml.includes(DEV_BASE_URL)) {
    throw new Error(`manifest.xml has no ${DEV_BASE_URL} URL to replace`);
  }
  return xml.split(DEV_BASE_URL).join(escapeXmlAttribute(baseUrl));
}

/** The URLs sit in attribute values, where a bare `&` (legal in a URL path) would break the XML. */
function escapeXmlAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The manifest with `url` as its SupportUrl: the page Office links to from the add-in's details
 * (the repository's points at the add-in's own support.html; a city may name its own help page).
 */
export function withSupportUrl(xml: string, url: string): string {
  const element = /<SupportUrl\s+DefaultValue="[^"]*"\s*\/>/u;
  if (!element.test(xml)) throw new Error("manifest.xml has no <SupportUrl> to set");
  return xml.replace(element, () => `<SupportUrl DefaultValue="${escapeXmlAttribute(url)}"/>`);
}
