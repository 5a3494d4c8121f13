import type { SheetPart, XlsxPackage } from "../read/open-package";
import { attr, tagEnd } from "../xml/xml-scan";

/**
 * A sheet's identity in a package: the `xr:uid` Excel keeps on each worksheet (and the writer
 * stamps on the sheets it adds), else the workbook's `sheetId`. A sheet renamed keeps it; a sheet
 * deleted and made again under the same name does not, so an undo never takes away a sheet it
 * did not make.
 */
export function sheetIdentity(pkg: XlsxPackage, sheet: SheetPart): string {
  let known = identities.get(pkg);
  if (!known) identities.set(pkg, (known = new Map()));
  let id = known.get(sheet.name);
  if (id === undefined) {
    const uid = sheet.path === null ? null : rootUid(pkg.text(sheet.path));
    id = uid === null ? `sheetId:${sheet.sheetId}` : `uid:${uid}`;
    known.set(sheet.name, id);
  }
  return id;
}

/** The worksheet part with `xr:uid` on its root, declared as Excel declares it. */
export function stampIdentity(xml: string, uid: string): string {
  const start = xml.indexOf("<worksheet");
  if (start < 0) return xml;
  const end = tagEnd(xml, start);
  const tag = xml.slice(start, end);
  const stamped = tag.replace(
    /^<worksheet\b/u,
    `<worksheet xmlns:mc="${MC_NS}" mc:Ignorable="xr" xmlns:xr="${XR_NS}" xr:uid="${uid}"`,
  );
  return xml.slice(0, start) + stamped + xml.slice(end);
}

const identities = new WeakMap<XlsxPackage, Map<string, string>>();

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XR_NS = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";

/** The uid on a worksheet's root element, under whatever prefix binds the revision namespace. */
function rootUid(xml: string | null): string | null {
  if (xml === null) return null;
  const start = xml.search(/<([A-Za-z_][\w.-]*:)?worksheet[\s>]/u);
  if (start < 0) return null;
  const tag = xml.slice(start, tagEnd(xml, start));
  const prefix =
    /\sxmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.microsoft\.com\/office\/spreadsheetml\/2014\/revision"/u.exec(
      tag,
    );
  return prefix ? attr(tag, `${prefix[1]}:uid`) : null;
}
