/**
 * Reading the built pages (dist/*.html, minified by html-webpack-plugin): their tags and their
 * Content-Security-Policy.
 */

/** Microsoft's CDN folder for office.js, the only place outside the add-in its pages load from. */
export const OFFICE_JS_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS = `${OFFICE_JS_FOLDER}office.js`;

export interface Tag {
  readonly name: string;
  /** Attribute names in lower case; a bare attribute (`defer`) has the value "". */
  readonly attributes: ReadonlyMap<string, string>;
  /** Where the tag starts in the page. */
  readonly offset: number;
  /** For <script>: the text up to </script>. */
  readonly body: string;
}

/** Every `<name …>` tag in the page, in order. */
export function tagsOf(html: string, name: string): Tag[] {
  const pattern = new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi");
  return [...html.matchAll(pattern)].map((match) => {
    const end = match.index + match[0].length;
    const close = html.toLowerCase().indexOf(`</${name}>`, end);
    return {
      name,
      attributes: attributesOf(match[1]),
      offset: match.index,
      body: name.toLowerCase() === "script" && close >= 0 ? html.slice(end, close) : "",
    };
  });
}

/** The page's policy from its <meta http-equiv="Content-Security-Policy">, directive → sources. */
export function policyOf(html: string): Map<string, string[]> {
  const metas = tagsOf(html, "meta").filter(
    (tag) => tag.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  if (metas.length !== 1) throw new Error(`expected one CSP <meta>, found ${metas.length}`);
  return parsePolicy(metas[0].attributes.get("content") ?? "");
}

export function parsePolicy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((tokens) => tokens[0] !== "")
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes.set(match[1].toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
