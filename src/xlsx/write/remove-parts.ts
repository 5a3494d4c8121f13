import { parseRels, relsPathOf, resolveTarget } from "../package/opc";
import type { SheetPart, XlsxPackage } from "../read/open-package";

/**
 * The parts that leave the package with a sheet: the worksheet, its rels, and what only it uses
 * (its drawing and chart, notes, tables), followed down their own relationships. A part another
 * part still points at stays.
 */
export function removalParts(pkg: XlsxPackage, sheet: SheetPart): string[] {
  if (sheet.path === null) return [];
  const owned = new Set<string>();
  const visit = (part: string) => {
    if (owned.has(part.toLowerCase()) || !pkg.entry(part)) return;
    owned.add(part.toLowerCase());
    const rels = pkg.text(relsPathOf(part));
    if (rels === null) return;
    owned.add(relsPathOf(part).toLowerCase());
    for (const rel of parseRels(rels)) if (!rel.external) visit(resolveTarget(part, rel.target));
  };
  visit(sheet.path);
  // Anything still referenced from outside the removed set stays.
  const workbookRels = relsPathOf(pkg.workbookPath).toLowerCase();
  for (const entry of pkg.zip.entries) {
    const name = entry.name.toLowerCase();
    // The workbook's own link to the sheet goes with it.
    if (!name.endsWith(".rels") || owned.has(name) || name === workbookRels) continue;
    const source = sourceOfRels(entry.name);
    for (const rel of parseRels(pkg.text(entry.name) ?? "")) {
      if (!rel.external) owned.delete(resolveTarget(source, rel.target).toLowerCase());
    }
  }
  return [...owned];
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`. */
function sourceOfRels(rels: string): string {
  return rels.replace(/_rels\/([^/]*)\.rels$/u, "$1");
}
