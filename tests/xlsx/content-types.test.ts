/**
 * Issue 14, item 7: every part the writer adds has a content type, also in packages saved by
 * LibreOffice or Apache POI, which list every part as an Override and declare no `rels` Default
 * (System.IO.Packaging, and so Open XML SDK tools, cannot see a part without a type).
 */
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import type { WritePlan } from "../../src/core/port/plan";
import { openPackage, readSheet, writeToPackage, type XlsxPackage } from "../../src/xlsx";
import type { ApplyOutcome } from "../../src/core/port/outcome";
import { nodeCodec } from "../../src/xlsx/node";
import { readZip } from "../../src/xlsx/package/zip";
import { everythingBook, LIST } from "./fidelity-books";
import { MEANT } from "./fidelity-runs";
import { attainmentPlan, fillPlan, summaryPlan } from "./hand-plans";
import {
  contentTypes,
  everyPartOverridden,
  partsOf,
  rawEntries,
  textOf,
  typeOf,
  withParts,
} from "./package-edit";

type Command = "fill" | "attainment" | "summary";

const plans: Record<Command, (pkg: XlsxPackage) => WritePlan> = {
  fill: (pkg) => fillPlan(listOf(pkg)),
  attainment: (pkg) => attainmentPlan(listOf(pkg)),
  summary: (pkg) => summaryPlan(listOf(pkg)),
};

function open(bytes: Uint8Array): XlsxPackage {
  const pkg = openPackage(bytes, nodeCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  return pkg.value;
}

function listOf(pkg: XlsxPackage) {
  const sheet = pkg.sheets.find((s) => s.name === LIST);
  if (!sheet) throw new Error("no list");
  return readSheet(pkg, sheet).grid;
}

/** A plan written by the write engine onto the package, as the CLI writes it (no 変更履歴 here). */
async function write(
  bytes: Uint8Array,
  plan: (pkg: XlsxPackage) => WritePlan,
): Promise<{ bytes: Uint8Array; outcome: ApplyOutcome }> {
  const pkg = open(bytes);
  const written = await writeToPackage(pkg, plan(pkg));
  if (!written.result.ok) throw new Error(JSON.stringify(written.result.error));
  return { bytes: written.bytes ?? bytes, outcome: written.result.value };
}

async function apply(bytes: Uint8Array, plan: (pkg: XlsxPackage) => WritePlan): Promise<Uint8Array> {
  return (await write(bytes, plan)).bytes;
}

function entryNames(bytes: Uint8Array): string[] {
  const zip = readZip(bytes);
  if (!zip.ok) throw new Error(zip.error.code);
  // A folder entry (`_rels/`, as some zip tools write them) is no part and needs no type.
  return zip.value.entries.map((e) => e.name).filter((n) => !n.endsWith("/"));
}

/**
 * What a strict package reader objects to: entries without a content type, Overrides naming no
 * entry or the same entry twice, and entry names that repeat.
 */
function typeProblems(bytes: Uint8Array): string[] {
  const names = entryNames(bytes);
  const types = contentTypes(textOf(partsOf(bytes), "[Content_Types].xml"));
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return [
    ...names
      .filter((n) => n !== "[Content_Types].xml" && typeOf(types, n) === null)
      .map((n) => `untyped ${n}`),
    ...types.overrideNames.filter((n) => !lower.has(n)).map((n) => `override of no part ${n}`),
    ...types.overrideNames
      .filter((n, i) => types.overrideNames.indexOf(n) !== i)
      .map((n) => `two overrides ${n}`),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => `entry twice ${n}`),
  ];
}

async function excelJsSheets(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((w) => w.name);
}

