/**
 * `largeListFile(shape)`: a big list in the seed's layout (bench/large-list-layout.ts) as an .xlsx
 * file, for the tests that need 20,000 rows. The project's own writer puts the cells into an empty
 * package (a new sheet through the writer's `applyOps`), a second or two where ExcelJS took a minute under
 * Jest, and the file is kept in the system's temp folder under a name that hashes the shape and the
 * sources that decide its cells: each run, and each Jest worker, builds it at most once, and a
 * change to the layout or the seed builds it anew.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleRows } from "../../examples/sample-data";
import { largeListCells, type LargeListShape } from "../../bench/large-list-layout";
import { plannedFrom, type NewSheet } from "../../src/core/port/plan";
import { applyOps, openPackage } from "../../src/xlsx";
import { nodeCodec } from "../../src/xlsx/node";
import { writeZip } from "../../src/xlsx/package/zip";

export type { LargeListShape } from "../../bench/large-list-layout";

/** What decides the file's cells; a change to any of them names a new file. */
const SOURCES = [
  join(__dirname, "large-list.ts"),
  join(__dirname, "..", "..", "bench", "large-list-layout.ts"),
  join(__dirname, "..", "..", "examples", "sample-data.ts"),
  join(__dirname, "..", "..", "examples", "sample-kpi.ts"),
];

/** The path of the list's .xlsx, built on first use; one sheet, 施策リスト. */
export function largeListFile(shape: LargeListShape): string {
  const hash = createHash("sha256").update(JSON.stringify(shape));
  for (const source of SOURCES) hash.update(readFileSync(source));
  const path = join(tmpdir(), `measure-list-large-${shape.rows}-${hash.digest("hex").slice(0, 16)}.xlsx`);
  if (existsSync(path)) return path;
  // Written beside its final name and renamed in one step, so a worker never reads half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, largeListBytes(shape));
  renameSync(partial, path);
  return path;
}

/** The list's .xlsx bytes, written by the project's .xlsx writer. */
export function largeListBytes(shape: LargeListShape): Uint8Array {
  const cells = largeListCells(sampleRows, shape);
  const sheet: NewSheet = {
    name: cells.sheet,
    hidden: false,
    after: null,
    content: {
      cells: cells.rows.flatMap((row, rowIndex) =>
        row.flatMap((value, col) => (value === null ? [] : [{ rowIndex, col, value: plannedFrom(value) }])),
      ),
      merges: cells.merges,
      columnWidths: [],
    },
  };
  const pkg = openPackage(emptyPackage(), nodeCodec);
  if (!pkg.ok) throw new Error(`large list: ${pkg.error.code}`);
  const applied = applyOps(pkg.value, [{ kind: "add-sheet", spec: sheet, position: null }]);
  if (!applied.ok) throw new Error(`large list: ${applied.error.code}`);
  return applied.value.bytes;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** A workbook with no sheet yet: the parts the writer needs to add one. */
function emptyPackage(): Uint8Array {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      "</Types>",
    "_rels/.rels": `${xml}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${xml}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets/></workbook>`,
    "xl/_rels/workbook.xml.rels": `${xml}<Relationships xmlns="${RELS}"></Relationships>`,
  };
  const encoder = new TextEncoder();
  return writeZip(
    { bytes: new Uint8Array(0), entries: [], comment: new Uint8Array(0) },
    Object.entries(parts).map(([name, text]) => ({
      kind: "data" as const,
      name,
      data: encoder.encode(text),
    })),
    nodeCodec,
    { time: 0, date: 0x21 },
  );
}
