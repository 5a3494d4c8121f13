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
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new Error(
      `ADDIN_URL（--env url）は URL ではありません / ADDIN_URL (--env url) is not a URL: ${given}`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_URL（--env url）は https: で始めてください / ADDIN_URL (--env url) must use https: ${given}`,
    );
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(
      `ADDIN_URL（--env url）にはフォルダーの URL だけを書いてください / ADDIN_URL (--env url) must be a plain folder URL: ${given}`,
    );
  }
  return url.pathname.endsWith("/") ? url.href : `${url.href}/`;
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