describe("a package that lists every part as an Override and has no rels Default", () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = everyPartOverridden(await everythingBook());
    const types = contentTypes(textOf(partsOf(input), "[Content_Types].xml"));
    // The fixture is shaped as LibreOffice writes it: no Default for rels or xml, and no problem yet.
    expect([types.defaults.has("rels"), types.defaults.has("xml"), typeProblems(input)]).toEqual([
      false,
      false,
      [],
    ]);
  });

  test.each(Object.keys(plans) as Command[])(
    "after %s every entry has a content type and the rest is byte for byte",
    async (command) => {
      const output = await apply(input, plans[command]);
      expect(typeProblems(output)).toEqual([]);
      const before = rawEntries(input);
      const after = rawEntries(output);
      for (const [name, raw] of before) {
        if (MEANT[command].includes(name)) continue;
        expect([name, after.get(name)?.equals(raw)]).toEqual([name, true]);
      }
      expect(await excelJsSheets(output)).toEqual(open(output).sheets.map((s) => s.name));
    },
  );

  test("the summary's sheet and drawing relationships are typed as relationships", async () => {
    const output = await apply(input, plans.summary);
    const types = contentTypes(textOf(partsOf(output), "[Content_Types].xml"));
    const added = entryNames(output).filter((n) => !entryNames(input).includes(n));
    expect(added.map((n) => [n, typeOf(types, n)])).toEqual([
      ["xl/worksheets/_rels/sheet4.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"],
      ["xl/drawings/drawing2.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ["xl/drawings/_rels/drawing2.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"],
      ["xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
      [
        "xl/worksheets/sheet4.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
      ],
    ]);
  });

  test("removing the summary again (undo) takes its parts' overrides with it", async () => {
    const summed = await write(input, plans.summary);
    const undone = await apply(summed.bytes, () => ({
      newSheets: [],
      runs: [],
      dropdowns: [],
      removeSheets: summed.outcome.sheetsAdded,
    }));
    expect(typeProblems(undone)).toEqual([]);
    expect(entryNames(undone).sort()).toEqual(entryNames(input).sort());
  });

  test("a name [Content_Types].xml still overrides for a part long gone is not reused", async () => {
    const stale = withParts(input, {
      "[Content_Types].xml": (xml) =>
        xml.replace(
          "</Types>",
          '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
    });
    const output = await apply(stale, plans.summary);
    expect(typeProblems(output).filter((p) => !p.startsWith("override of no part"))).toEqual([]);
    expect(entryNames(output)).toContain("xl/worksheets/sheet5.xml");
  });
});

describe("a package without a styles part", () => {
  const STYLES_REL = /<Relationship [^>]*Target="styles\.xml"\/>/u;

  test("the styles part the summary needs is added with its type", async () => {
    const bare = withoutStyles(everyPartOverridden(await everythingBook()), false);
    const output = await apply(bare, plans.summary);
    expect(typeProblems(output)).toEqual([]);
    expect(entryNames(output)).toContain("xl/styles.xml");
    expect(textOf(partsOf(output), "xl/_rels/workbook.xml.rels")).toMatch(STYLES_REL);
  });

  test("an unused entry named styles.xml is left alone; the new styles part takes another name", async () => {
    const orphan = withoutStyles(everyPartOverridden(await everythingBook()), true);
    const output = await apply(orphan, plans.summary);
    expect(typeProblems(output)).toEqual([]);
    expect(
      rawEntries(output)
        .get("xl/styles.xml")
        ?.equals(rawEntries(orphan).get("xl/styles.xml") as Buffer),
    ).toBe(true);
    expect(textOf(partsOf(output), "xl/_rels/workbook.xml.rels")).toMatch(
      /<Relationship [^>]*Target="styles1\.xml"\/>/u,
    );
    expect(typeOf(contentTypes(textOf(partsOf(output), "[Content_Types].xml")), "xl/styles1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
    );
  });

  /** The workbook no longer points at its styles; `keepEntry` leaves the part in the zip, typed. */
  function withoutStyles(bytes: Uint8Array, keepEntry: boolean): Uint8Array {
    const edited = withParts(bytes, {
      "xl/_rels/workbook.xml.rels": (xml) => xml.replace(/<Relationship [^>]*Target="styles\.xml"\/>/u, ""),
      "[Content_Types].xml": (xml) =>
        keepEntry ? xml : xml.replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/u, ""),
    });
    if (keepEntry) return edited;
    const parts = partsOf(edited);
    delete parts["xl/styles.xml"];
    return zipSync(parts);
  }
});
