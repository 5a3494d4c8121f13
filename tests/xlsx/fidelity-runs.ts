/**
 * The fidelity workbooks (fidelity-books.ts) and the hand-made plans run on them, shared by the
 * fidelity test and `npm run check:libreoffice`, which opens the same results in LibreOffice.
 */
import type { WritePlan } from "../../src/core/port/plan";
import { openPackage, readSheet, writeToPackage, type XlsxPackage } from "../../src/xlsx";
import { nodeCodec } from "../../src/xlsx/node";
import { LIST, everythingBook, formulaBook } from "./fidelity-books";
import { attainmentPlan, fillPlan, summaryPlan } from "./hand-plans";

export type Book = "everything" | "formulas" | "with a chart";
export type Command = "fill" | "attainment" | "summary";

export const books: Record<Book, () => Promise<Uint8Array>> = {
  everything: everythingBook,
  formulas: formulaBook,
  // A chart the user keeps: the previous quarter's summary, chart and all, in the input.
  "with a chart": async () =>
    (await apply(await everythingBook(), (g) => summaryPlan(g, "サマリー_R8Q1"))).bytes,
};

/** The parts each command means to change; every other entry must come out byte for byte. */
export const MEANT: Record<Command, readonly string[]> = {
  fill: [
    "xl/worksheets/sheet1.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "docProps/app.xml",
    "xl/styles.xml",
  ],
  attainment: ["xl/worksheets/sheet1.xml", "xl/styles.xml"],
  summary: [
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "docProps/app.xml",
    "xl/styles.xml",
  ],
};

export const plans: Record<Command, (list: ReturnType<typeof listOf>) => WritePlan> = {
  fill: fillPlan,
  attainment: (list) => attainmentPlan(list),
  summary: (list) => summaryPlan(list),
};

export function open(bytes: Uint8Array): XlsxPackage {
  const pkg = openPackage(bytes, nodeCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  return pkg.value;
}

export function listOf(pkg: XlsxPackage) {
  const sheet = pkg.sheets.find((s) => s.name === LIST);
  if (!sheet) throw new Error("no list");
  return readSheet(pkg, sheet).grid;
}

/** A plan written by the write engine onto the package, as the CLI writes it (no 変更履歴 here). */
export async function apply(bytes: Uint8Array, plan: (list: ReturnType<typeof listOf>) => WritePlan) {
  const pkg = open(bytes);
  const written = await writeToPackage(pkg, plan(listOf(pkg)));
  if (!written.result.ok) throw new Error(JSON.stringify(written.result.error));
  return { outcome: written.result.value, bytes: written.bytes ?? bytes };
}
