import { fail, ok, type Result } from "../../core/result";
import type { ZipCodec } from "../package/codec";
import { parseRels, relsPathOf, resolveTarget, type Relationship } from "../package/opc";
import { entryData, readZip, type ZipArchive, type ZipEntry, type ZipFailure } from "../package/zip";
import { attr, findElement, findElements, rootPrefix, type Element } from "../xml/xml-scan";
import { NO_FORMATS, parseNumberFormats, type NumberFormats } from "./number-formats";
import { parseSharedStrings } from "./string-items";

/**
 * An .xlsx package opened for reading and patching: its zip, the workbook part and what every
 * sheet needs to be read (shared strings, number formats, the 1904 date system). Parts are
 * inflated on first use, so reading one sheet never inflates the others.
 */
export interface XlsxPackage {
  readonly zip: ZipArchive;
  readonly codec: ZipCodec;
  readonly workbookPath: string;
  readonly workbookXml: string;
  /** The workbook part's namespace prefix for the main namespace ("" or "x:"). */
  readonly prefix: string;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
  readonly sharedStrings: readonly string[];
  readonly formats: NumberFormats;
  readonly stylesPath: string | null;
  /** An entry by name (OPC names ignore case), or undefined. */
  entry(name: string): ZipEntry | undefined;
  /** An entry's content as text, or null when the package has no such entry. */
  text(name: string): string | null;
}

export interface SheetPart {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** The zip entry of the worksheet; null for a chart sheet or dialog sheet. */
  readonly path: string | null;
  /** The `<sheet>` element in workbook.xml. */
  readonly element: Element;
}

export type PackageFailure =
  | ZipFailure
  | { readonly code: "missing-part"; readonly part: string }
  | { readonly code: "bad-part"; readonly part: string };

export function openPackage(bytes: Uint8Array, codec: ZipCodec): Result<XlsxPackage, PackageFailure> {
  const zip = readZip(bytes);
  if (!zip.ok) return fail(zip.error);
  const byName = new Map<string, ZipEntry>();
  for (const e of zip.value.entries) byName.set(e.name.toLowerCase(), e);
  const texts = new Map<string, string>();
  const entry = (name: string) => byName.get(name.toLowerCase());
  const text = (name: string): string | null => {
    const e = entry(name);
    if (!e) return null;
    let t = texts.get(e.name);
    if (t === undefined) {
      t = DECODER.decode(entryData(zip.value, e, codec));
      texts.set(e.name, t);
    }
    return t;
  };
  try {
    return openParts(zip.value, codec, entry, text);
  } catch (e) {
    // A part that fails to inflate is a damaged file, said in one line like any other.
    return fail({ code: "bad-part", part: e instanceof Error ? e.message.slice(0, 120) : String(e) });
  }
}

const DECODER = new TextDecoder("utf-8");

function openParts(
  zip: ZipArchive,
  codec: ZipCodec,
  entry: (name: string) => ZipEntry | undefined,
  text: (name: string) => string | null,
): Result<XlsxPackage, PackageFailure> {
  const rootRels = text("_rels/.rels");
  if (rootRels === null) return fail({ code: "missing-part", part: "_rels/.rels" });
  const office = parseRels(rootRels).find((r) => r.kind === "officeDocument" && !r.external);
  const workbookPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  if (workbookXml === null) return fail({ code: "missing-part", part: workbookPath });
  const prefix = rootPrefix(workbookXml, "workbook");
  if (prefix === null) return fail({ code: "bad-part", part: workbookPath });
  const relsXml = text(relsPathOf(workbookPath));
  const workbookRels = relsXml === null ? [] : parseRels(relsXml);
  const target = (kind: string) => {
    const rel = workbookRels.find((r) => r.kind === kind && !r.external);
    return rel ? resolveTarget(workbookPath, rel.target) : null;
  };
  const sheetsEl = findElement(workbookXml, `${prefix}sheets`);
  const sheets: SheetPart[] = [];
  for (const element of sheetsEl
    ? findElements(workbookXml, `${prefix}sheet`, sheetsEl.start, sheetsEl.end)
    : []) {
    const relId = attr(element.tag, "r:id") ?? relIdAnyPrefix(element.tag) ?? "";
    const rel = workbookRels.find((r) => r.id === relId);
    const state = attr(element.tag, "state");
    sheets.push({
      name: attr(element.tag, "name") ?? "",
      sheetId: Number(attr(element.tag, "sheetId") ?? 0),
      relId,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      path: rel && rel.kind === "worksheet" ? resolveTarget(workbookPath, rel.target) : null,
      element,
    });
  }
  const pr = findElement(workbookXml, `${prefix}workbookPr`);
  const date1904 = pr !== null && /^(1|true)$/u.test(attr(pr.tag, "date1904") ?? "");
  const stylesPath = target("styles");
  const stylesXml = stylesPath === null ? null : text(stylesPath);
  const sstPath = target("sharedStrings");
  const sstXml = sstPath === null ? null : text(sstPath);
  return ok({
    zip,
    codec,
    workbookPath,
    workbookXml,
    prefix,
    workbookRels,
    sheets,
    date1904,
    sharedStrings: sstXml === null ? [] : parseSharedStrings(sstXml),
    formats: stylesXml === null ? NO_FORMATS : parseNumberFormats(stylesXml),
    stylesPath: stylesXml === null ? null : stylesPath,
    entry,
    text,
  });
}

/** `r:id` under whatever prefix the workbook binds the relationships namespace to. */
function relIdAnyPrefix(tag: string): string | null {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*"([^"]*)"/u.exec(tag);
  return m ? m[1] : null;
}
